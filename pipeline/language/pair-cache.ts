/**
 * Caches of the word judges (`word-origin.ts`, `phrase-words.ts`): data built once per
 * (matrix, foreign) pair of loaded language packs, and per-word memos that cannot grow
 * without end on a corpus of ever new words.
 */
import type { LanguagePack } from '../lang/index.js';

/** Words a per-word memo holds before it starts again empty. */
const MAX_REMEMBERED_WORDS = 100_000;

/**
 * `build` cached per pair of packs: called once for each (matrix, foreign) pair.
 *
 * @param build makes the data of one pair
 * @returns the cached accessor
 * @example const data = perPair((m, f) => ({ pair: [m.code, f.code] })); data(eng, tgl) === data(eng, tgl) // true
 */
export function perPair<T>(build: (matrix: LanguagePack, foreign: LanguagePack) => T): (matrix: LanguagePack, foreign: LanguagePack) => T {
  const cache = new WeakMap<LanguagePack, WeakMap<LanguagePack, T>>();
  return (matrix, foreign) => {
    let byForeign = cache.get(matrix);
    if (!byForeign) cache.set(matrix, (byForeign = new WeakMap()));
    if (!byForeign.has(foreign)) byForeign.set(foreign, build(matrix, foreign));
    return byForeign.get(foreign) as T;
  };
}

/**
 * Adds a word's result to a memo, emptying the memo first when it is full.
 *
 * @param memo results by word
 * @returns `value`
 * @example remember(shares, 'gubat', 0.9) // 0.9
 */
export function remember<V>(memo: Map<string, V>, word: string, value: V): V {
  if (memo.size >= MAX_REMEMBERED_WORDS) memo.clear();
  memo.set(word, value);
  return value;
}
