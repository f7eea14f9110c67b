/**
 * Finds the duplicates in a sequence of passages, the first occurrence being canonical:
 * exact repeats by their word sequence, near repeats by MinHash + LSH candidates confirmed
 * by the direct word similarity. Only canonical passages are indexed, so every duplicate
 * points to (and is measured against) a first occurrence, never to another copy.
 */
import { LshIndex } from './lsh.js';
import { MinHasher, estimatedJaccard, shingleHashes } from './minhash.js';
import { similarityBound, wordSimilarity } from './similarity.js';

/** Settings of one matching run. */
export interface MatchOptions {
  /** Least word similarity (Dice over the common word subsequence) for a near duplicate. */
  threshold: number;
  /** Passages with fewer words are never matched (trivial lines such as "Comrade."). */
  minWordsExact: number;
  /** Passages with fewer words only match exactly: one changed word in a short line is another line. */
  minWordsNear: number;
}

/** A later passage and the first occurrence it repeats. */
export interface Match {
  /** Index of the later passage. */
  duplicate: number;
  /** Index of the canonical (first) passage. */
  canonical: number;
  similarity: number;
}

/** Signature length, bands and rows: candidates from a shingle Jaccard of about (1/16)^(1/4) = 0.5. */
const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = 4;
/** Fixed seed of the MinHash functions: the same input gives the same candidates on every run. */
const SEED = 0x5a1a75a7;
/** Candidates whose signatures agree less than this are not worth a diff. */
const MIN_ESTIMATED_JACCARD = 0.2;

const hasher = new MinHasher(SIGNATURE_SIZE, SEED);

/**
 * The duplicates among passages given in canonical order.
 *
 * @param passages normalized words of each passage, first occurrences first
 * @param options thresholds
 * @returns one match per duplicate passage, in passage order
 * @example matchDuplicates([['a','b'], ['a','b']], { threshold: 0.85, minWordsExact: 1, minWordsNear: 5 })
 *   // [{ duplicate: 1, canonical: 0, similarity: 1 }]
 */
export function matchDuplicates(passages: readonly (readonly string[])[], options: MatchOptions): Match[] {
  const matches: Match[] = [];
  const firstByText = new Map<string, number>();
  const index = new LshIndex(BANDS, ROWS);
  const signatures = new Map<number, Uint32Array>();
  /** Near matches by passage, so an exact copy of a near duplicate points to its canonical. */
  const nearMatches = new Map<number, Match>();

  passages.forEach((words, i) => {
    if (words.length < options.minWordsExact) return;
    const key = words.join(' ');
    const first = firstByText.get(key);
    if (first !== undefined) {
      const near = nearMatches.get(first);
      matches.push({ duplicate: i, canonical: near?.canonical ?? first, similarity: near?.similarity ?? 1 });
      return;
    }
    firstByText.set(key, i);
    if (words.length < options.minWordsNear) return;

    const signature = hasher.signature(shingleHashes(words));
    for (const candidate of index.candidates(signature)) {
      const other = passages[candidate] as readonly string[];
      if (similarityBound(other.length, words.length) < options.threshold) continue;
      if (estimatedJaccard(signature, signatures.get(candidate) as Uint32Array) < MIN_ESTIMATED_JACCARD) continue;
      const similarity = wordSimilarity(other, words);
      if (similarity >= options.threshold) {
        const match = { duplicate: i, canonical: candidate, similarity };
        matches.push(match);
        nearMatches.set(i, match);
        return;
      }
    }
    index.add(i, signature);
    signatures.set(i, signature);
  });
  return matches;
}
