/**
 * Rule 7 — sides: which side of a conflict a figure is about. The nearest side word before
 * the figure in the sentence (`side-cues.json`: "the Red Army", "Japanese", "Hapon"), or a
 * possessor right after it ("of the enemy", "ng kaaway"), else the last side named in the
 * paragraph. "we"/"our"/"aming" and "enemy"/"kaaway" are resolved per document: the
 * narrator's side is the one whose nouns the text also calls "our" ("our troops" and
 * "Soviet troops"), the enemy the side named most often besides it.
 */
import type { EventLexicon } from './lexicon.js';
import { grammarWords } from './grammar-words.js';
import type { Sentence } from './sentence.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';

/** The narrator's side and the enemy's in one document. */
export interface DocumentSides {
  self: string | null;
  enemy: string | null;
}

const SELF = 'self';
const ENEMY = 'enemy';
/** Words skipped between a side word and its noun ("aming mga tropa", "tropa ng Hapon"). */
const FILLERS = grammarWords('filler');
const POSSESSIVES = grammarWords('possessive');

interface SideWord {
  side: string;
  first: number;
  last: number;
}

/** Side words by lexicon and token list: a sentence is scanned once for the document's sides, its figures and its last side. */
const sideWordsCache = new WeakMap<EventLexicon, WeakMap<readonly Token[], readonly SideWord[]>>();

/**
 * Side words of a token list, in order.
 *
 * @example sideWords(tokenize(seg), eng) // [{ side: 'Japan', first: 3, last: 3 }]
 */
function sideWords(tokens: readonly Token[], lexicon: EventLexicon): readonly SideWord[] {
  let byTokens = sideWordsCache.get(lexicon);
  if (!byTokens) sideWordsCache.set(lexicon, (byTokens = new WeakMap()));
  const known = byTokens.get(tokens);
  if (known) return known;
  const found: SideWord[] = [];
  const cues = phrasesByFirstWord(lexicon.sideCues);
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of cues.get((tokens[i] as Token).lower) ?? []) {
      if (phraseAt(tokens, i, phrase.words)) {
        found.push({ side: phrase.value, first: i, last: i + phrase.words.length - 1 });
        i += phrase.words.length - 1;
        break;
      }
    }
  }
  byTokens.set(tokens, found);
  return found;
}

/**
 * The narrator's side and the enemy of a document.
 *
 * @param sentences tokens and lexicon of every sentence of the document.
 * @example documentSides(sentences) // { self: 'Soviet Union', enemy: 'Japan' }
 */
export function documentSides(sentences: readonly { tokens: Token[]; lexicon: EventLexicon }[]): DocumentSides {
  const selfNouns = new Set<string>();
  const sideNouns = new Map<string, Set<string>>();
  const mentions = new Map<string, number>();
  for (const { tokens, lexicon } of sentences) {
    for (const word of sideWords(tokens, lexicon)) {
      const nouns = [neighbour(tokens, word.last + 1, 1), neighbour(tokens, word.first - 1, -1)].filter((n): n is string => n !== null);
      if (word.side === SELF) nouns.slice(0, 1).forEach((noun) => selfNouns.add(noun));
      if (word.side === SELF || word.side === ENEMY) continue;
      mentions.set(word.side, (mentions.get(word.side) ?? 0) + 1);
      const set = sideNouns.get(word.side) ?? new Set<string>();
      nouns.forEach((noun) => set.add(noun));
      sideNouns.set(word.side, set);
    }
  }
  const shared = [...sideNouns.entries()]
    .map(([side, nouns]) => ({ side, score: [...nouns].filter((noun) => selfNouns.has(noun)).length }))
    .sort((a, b) => b.score - a.score || a.side.localeCompare(b.side));
  const [best, second] = shared;
  const self = best && best.score > 0 && best.score > (second?.score ?? 0) ? best.side : null;
  const enemy =
    [...mentions.entries()]
      .filter(([side]) => side !== self && !side.includes('+'))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return { self, enemy: self ? enemy : null };
}

/** The content word next to a side word, skipping fillers, with a linker "-ng" removed. */
function neighbour(tokens: readonly Token[], from: number, step: 1 | -1): string | null {
  for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) <= 2; k += step) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return null;
    if (FILLERS.has(token.lower)) continue;
    return token.lower.replace(/(?<=[aeiou])ng$/, '').replace(/s$/, '');
  }
  return null;
}

/**
 * The side of a figure.
 *
 * @param sentence the sentence.
 * @param first index of the figure's first token; `last` of its last.
 * @param fallback the last side named in the paragraph.
 * @param sides the document's narrator and enemy.
 * @returns a canonical side name, or null.
 */
export function sideOf(sentence: Sentence, first: number, last: number, fallback: string | null, sides: DocumentSides): string | null {
  const words = sideWords(sentence.tokens, sentence.lexicon);
  const possessor = words.find((word) => word.first > last && word.first <= last + 4 && hasPossessiveBefore(sentence.tokens, word.first, last));
  const before = words.filter((word) => word.last < first).at(-1);
  const chosen = possessor ?? before;
  if (!chosen) return fallback;
  return resolve(chosen.side, sides) ?? fallback;
}

/** The last side named in a sentence, resolved, or the fallback. */
export function lastSide(sentence: Sentence, fallback: string | null, sides: DocumentSides): string | null {
  const words = sideWords(sentence.tokens, sentence.lexicon);
  for (let k = words.length - 1; k >= 0; k--) {
    const side = resolve((words[k] as SideWord).side, sides);
    if (side) return side;
  }
  return fallback;
}

function resolve(side: string, sides: DocumentSides): string | null {
  if (side === SELF) return sides.self;
  if (side === ENEMY) return sides.enemy;
  return side;
}

function hasPossessiveBefore(tokens: readonly Token[], at: number, after: number): boolean {
  for (let k = at - 1; k > after; k--) {
    const token = tokens[k] as Token;
    if (POSSESSIVES.has(token.lower)) return true;
    if (!FILLERS.has(token.lower)) return false;
  }
  return false;
}
