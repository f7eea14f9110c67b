import { describe, expect, it } from 'vitest';
import { MinHasher, estimatedJaccard, shingleHashes } from '../../pipeline/dedup/minhash.js';

/** Word ids: `n` distinct words, from `from` on. */
const words = (n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i);

/** Exact Jaccard similarity of two shingle-hash sets. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  const left = new Set(a);
  const right = new Set(b);
  const common = [...left].filter((x) => right.has(x)).length;
  return common / (left.size + right.size - common);
}

describe('MinHasher', () => {
  const hasher = new MinHasher(64, 42);

  it('should give equal signatures to equal texts and the same signature with the same seed', () => {
    expect(hasher.signature(words(30))).toEqual(new MinHasher(64, 42).signature(words(30)));
    expect(estimatedJaccard(hasher.signature(words(30)), hasher.signature(words(30)))).toBe(1);
  });

  it('should give other signatures with another seed', () => {
    expect(hasher.signature(words(30))).not.toEqual(new MinHasher(64, 43).signature(words(30)));
  });

  it.each([
    ['one word changed in 60', words(60), [...words(30), 999, ...words(60).slice(31)]],
    ['half the words shared', words(60), [...words(30), ...words(30, 1000)]],
    ['nothing shared', words(60), words(60, 1000)],
  ])('should estimate the Jaccard similarity with %s', (_name, a, b) => {
    const exact = jaccard(shingleHashes(a), shingleHashes(b));
    expect(Math.abs(estimatedJaccard(hasher.signature(a), hasher.signature(b)) - exact)).toBeLessThan(0.2);
  });

  it('should fill every position even for a one-word text', () => {
    expect([...hasher.signature([7])].every((value) => value !== 0xffffffff)).toBe(true);
  });

  it.each([[0], [-1], [1.5], [48]])('should reject a signature size of %s', (size) => {
    expect(() => new MinHasher(size, 1)).toThrow();
  });
});

describe('shingleHashes', () => {
  it.each([
    [[1, 2, 3, 4], 2],
    [[1, 2], 1],
    [[], 1],
  ])('should make the right number of shingles from %j', (input, count) => {
    expect(shingleHashes(input)).toHaveLength(count);
  });

  it('should depend on word order', () => {
    expect(shingleHashes([1, 2, 3])).not.toEqual(shingleHashes([3, 2, 1]));
  });
});
