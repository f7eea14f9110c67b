/**
 * Word tokens with code-point offsets: the unit the language evidence and the foreign-span
 * finder count. A word is a run of letters, marks and digits, joined across inner hyphens
 * and apostrophes ("anti-Soviet", "People's", "i-unwind").
 */
import { TextIndex, codePointLength } from '../offsets.js';

/** One word of a text; `start`/`end` are code points into that text. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a text, in order.
 *
 * @param text any string
 * @returns the words with code-point offsets into `text`
 * @example wordTokens('𝔸 the War') // [{ text: 'the', start: 2, end: 5 }, { text: 'War', start: 6, end: 9 }]
 */
export function wordTokens(text: string): WordToken[] {
  const index = new TextIndex(text);
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const unit = match.index;
    tokens.push({
      text: match[0],
      start: index.toCodePoint(unit),
      end: index.toCodePoint(unit + match[0].length),
    });
  }
  return tokens;
}

/** Number of letters in a text: the amount of evidence it carries about its language. */
export function letterCount(text: string): number {
  let count = 0;
  // Runs, not single letters: one match per word instead of one per letter.
  for (const [run] of text.matchAll(/\p{L}+/gu)) count += codePointLength(run);
  return count;
}
