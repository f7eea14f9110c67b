/**
 * Rule 8 — attribution: who gives a figure, as the text says it. A cue of
 * `attribution-cues.json` in the sentence: "according to declassified official data"
 * (the source follows the cue), "The Japanese acknowledged" (the speaker precedes it),
 * "Officially" (the cue alone). Without one, a figure inside an order carries the order's
 * name as the narrative gave it ("the order of the NCO of the USSR No. 0040"), and one inside
 * a quoted book or attributed article the nearest enclosing section's attribution
 * ("From the book … author …").
 */
import type { Attribution, Section } from '../model.js';
import type { Sentence } from './sentence.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';
import { grammarWords } from './grammar-words.js';

/** Words the speaker of a 'speaker-before' cue may span. */
const SPEAKER_REACH = 4;
const DETERMINERS = grammarWords('determiner');

/**
 * The attribution of the figure at token `at`.
 *
 * @param sentence the sentence.
 * @param at index of the figure's first token.
 * @returns the attribution text, or null.
 * @example attributionOf(sentence, 12) // 'The Japanese acknowledged'
 */
export function attributionOf(sentence: Sentence, at: number): string | null {
  const cues = findCues(sentence);
  const chosen = cues.filter((cue) => cue.first < at).at(-1) ?? cues[0];
  return chosen ? chosen.text : null;
}

/** Sections nested deeper than this are not followed up (a guard against cycles). */
const MAX_DEPTH = 8;

/** A section and its enclosing sections, innermost first. */
function* enclosingSections(section: Section | null, sections: ReadonlyMap<string, Section>): Generator<Section> {
  for (let current = section, depth = 0; current && depth < MAX_DEPTH; current = sections.get(current.parent ?? '') ?? null, depth++) {
    yield current;
  }
}

/**
 * What the nearest enclosing order or attributed section says of itself.
 *
 * @param section the innermost section of a sentence.
 * @param sections every section of the document by id.
 * @example enclosingAttribution(clause, sections) // 'From the book … author Sokolov Boris Vadimovich'
 */
export function enclosingAttribution(section: Section | null, sections: ReadonlyMap<string, Section>): string | null {
  for (const current of enclosingSections(section, sections)) {
    if (current.attribution) return current.attribution.text;
    if (current.kind === 'order' && current.title) return current.title;
  }
  return null;
}

/** The work a passage is quoted from, as its sections say. */
export interface CitedWork {
  /** Whether the passage sits in a snippet of another work ("From the book … author …"). */
  snippet: boolean;
  /** The nearest enclosing section's attribution (title, author, year), if any names one. */
  attribution: Attribution | null;
}

/**
 * The work a sentence's section is quoted from: a snippet's book, an extract's reference.
 *
 * @param section the innermost section of a sentence.
 * @param sections every section of the document by id.
 */
export function citedWork(section: Section | null, sections: ReadonlyMap<string, Section>): CitedWork {
  let snippet = false;
  let attribution: Attribution | null = null;
  for (const current of enclosingSections(section, sections)) {
    snippet ||= current.kind === 'snippet';
    attribution ??= current.attribution;
  }
  return { snippet, attribution };
}

interface Cue {
  first: number;
  text: string;
}

function findCues(sentence: Sentence): Cue[] {
  const { tokens } = sentence;
  const found: Cue[] = [];
  const cues = phrasesByFirstWord(sentence.lexicon.attributionCues);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of cues.get((tokens[i] as Token).lower) ?? []) {
      if (!phraseAt(tokens, i, phrase.words)) continue;
      const last = i + phrase.words.length - 1;
      if (hedgesFigure(sentence, i, last)) break;
      const span = spanOf(tokens, i, last, phrase.value);
      found.push({ first: i, text: sentence.slice((tokens[span[0]] as Token).start, (tokens[span[1]] as Token).end) });
      break;
    }
  }
  return found;
}

/**
 * Whether the cue's words belong to an approximator right before a figure, where they hedge
 * the number and name no source (`approximators.json`): "an estimated 45,000", "killing
 * estimated 45,000". A bare cue after a word that can be its speaker stays a verb of saying
 * ("Historians estimated 45,000").
 */
function hedgesFigure(sentence: Sentence, first: number, last: number): boolean {
  const { tokens, lexicon } = sentence;
  return lexicon.approximators.some(({ words }) => {
    for (let start = Math.max(0, last - words.length + 1); start <= first; start++) {
      const next = tokens[start + words.length];
      if (!phraseAt(tokens, start, words) || next === undefined || !isFigure(next, lexicon.countWords)) continue;
      const before = tokens[start - 1];
      if (start < first || before === undefined || before.kind !== 'word' || DETERMINERS.has(before.lower) || isPreposition(before, lexicon.argumentMarkers)) return true;
    }
    return false;
  });
}

/** A one-word preposition of `argument-markers.json` ("of", "with"). */
function isPreposition(token: Token, markers: readonly { words: readonly string[] }[]): boolean {
  return markers.some(({ words }) => words.length === 1 && words[0] === token.lower);
}

/** A number written in digits or as a count word ("45,000", "ten", "libo"). */
function isFigure(token: Token, countWords: Readonly<Record<string, string>>): boolean {
  return token.kind === 'number' || countWords[token.lower] !== undefined;
}

/** Token range of the attribution: the cue widened to its source or speaker. */
function spanOf(tokens: readonly Token[], first: number, last: number, kind: string): [number, number] {
  if (kind === 'source-after') {
    let end = last;
    while (tokens[end + 1] && tokens[end + 1]?.kind !== 'punct') end++;
    return [first, end];
  }
  if (kind === 'speaker-before') {
    let start = first;
    for (let k = first - 1; k >= Math.max(0, first - SPEAKER_REACH); k--) {
      const token = tokens[k] as Token;
      if (token.kind !== 'word') break;
      start = k;
      if (DETERMINERS.has(token.lower)) break;
    }
    return [start, last];
  }
  return [first, last];
}
