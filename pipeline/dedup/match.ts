/**
 * Finds the duplicates in a sequence of passages, the first occurrence being canonical:
 * exact repeats by their word sequence, near repeats by MinHash + LSH candidates confirmed
 * by the direct word similarity. A copy of a copy (each step a few edits, the last maybe
 * too far from the first to match it directly) is found through the copy it repeats, and
 * still points to the first occurrence, its similarity measured against that.
 */
import { LshIndex } from './lsh.js';
import { MinHasher, estimatedJaccard } from './minhash.js';
import { similarityBound, splitBagSimilarityBound, wordSimilarity, wordSimilarityAtLeast } from './similarity.js';

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
  /** Similarity to the canonical passage (below the threshold only for a copy of a copy). */
  similarity: number;
}

/**
 * Signature length, bands and rows: a pair becomes a candidate with probability
 * 1 − (1 − J²)¹⁶: 0.99 at a shingle Jaccard of 0.5 (the weakest near duplicates the
 * threshold admits: a few words changed in a short sentence), 0.78 at 0.3; unrelated
 * passages (J ≈ 0) almost never, and the weak candidates fall to the cheap checks below.
 */
const SIGNATURE_SIZE = 32;
const BANDS = 16;
const ROWS = 2;
/** Fixed seed of the MinHash functions: the same input gives the same candidates on every run. */
const SEED = 0x5a1a75a7;
/** Candidates whose signatures agree less than this are not worth a diff. */
const MIN_ESTIMATED_JACCARD = 0.2;

const hasher = new MinHasher(SIGNATURE_SIZE, SEED);

/** A 30-bit hash of a word-id sequence (a small integer, cheap as a Map key): the key of exact repeats, confirmed by comparison. */
function sequenceKey(words: ArrayLike<number>): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), 0x01000193);
  return (hash ^ (hash >>> 15)) >>> 2;
}

function sameWords(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The duplicates among passages given in canonical order.
 *
 * @param passages word ids of each passage, first occurrences first
 * @param options thresholds
 * @returns one match per duplicate passage, in passage order
 * @example matchDuplicates([[1, 2], [1, 2]], { threshold: 0.9, minWordsExact: 1, minWordsNear: 5 })
 *   // [{ duplicate: 1, canonical: 0, similarity: 1 }]
 */
export function matchDuplicates(passages: readonly ArrayLike<number>[], options: MatchOptions): Match[] {
  const matches: Match[] = [];
  /** Passages by sequence key: the first index, or every index once several share the key. */
  const firstByKey = new Map<number, number | number[]>();
  const index = new LshIndex(BANDS, ROWS);
  const signatures: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(passages.length);
  /** Near matches by passage, so an exact copy of a near duplicate points to its canonical. */
  const nearMatches = new Map<number, Match>();

  passages.forEach((words, i) => {
    if (words.length < options.minWordsExact) return;
    const key = sequenceKey(words);
    const sameKey = firstByKey.get(key);
    const first =
      typeof sameKey === 'number'
        ? sameWords(passages[sameKey] as ArrayLike<number>, words) ? sameKey : undefined
        : sameKey?.find((j) => sameWords(passages[j] as ArrayLike<number>, words));
    if (first !== undefined) {
      const near = nearMatches.get(first);
      matches.push({ duplicate: i, canonical: near?.canonical ?? first, similarity: near?.similarity ?? 1 });
      return;
    }
    if (sameKey === undefined) firstByKey.set(key, i);
    else if (typeof sameKey === 'number') firstByKey.set(key, [sameKey, i]);
    else sameKey.push(i);
    if (words.length < options.minWordsNear) return;

    const signature = hasher.signature(words);
    for (const candidate of index.candidates(signature)) {
      const other = passages[candidate] as ArrayLike<number>;
      if (similarityBound(other.length, words.length) < options.threshold) continue;
      if (estimatedJaccard(signature, signatures[candidate] as Uint32Array) < MIN_ESTIMATED_JACCARD) continue;
      if (splitBagSimilarityBound(other, words) < options.threshold) continue;
      // Same words shuffled further may pass every bound: the diff stops at the edits the threshold allows.
      const similarity = wordSimilarityAtLeast(other, words, options.threshold);
      if (similarity === null) continue;
      const root = nearMatches.get(candidate)?.canonical ?? candidate;
      const match = {
        duplicate: i,
        canonical: root,
        similarity: root === candidate ? similarity : wordSimilarity(passages[root] as ArrayLike<number>, words),
      };
      matches.push(match);
      nearMatches.set(i, match);
      break;
    }
    index.add(i, signature); // a copy is indexed too: later copies of this copy find it
    signatures[i] = signature;
  });
  return matches;
}
