/**
 * Rule 1 — triggers: the words that say an event happened, found by matching the
 * lexicon's phrases against each word's forms (itself, its lemmas or roots). A phrase's
 * words must come in order with at most `MAX_GAP` words between them (Tagalog puts the subject there: "naglunsad muli ang isang Hapon ng opensiba") and no punctuation
 * ("launched a new offensive", "Hostilities were stopped"). Longer phrases are tried first
 * and a word belongs to one trigger only.
 */
import type { EventType, Span } from '../model.js';
import type { EventLexicon, Focus, Phrase } from './lexicon.js';
import { analyze } from './morphology.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';

export interface Trigger extends Span {
  text: string;
  type: EventType;
  /** A verb (triggers.json), an event noun (trigger-nouns.json) or a light verb (light-verbs.json). */
  kind: 'verb' | 'noun' | 'light';
  /** Verbs and light verbs: the word that carries voice and focus. */
  verbal: boolean;
  /** A light verb that makes an event without an event noun. */
  standalone: boolean;
  /** Index of the trigger's first and last token. */
  first: number;
  last: number;
  /** Focus of the verb form, where the language marks it (Tagalog). */
  focus: Focus | null;
  /** English passive: an auxiliary such as "were" comes before the participle. */
  passive: boolean;
  /** The lexicon phrase that matched, for provenance. */
  phrase: string;
  /**
   * A light verb whose subject is the event noun it takes its type from ("the offensive of
   * the Soviet troops began"): that noun, on which the event's arguments hang.
   */
  subjectNoun?: Span & { first: number; last: number };
}

/**
 * The event word an event's arguments hang on: a light verb's subject noun as an event noun
 * ("the offensive of X began": X is the offensive's), else the trigger itself.
 *
 * @example argumentWord(began).text // 'offensive' for "The offensive of the Soviet troops began"
 */
export function argumentWord(trigger: Trigger, slice: (start: number, end: number) => string): Trigger {
  const noun = trigger.subjectNoun;
  if (!noun) return trigger;
  const { start, end, first, last } = noun;
  return { ...trigger, start, end, first, last, text: slice(start, end), kind: 'noun', verbal: false, passive: false, focus: null, subjectNoun: undefined };
}

/** Words allowed between the words of a phrase. */
const MAX_GAP = 5;

/**
 * Every trigger in a sentence's tokens, in text order.
 *
 * @param tokens the sentence's tokens.
 * @param slice gives the document text of a code-point span.
 * @param lexicon the language's event lexicon.
 * @param nominal tokens tagged as nouns: a verb phrase made only of them is a noun trigger.
 * @example findTriggers(tokenize(seg), (s, e) => index.slice(s, e), eng).map((t) => t.type) // ['attack', 'retreat']
 */
