/**
 * Pairs the parts of two copies of a passage (the sentences of a paragraph and of its
 * repeat): each part of the copy goes to the most similar part of the original. Inside a
 * confirmed repeat a reworded sentence is still the same sentence, so the bar can be lower
 * than for finding duplicates in the first place.
 */
import { bagSimilarityBound, similarityBound, wordSimilarityAtLeast } from './similarity.js';

/**
 * For each part of the copy, the index of the most similar part of the original (the
 * first one on a tie), or -1 when none reaches the threshold or the part has no words.
 *
 * @param originals word ids of the original's parts
 * @param copies word ids of the copy's parts
 * @param threshold least word similarity of a pair
 * @returns one index per copy part
 * @example alignParts([[1, 2, 3], [4, 5, 6]], [[4, 5, 7]], 0.6) // [1]
 */
export function alignParts(
  originals: readonly ArrayLike<number>[],
  copies: readonly ArrayLike<number>[],
  threshold: number,
): number[] {
  return copies.map((copy) => {
    if (copy.length === 0) return -1;
    let best = -1;
    let bestSimilarity = 0;
    originals.forEach((original, i) => {
      // A part that cannot beat the best so far (or reach the threshold) is not diffed.
      const floor = Math.max(bestSimilarity, threshold - Number.EPSILON);
      if (similarityBound(original.length, copy.length) <= floor) return;
      if (bagSimilarityBound(original, copy) <= floor) return;
      const similarity = wordSimilarityAtLeast(original, copy, floor);
      if (similarity !== null && similarity > bestSimilarity) {
        best = i;
        bestSimilarity = similarity;
      }
    });
    return bestSimilarity >= threshold ? best : -1;
  });
}
