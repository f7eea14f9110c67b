/**
 * MinHash signatures over word shingles: the share of equal positions of two signatures
 * estimates the Jaccard similarity of their shingle sets (Broder 1997). Computed as
 * one-permutation hashing with optimal densification (Shrivastava 2017): each shingle is
 * hashed once and kept as the minimum of one of `size` bins, and an empty bin borrows the
 * value of a bin chosen by a fixed probe sequence. That costs O(shingles + size) instead
 * of O(shingles × size) and estimates Jaccard without bias. All hashing is fixed by a
 * seed, so signatures are the same on every run.
 */

/** Words per shingle: three keep word order without making one edit cost too much. */
const SHINGLE_WORDS = 3;

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

/** Word hashes of the passage being hashed (reused: passages are hashed one at a time). */
let wordHashes = new Uint32Array(256);

/**
 * Calls `visit` with the hash of each word shingle of a text (one shingle of all words
 * when it is shorter than a shingle).
 */
function forEachShingle(words: ArrayLike<number>, visit: (hash: number) => void): void {
  if (wordHashes.length < words.length) wordHashes = new Uint32Array(2 * words.length);
  for (let j = 0; j < words.length; j++) wordHashes[j] = mix((words[j] as number) + 0x9e3779b9);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + SHINGLE_WORDS, words.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (wordHashes[j] as number), 0x01000193);
    visit(mix(h));
  }
}

/**
 * Hashes of the word shingles of a text: the set a signature summarises.
 *
 * @param words word ids (or any integers standing for words)
 * @returns one 32-bit hash per shingle
 * @example shingleHashes([4, 8, 15, 16]).length // 2
 */
export function shingleHashes(words: ArrayLike<number>): Uint32Array {
  const hashes: number[] = [];
  forEachShingle(words, (hash) => hashes.push(hash));
  return Uint32Array.from(hashes);
}

const EMPTY = 0xffffffff;
/** Probes an empty bin makes before it gives up (never reached unless almost every bin is empty). */
const MAX_PROBES = 1024;

/** Computes MinHash signatures with fixed hashing. */
export class MinHasher {
  /** Signature length (a power of two). */
  readonly size: number;
  private readonly seed: number;
  private readonly shift: number;
  /** Scratch bins, reused between calls (signatures are computed one at a time). */
  private readonly bins: Uint32Array;

  /**
   * @param size number of bins, a power of two (the signature length)
   * @param seed fixes the hashing; the same seed gives the same signatures
   * @example new MinHasher(64, 0x5a1a7).signature([1, 2, 3])
   */
  constructor(size: number, seed: number) {
    if (!Number.isInteger(size) || size < 2 || size > 65536 || (size & (size - 1)) !== 0) {
      throw new Error(`MinHash size must be a power of two from 2 to 65536, got ${size}`);
    }
    this.size = size;
    this.seed = seed >>> 0;
    this.shift = 32 - Math.log2(size);
    this.bins = new Uint32Array(size);
  }

  /**
   * The signature of a text's shingle set (`shingleHashes`).
   *
   * @param words word ids of the text
   * @returns `size` unsigned 32-bit values
   */
  signature(words: ArrayLike<number>): Uint32Array {
    const bins = this.bins.fill(EMPTY);
    const lowMask = 2 ** this.shift - 1;
    forEachShingle(words, (shingle) => {
      const h = mix(shingle ^ this.seed);
      const bin = h >>> this.shift;
      const value = h & lowMask; // order inside a bin: the remaining bits
      if (value < (bins[bin] as number)) bins[bin] = value;
    });
    const signature = new Uint32Array(bins);
    for (let bin = 0; bin < this.size; bin++) {
      if (bins[bin] !== EMPTY) continue;
      // Optimal densification: the same probe sequence for this bin in every set.
      for (let attempt = 1; attempt <= MAX_PROBES; attempt++) {
        const probe = mix(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77) ^ this.seed) & (this.size - 1);
        if (bins[probe] !== EMPTY) {
          signature[bin] = bins[probe] as number;
          break;
        }
      }
    }
    return signature;
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
