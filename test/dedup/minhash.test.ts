import { describe, expect, it } from 'vitest';
import { MinHasher, estimatedJaccard, hashWord, shingleHashes } from '../../pipeline/dedup/minhash.js';

const words = (n: number, prefix = 'w'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

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
    const shingles = shingleHashes(words(30));
    expect(hasher.signature(shingles)).toEqual(new MinHasher(64, 42).signature(shingles));
    expect(estimatedJaccard(hasher.signature(shingles), hasher.signature(shingleHashes(words(30))))).toBe(1);
  });

  it('should give other signatures with another seed', () => {
    const shingles = shingleHashes(words(30));
    expect(hasher.signature(shingles)).not.toEqual(new MinHasher(64, 43).signature(shingles));
  });

  it.each([
    ['one word changed in 60', words(60), [...words(30), 'changed', ...words(60).slice(31)]],
    ['half the words shared', words(60), [...words(30), ...words(30, 'x')]],
    ['nothing shared', words(60), words(60, 'x')],
  ])('should estimate the Jaccard similarity with %s', (_name, a, b) => {
    const sa = shingleHashes(a);
    const sb = shingleHashes(b);
    expect(Math.abs(estimatedJaccard(hasher.signature(sa), hasher.signature(sb)) - jaccard(sa, sb))).toBeLessThan(0.2);
  });

  it.each([[0], [-1], [1.5]])('should reject a signature size of %s', (size) => {
    expect(() => new MinHasher(size, 1)).toThrow();
  });
});

describe('shingleHashes', () => {
  it.each([
    [['a', 'b', 'c', 'd'], 2],
    [['a', 'b'], 1],
    [[], 1],
  ])('should make the right number of shingles from %j', (input, count) => {
    expect(shingleHashes(input)).toHaveLength(count);
  });

  it('should depend on word order', () => {
    expect(shingleHashes(['a', 'b', 'c'])).not.toEqual(shingleHashes(['c', 'b', 'a']));
  });

  it('should hash words to unsigned 32-bit values', () => {
    expect(hashWord('ñ😀')).toBeGreaterThanOrEqual(0);
    expect(hashWord('ñ😀')).toBeLessThan(2 ** 32);
    expect(hashWord('army')).not.toBe(hashWord('navy'));
  });
});
