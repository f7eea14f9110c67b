import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffArrays } from 'diff';
import { bagSimilarityBound, similarityBound, splitBagSimilarityBound, wordSimilarity, wordSimilarityAtLeast } from '../../pipeline/dedup/similarity.js';

/** The reference: the common words of jsdiff's minimal edit script. */
function diffSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length + b.length === 0) return 1;
  const common = diffArrays([...a], [...b]).reduce((sum, part) => sum + (part.added || part.removed ? 0 : part.value.length), 0);
  return (2 * common) / (a.length + b.length);
}

/** Word ids from a small vocabulary, so sequences share words in many orders. */
const words = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });

describe('wordSimilarity', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 1],
    [['stopping', 'fighting'], ['stopping', 'hostilities'], 0.5],
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c'], 6 / 7],
    [['a', 'b'], ['b', 'a'], 0.5],
    [['a'], ['b'], 0],
    [[], [], 1],
    [[], ['a'], 0],
    [['a', 'b', 'c', 'd', 'e', 'f'], ['d', 'e', 'f', 'a', 'b', 'c'], 0.5],
  ])('should score %j against %j as %s', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 10);
  });

  it('should give exactly the similarity of a minimal diff', () => {
    fc.assert(fc.property(words, words, (a, b) => wordSimilarity(a, b) === diffSimilarity(a, b)));
  });
});

describe('wordSimilarityAtLeast', () => {
  it.each([
    ['an equal pair', ['a', 'b', 'c'], ['a', 'b', 'c'], 0.9, 1],
    ['one word changed in ten, at 0.9', 'abcdefghij'.split(''), 'abcdefghiX'.split(''), 0.9, 0.9],
    ['one word changed in ten, above 0.9', 'abcdefghij'.split(''), 'abcdefghiX'.split(''), 0.91, null],
    ['the same words rotated', 'abcdefghij'.split(''), 'fghijabcde'.split(''), 0.9, null],
    ['the same words rotated, at a low floor', 'abcdefghij'.split(''), 'fghijabcde'.split(''), 0.5, 0.5],
    ['two empty sequences', [], [], 1, 1],
    ['nothing shared, at floor 0', ['a'], ['b'], 0, 0],
  ])('should score %s', (_name, a, b, floor, expected) => {
    expect(wordSimilarityAtLeast(a, b, floor)).toBe(expected);
  });

  it('should give the similarity exactly when it reaches the floor, and null only below it', () => {
    const floor = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(words, words, floor, (a, b, least) => {
        const exact = diffSimilarity(a, b);
        return wordSimilarityAtLeast(a, b, least) === (exact >= least ? exact : null);
      }),
    );
  });
});

describe('splitBagSimilarityBound', () => {
  it.each([
    ['a text and its rotation by half', [1, 2, 3, 4], [3, 4, 1, 2], 0.5],
    ['a text and its rotation by a sixth', [1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 1], 5 / 6],
    ['equal texts', [1, 2, 3], [1, 2, 3], 1],
    ['texts without a shared word', [1, 2], [3, 4], 0],
    ['two empty texts', [], [], 1],
  ])('should bound %s', (_name, a, b, expected) => {
    expect(splitBagSimilarityBound(a, b)).toBeCloseTo(expected, 10);
  });

  it('should lie between the similarity and the multiset bound', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const bound = splitBagSimilarityBound(a, b);
        return bound >= wordSimilarity(a, b) && bound <= bagSimilarityBound(a, b);
      }),
    );
  });
});

describe('similarityBound', () => {
  it.each([
    [10, 10, 1],
    [10, 5, 2 / 3],
    [0, 0, 1],
  ])('should bound sequences of %s and %s words by %s', (a, b, expected) => {
    expect(similarityBound(a, b)).toBeCloseTo(expected, 10);
  });
});
