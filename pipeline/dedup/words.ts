/**
 * The word sequences duplicates are compared on: lower-cased runs of letters and digits,
 * so punctuation and case edits do not hide a repeat ("border," ≈ "Border").
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Normalized words of a text.
 *
 * @param text any string
 * @returns lower-cased words without punctuation
 * @example comparableWords('Stopping fighting, now.') // ['stopping', 'fighting', 'now']
 */
export function comparableWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
