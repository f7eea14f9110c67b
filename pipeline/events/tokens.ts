/**
 * Words of a sentence with document code-point offsets: the unit every event rule reads.
 * Figures keep their separators ("18,000", "6.5"), hyphenated words stay whole
 * ("pag-atake", "shell-shocked"), and each punctuation mark is a token of its own.
 */
import type { Segment } from '../model.js';
import { TextIndex } from '../offsets.js';

export interface Token {
  text: string;
  /** Lower case, with ’ and ` folded to '. */
  lower: string;
  /** Code-point offsets in the document text. */
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Bounded quantifiers only: a run of separators can never make the scan backtrack.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}\p{N}]+(?:[-'’`][\p{L}\p{M}\p{N}]+){0,4}|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Tokenize one sentence.
 *
 * @param segment the sentence (its `text` and `start` in the document).
 * @returns tokens in text order, offsets in document code points.
 * @example tokenize(segment)[0] // { text: 'On', lower: 'on', start: 1234, end: 1236, kind: 'word' }
 */
export function tokenize(segment: Pick<Segment, 'text' | 'start'>): Token[] {
  const index = new TextIndex(segment.text);
  const tokens: Token[] = [];
  for (const match of segment.text.matchAll(TOKEN)) {
    const text = match[0];
    const at = match.index ?? 0;
    const start = segment.start + index.toCodePoint(at);
    const end = segment.start + index.toCodePoint(at + text.length);
    const kind = /^\d/.test(text) ? 'number' : /^[\p{L}\p{M}\p{N}]/u.test(text) ? 'word' : 'punct';
    tokens.push({ text, lower: text.toLowerCase().replace(/[’`]/g, "'"), start, end, kind });
  }
  return tokens;
}

/**
 * Whether a phrase of lower-case words starts at token `at`, as consecutive tokens.
 *
 * @example phraseAt(tokenize(segment), 3, ['more', 'than']) // true for "… more than 18,000"
 */
export function phraseAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (tokens[at + k]?.lower !== words[k]) return false;
  }
  return words.length > 0;
}

/** A list's phrases by their first word, each group in list order (see `phrasesByFirstWord`). */
const firstWordIndexes = new WeakMap<readonly { words: readonly string[] }[], Map<string, { words: readonly string[] }[]>>();

/**
 * The phrases of a list grouped by their first word, in list order within each group: the
 * only phrases that can start at a token are those under its lower-case form, so a scan
 * looks up one group per token instead of trying every phrase. Built once per list (the
 * lexicon's lists are built once and never changed).
 *
 * @example phrasesByFirstWord(lexicon.sideCues).get('red') // [{ words: ['red', 'army'], value: 'Soviet Union' }]
 */
export function phrasesByFirstWord<P extends { words: readonly string[] }>(phrases: readonly P[]): ReadonlyMap<string, readonly P[]> {
  const known = firstWordIndexes.get(phrases);
  if (known) return known as Map<string, P[]>;
  const index = new Map<string, P[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined) continue; // an empty phrase matches nowhere (`phraseAt`)
    const group = index.get(first);
    if (group) group.push(phrase);
    else index.set(first, [phrase]);
  }
  firstWordIndexes.set(phrases, index);
  return index;
}
