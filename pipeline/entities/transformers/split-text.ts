/**
 * Splits a text that is too long for a model into two halves, at the whitespace nearest
 * the middle, so a long segment is read in windows instead of being truncated.
 */

/**
 * The UTF-16 index at which to cut `text` in two: the whitespace closest to the middle,
 * or the middle itself (moved off a surrogate pair) when the text has no whitespace.
 *
 * @param text A text of at least two code points.
 * @returns An index strictly between 0 and `text.length`.
 * @example
 * splitPoint('Lake Khasan battle'); // 11 (the space before "battle")
 */
export function splitPoint(text: string): number {
  const middle = text.length >> 1;
  for (let distance = 0; distance <= middle; distance++) {
    for (const candidate of [middle - distance, middle + distance]) {
      if (candidate > 0 && candidate < text.length && /\s/u.test(text[candidate] as string)) {
        return candidate;
      }
    }
  }
  const low = text.charCodeAt(middle);
  const insidePair = low >= 0xdc00 && low <= 0xdfff;
  return Math.max(1, Math.min(text.length - 1, insidePair ? middle + 1 : middle));
}
