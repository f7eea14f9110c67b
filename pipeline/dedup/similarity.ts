/**
 * The direct similarity that confirms a MinHash candidate: the Dice coefficient of the
 * longest common word subsequence, 2·|LCS| / (|a| + |b|) (what difflib's ratio computes on
 * characters, here on words). Word order counts, so two lists of the same words in another
 * order are not duplicates. Two cheap upper bounds reject most candidates before the diff.
 */
import { diffArrays } from 'diff';

/**
 * Similarity of two word sequences in [0, 1].
 *
 * @param a words (or word ids) of one passage
 * @param b words of the other
 * @returns 1 for equal sequences (and for two empty ones), 0 when nothing is shared
 * @example wordSimilarity(['stopping', 'fighting'], ['stopping', 'hostilities']) // 0.5
 */
export function wordSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays(Array.from(a), Array.from(b))) {
    if (!part.added && !part.removed) common += part.value.length;
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * The highest similarity two sequences of these lengths can have (when one contains the
 * other).
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  if (lengthA + lengthB === 0) return 1;
  return (2 * Math.min(lengthA, lengthB)) / (lengthA + lengthB);
}

/**
 * The highest similarity two sequences with these words can have, whatever their order:
 * the Dice coefficient of the word multisets (a common subsequence uses each shared word
 * at most as often as both have it).
 */
export function bagSimilarityBound<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<T, number>();
  for (let i = 0; i < a.length; i++) counts.set(a[i] as T, (counts.get(a[i] as T) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const left = counts.get(b[i] as T) ?? 0;
    if (left > 0) {
      common++;
      counts.set(b[i] as T, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
