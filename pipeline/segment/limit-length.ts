/**
 * Caps the length of a sentence. Text without sentence punctuation (a scraped table, an
 * OCR dump, a file on one line) would otherwise make one "sentence" of any length, and
 * every later stage works per sentence. A sentence over the limit is cut at the last clause
 * mark (`;`, `:`, `,`) before the limit, else at the last white space, else at the limit.
 */
import type { Span } from '../model.js';

/** Longest sentence, in code points, that later stages are given. */
export const MAX_SENTENCE_LENGTH = 2000;

const clauseMark = /[;:,]/u;
const space = /\s/u;

/**
 * Split a span of `chars` (the code points of a paragraph) into pieces of at most `max`
 * code points, each trimmed of surrounding white space.
 *
 * @returns the span itself when it is short enough
 * @example limitLength([...'a, b c'], { start: 0, end: 6 }, 3) // [{0,2}, {3,4}, {5,6}]
 */
export function limitLength(chars: readonly string[], span: Span, max = MAX_SENTENCE_LENGTH): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    while (start < span.end && space.test(chars[start] as string)) start++;
    if (start >= span.end) break;
    if (span.end - start <= max) {
      pieces.push({ start, end: span.end });
      break;
    }
    const limit = start + max;
    let cut = lastIndex(chars, start, limit, clauseMark, 1);
    if (cut <= start + max / 2) cut = Math.max(cut, lastIndex(chars, start, limit, space, 0));
    if (cut <= start) cut = limit;
    let end = cut;
    while (end > start && space.test(chars[end - 1] as string)) end--;
    pieces.push({ start, end });
    start = cut;
  }
  return pieces;
}

/** Index just after (offset 1) or at (offset 0) the last char in [from, to) matching a pattern; `from` if none. */
function lastIndex(chars: readonly string[], from: number, to: number, pattern: RegExp, offset: number): number {
  for (let i = to - 1; i > from; i--) if (pattern.test(chars[i] as string)) return i + offset;
  return from;
}