export function findTriggers(
  tokens: readonly Token[],
  slice: (start: number, end: number) => string,
  lexicon: EventLexicon,
  nominal: ReadonlySet<number> = new Set(),
): Trigger[] {
  const used = new Set<number>();
  const found: Trigger[] = [];
  // Phrases that only look like triggers ("laban sa" against) take their words first.
  const blockers = phrasesByFirstWord(lexicon.blockers);
  tokens.forEach((token, i) => {
    for (const phrase of blockers.get(token.lower) ?? []) {
      if (phraseAt(tokens, i, phrase.words)) phrase.words.forEach((_, k) => used.add(i + k));
    }
  });
  const sets: [Phrase<EventType | null>[], Trigger['kind']][] = [
    [lexicon.triggers, 'verb'],
    [lexicon.lightVerbs, 'light'],
    [lexicon.nounTriggers, 'noun'],
  ];
  // Where each form (the word, its lemmas or roots) occurs: a phrase is only tried where
  // its first word can start, without scanning the sentence once per phrase.
  const starts = formPositions(tokens, lexicon);
  for (const [phrases, kind] of sets) {
    const verbal = kind !== 'noun';
    for (const phrase of phrases) {
      for (const i of starts.get(phrase.words[0] ?? '') ?? []) {
        const match = matchPhrase(tokens, i, phrase.words, used, lexicon, verbal);
        if (!match) continue;
        // A word that tells its event in one focus only ("nabawi" retaken, not "nakabawi" recovered).
        const focus = lexicon.triggerFocus[phrase.words.join(' ')];
        if (verbal && focus !== undefined && match.focus !== focus) continue;
        const asNoun = kind !== 'noun' && match.indexes.every((k) => nominal.has(k));
        // "The start of the war" is no event; "the attack was repeated" is one, as a noun.
        if (asNoun && kind === 'light') continue;
        for (const k of match.indexes) used.add(k);
        const first = match.indexes[0] as number;
        const last = match.indexes[match.indexes.length - 1] as number;
        const start = (tokens[first] as Token).start;
        const end = (tokens[last] as Token).end;
        found.push({
          start,
          end,
          text: slice(start, end),
          type: phrase.value ?? 'other',
          kind: asNoun ? 'noun' : kind,
          verbal: verbal && !asNoun,
          standalone: phrase.value !== null,
          first,
          last,
          focus: match.focus,
          passive: verbal && !asNoun && isPassive(tokens, first, lexicon),
          phrase: phrase.words.join(' '),
        });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

/** Token indexes by each form a token can be matched as, in text order. */
function formPositions(tokens: readonly Token[], lexicon: EventLexicon): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    // `analyze` lists the word itself first and never repeats a root.
    for (const { root } of analyze(token.lower, lexicon)) {
      const list = positions.get(root);
      if (list) list.push(i);
      else positions.set(root, [i]);
    }
  });
  return positions;
}

interface PhraseMatch {
  indexes: number[];
  focus: Focus | null;
}

function matchPhrase(
  tokens: readonly Token[],
  at: number,
  words: readonly string[],
  used: ReadonlySet<number>,
  lexicon: EventLexicon,
  verbal: boolean,
): PhraseMatch | null {
  const indexes: number[] = [];
  let focus: Focus | null = null;
  let position = at;
  for (let w = 0; w < words.length; w++) {
    const limit = w === 0 ? at : Math.min(tokens.length - 1, position + MAX_GAP);
    let hit = -1;
    for (let k = position; k <= limit; k++) {
      const token = tokens[k] as Token;
      if (token.kind === 'punct' || used.has(k)) break;
      const analysis = formOf(token, words[w] as string, lexicon);
      if (analysis) {
        hit = k;
        focus ??= analysis.focus;
        break;
      }
    }
    if (hit < 0) return null;
    indexes.push(hit);
    position = hit + 1;
  }
  // Where roots come from affixes, a verb needs a verbal affix: bare "laban" is a noun.
  if (verbal && lexicon.lemmas === 'affixes' && focus === null) return null;
  return { indexes, focus };
}

/**
 * How a token is the word: as itself or through a root, with the focus its affixes give.
 * Only a prefix or infix marks a verb: a final "-an"/"-in" alone also ends nouns
 * ("labanan" battle, "kasunduan" agreement), so it gives no focus.
 */
function formOf(token: Token, word: string, lexicon: EventLexicon): { focus: Focus | null } | null {
  const analyses = analyze(token.lower, lexicon);
  const verbal = analyses.find((analysis) => analysis.focus !== null && analysis.affixes.some(opens));
  if (token.lower === word) return { focus: verbal?.focus ?? null };
  for (const analysis of analyses) {
    if (analysis.root === word) return { focus: analysis.affixes.some(opens) ? analysis.focus : null };
  }
  return null;
}

/** A prefix ("nag-") or an infix ("-um-"), not a suffix ("-an"). */
function opens(label: string): boolean {
  return !label.startsWith('-') || label.endsWith('-');
}

/** Words searched before a coordinated participle for the auxiliary it shares. */
const SHARED_REACH = 6;

/**
 * An auxiliary marked 'passive' up to two words before the trigger ("were already driven"),
 * or shared with an earlier participle through a conjunction marked 'coordination'
 * ("was removed from his post and soon repressed"). Between the conjunction and the
 * trigger at most one lower-case word: a new subject ("and Japan attacked") ends the sharing.
 */
function isPassive(tokens: readonly Token[], first: number, lexicon: EventLexicon): boolean {
  const marker = (k: number): string | undefined => lexicon.passiveMarkers[tokens[k]?.lower ?? ''];
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct') return false;
    if (marker(k) === 'passive') return true;
    const between = tokens[k + 1];
    if (marker(k) === 'coordination' && (k === first - 1 || (between !== undefined && between.text === between.lower))) {
      for (let j = k - 1; j >= Math.max(0, k - SHARED_REACH); j--) {
        if ((tokens[j] as Token).kind === 'punct') return false;
        if (marker(j) === 'passive') return true;
      }
      return false;
    }
  }
  return false;
}
