/**
 * Closed-class words of a language (`lang/<code>/function-words.json`): the strongest
 * per-word clue to a sentence's matrix language, because borrowed content words and names
 * never bring their articles and case markers with them.
 */
import { stringList, type LanguagePack } from '../lang/index.js';

const EMPTY: readonly string[] = [];

/**
 * The function words of a language, lower-cased; empty when the language has no list.
 *
 * @param pack the language's data
 * @returns a read-only set
 * @example functionWords(languagePack('tgl')).has('ang') // true
 */
export function functionWords(pack: LanguagePack): ReadonlySet<string> {
  const cached = sets.get(pack);
  if (cached) return cached;
  const words = new Set(pack.read('function-words', stringList, EMPTY).map((word) => word.toLowerCase()));
  sets.set(pack, words);
  return words;
}

const sets = new WeakMap<LanguagePack, ReadonlySet<string>>();
