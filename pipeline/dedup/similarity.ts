/**
 * The direct similarity that confirms a MinHash candidate: the Dice coefficient of the
 * longest common word subsequence, 2·|LCS| / (|a| + |b|) (what difflib's ratio computes on
 * characters, here on words). Word order counts, so two lists of the same words in another
 * order are not duplicates.
 */
import { diffArrays } from 'diff';

/**
 * Similarity of two word sequences in [0, 1].
 *
 * @param a normalized words of one passage
 * @param b normalized words of the other
 * @returns 1 for equal sequences, 0 when nothing is shared (or both are empty: 1)
 * @example wordSimilarity(['stopping', 'fighting'], ['stopping', 'hostilities']) // 0.5
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const part of diffArrays(a as string[], b as string[])) {
    if (!part.added && !part.removed) common += part.value.length;
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * The highest similarity two sequences of these lengths can have (when one contains the
 * other): a cheap bound that rejects a candidate before the diff.
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  if (lengthA + lengthB === 0) return 1;
  return (2 * Math.min(lengthA, lengthB)) / (lengthA + lengthB);
}
