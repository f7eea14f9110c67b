/**
 * The direct similarity that confirms a MinHash candidate: the Dice coefficient of the
 * longest common word subsequence, 2·|LCS| / (|a| + |b|) (what difflib's ratio computes on
 * characters, here on words). Word order counts, so two lists of the same words in another
 * order are not duplicates. Cheap upper bounds (lengths, word multisets, multisets split at
 * the middle) reject most candidates before the diff, and a diff asked only whether a pair
 * reaches a floor stops after the edits the floor allows: passages of the same words in
 * another order (documents whose paragraphs are moved or shuffled) pass the multiset bound,
 * and a full diff of them costs O(n·d) with d close to n.
 */

/**
 * Similarity of two word sequences in [0, 1].
 *
 * @param a words (or word ids) of one passage
 * @param b words of the other
 * @returns 1 for equal sequences (and for two empty ones), 0 when nothing is shared
 * @example wordSimilarity(['stopping', 'fighting'], ['stopping', 'hostilities']) // 0.5
 */
export function wordSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  return (2 * (commonLength(a, b, a.length + b.length) as number)) / (a.length + b.length);
}

/**
 * The similarity of two word sequences when it reaches `floor`, found with no more work
 * than the edits `floor` allows (a diff of two passages that cannot reach it stops early).
 *
 * @param a words (or word ids) of one passage
 * @param b words of the other
 * @param floor the least similarity of interest, in [0, 1]
 * @returns `wordSimilarity(a, b)` when it is at least `floor`, else null
 * @example wordSimilarityAtLeast(['a', 'b', 'c'], ['c', 'b', 'a'], 0.9) // null
 */
export function wordSimilarityAtLeast<T>(a: ArrayLike<T>, b: ArrayLike<T>, floor: number): number | null {
  if (a.length + b.length === 0) return 1 >= floor ? 1 : null;
  // similarity ≥ floor ⇔ edits ≤ (1 − floor)·(|a| + |b|); one edit of slack against rounding.
  const maxEdits = Math.min(a.length + b.length, Math.floor((1 - floor) * (a.length + b.length)) + 1);
  const common = commonLength(a, b, maxEdits);
  if (common === null) return null;
  const similarity = (2 * common) / (a.length + b.length);
  return similarity >= floor ? similarity : null;
}

/**
 * Length of the longest common subsequence, by Myers' O((n + m)·d) greedy search for the
 * fewest insertions and deletions d (Myers 1986), keeping only the furthest point of each
 * diagonal: the length, never the edit script. Null when more than `maxEdits` edits are needed.
 */
function commonLength<T>(a: ArrayLike<T>, b: ArrayLike<T>, maxEdits: number): number | null {
  // An equal head and tail are common to every longest subsequence: only the middle is searched.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 || m === 0) return n + m <= maxEdits ? head + tail : null;

  const limit = Math.min(maxEdits, n + m);
  const offset = limit + 1;
  /** Furthest x reached on diagonal k = x − y, at index k + offset. */
  const furthest = new Int32Array(2 * limit + 3);
  for (let edits = 0; edits <= limit; edits++) {
    for (let k = -edits; k <= edits; k += 2) {
      const down = k === -edits || (k !== edits && (furthest[k - 1 + offset] as number) < (furthest[k + 1 + offset] as number));
      let x = down ? (furthest[k + 1 + offset] as number) : (furthest[k - 1 + offset] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[head + x] === b[head + y]) {
        x++;
        y++;
      }
      furthest[k + offset] = x;
      if (x >= n && y >= m) return head + tail + (n + m - edits) / 2;
    }
  }
  return null;
}

/**
 * The highest similarity two sequences of these lengths can have (when one contains the
 * other).
 */
export function similarityBound(lengthA: number, lengthB: number): number {
  if (lengthA + lengthB === 0) return 1;
  return (2 * Math.min(lengthA, lengthB)) / (lengthA + lengthB);
}

/**
 * The highest similarity two sequences with these words can have, whatever their order:
 * the Dice coefficient of the word multisets (a common subsequence uses each shared word
 * at most as often as both have it).
 */
export function bagSimilarityBound<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  const counts = wordCounts(a, 0, a.length);
  let common = 0;
  for (let i = 0; i < b.length; i++) if (take(counts, b[i] as T)) common++;
  return (2 * common) / (a.length + b.length);
}

/**
 * A tighter bound than `bagSimilarityBound` for passages whose parts come in another order
 * (paragraphs moved, a text rotated), which the word multisets cannot tell apart. The words
 * of `a` matched with the first half of `b` all come before those matched with its second
 * half, so some cut of `a` splits them: the bound is the best cut's sum of the two multiset
 * intersections, found in one pass each way.
 *
 * @param a words (or word ids) of one passage
 * @param b words of the other
 * @returns at least `wordSimilarity(a, b)` and at most `bagSimilarityBound(a, b)`
 * @example splitBagSimilarityBound([1, 2, 3, 4], [3, 4, 1, 2]) // 0.5
 */
export function splitBagSimilarityBound<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  const middle = b.length >> 1;
  const firstHalf = wordCounts(b, 0, middle);
  const secondHalf = wordCounts(b, middle, b.length);
  /** Words of a's first x matched in b's first half, at index x. */
  const before = new Uint32Array(a.length + 1);
  for (let x = 0; x < a.length; x++) {
    before[x + 1] = (before[x] as number) + (take(firstHalf, a[x] as T) ? 1 : 0);
  }
  let best = before[a.length] as number;
  let after = 0;
  for (let x = a.length - 1; x >= 0; x--) {
    if (take(secondHalf, a[x] as T)) after++;
    best = Math.max(best, (before[x] as number) + after);
  }
  return (2 * best) / (a.length + b.length);
}

function wordCounts<T>(words: ArrayLike<T>, start: number, end: number): Map<T, number> {
  const counts = new Map<T, number>();
  for (let i = start; i < end; i++) counts.set(words[i] as T, (counts.get(words[i] as T) ?? 0) + 1);
  return counts;
}

/** Uses up one of a word's remaining occurrences; false when none is left. */
function take<T>(counts: Map<T, number>, word: T): boolean {
  const left = counts.get(word) ?? 0;
  if (left > 0) counts.set(word, left - 1);
  return left > 0;
}
