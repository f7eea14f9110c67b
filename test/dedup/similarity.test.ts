import { describe, expect, it } from 'vitest';
import { similarityBound, wordSimilarity } from '../../pipeline/dedup/similarity.js';

describe('wordSimilarity', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 1],
    [['stopping', 'fighting'], ['stopping', 'hostilities'], 0.5],
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c'], 6 / 7],
    [['a', 'b'], ['b', 'a'], 0.5],
    [['a'], ['b'], 0],
    [[], [], 1],
  ])('should score %j against %j as %s', (a, b, expected) => {
    expect(wordSimilarity(a, b)).toBeCloseTo(expected, 10);
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
