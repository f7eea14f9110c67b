/**
 * MinHash signatures over word shingles (Broder 1997): the share of equal positions of two
 * signatures estimates the Jaccard similarity of their shingle sets. Hash functions are
 * fixed by a seed, so signatures (and everything built on them) are the same on every run.
 */

/** Words per shingle: three keep word order without making one edit cost too much. */
export const SHINGLE_WORDS = 3;

/** A deterministic 32-bit generator (mulberry32) for the hash parameters. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a hash of a string's UTF-16 units. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Final avalanche of murmur3, so neighbouring inputs spread over the whole range. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes of the word shingles of a text (one shingle of all words when it is shorter).
 *
 * @param words normalized words
 * @returns one 32-bit hash per shingle (duplicates allowed: MinHash ignores them)
 */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const hashes = words.map(hashWord);
  const count = Math.max(1, hashes.length - SHINGLE_WORDS + 1);
  const shingles = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, hashes.length); j++) {
      h = Math.imul(h ^ (hashes[j] as number), 0x01000193);
    }
    shingles[i] = mix(h);
  }
  return shingles;
}

/** Computes MinHash signatures with a fixed family of hash functions. */
export class MinHasher {
  /** Signature length. */
  readonly size: number;
  private readonly multipliers: Uint32Array;
  private readonly offsets: Uint32Array;

  /**
   * @param size number of hash functions (signature length)
   * @param seed fixes the hash functions; the same seed gives the same signatures
   * @example new MinHasher(64, 0x5a1a7).signature(shingleHashes(['a', 'b', 'c']))
   */
  constructor(size: number, seed: number) {
    if (!Number.isInteger(size) || size <= 0) throw new Error(`MinHash size must be a positive integer, got ${size}`);
    this.size = size;
    const random = mulberry32(seed);
    this.multipliers = new Uint32Array(size);
    this.offsets = new Uint32Array(size);
    for (let i = 0; i < size; i++) {
      this.multipliers[i] = random() | 1; // odd: a bijection on 32-bit words
      this.offsets[i] = random();
    }
  }

  /**
   * The signature of a set of shingle hashes: per hash function, the least image.
   *
   * @param shingles shingle hashes (`shingleHashes`)
   * @returns `size` unsigned 32-bit minima
   */
  signature(shingles: Uint32Array): Uint32Array {
    const minima = new Uint32Array(this.size).fill(0xffffffff);
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s] as number;
      for (let i = 0; i < this.size; i++) {
        let v = (Math.imul(this.multipliers[i] as number, x) + (this.offsets[i] as number)) | 0;
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < (minima[i] as number)) minima[i] = v;
      }
    }
    return minima;
  }
}

/**
 * Share of equal positions: an estimate of the Jaccard similarity of the shingle sets.
 *
 * @example estimatedJaccard(sig, sig) // 1
 */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
