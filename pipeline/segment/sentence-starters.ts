/**
 * Sentence starters for segmentation: `lang/<code>/sentence-starters.json` of every
 * configured language, merged (language is identified only after segmentation). They
 * tell a period after a name initial ("VK. Blucher") from a real end after a short
 * capital token ("the US. The next day").
 */
import { languagePack, stringList, type LanguagePack } from '../lang/index.js';
import type { LanguageCode } from '../model.js';

const EMPTY: readonly string[] = [];

const merged = new Map<string, ReadonlySet<string>>();

/**
 * The sentence starters of several languages, lower-cased and merged.
 *
 * @param packs the language packs (from `context.lang` or `languagePack`)
 * @returns one read-only set; cached per set of language codes
 * @example sentenceStartersOf([languagePack('eng'), languagePack('tgl')]).has('noong') // true
 */
export function sentenceStartersOf(packs: readonly LanguagePack[]): ReadonlySet<string> {
  const key = packs
    .map((pack) => pack.code)
    .sort()
    .join(',');
  const cached = merged.get(key);
  if (cached) return cached;
  const starters = new Set<string>();
  for (const pack of packs) {
    for (const word of pack.read('sentence-starters', stringList, EMPTY)) starters.add(word.toLowerCase());
  }
  merged.set(key, starters);
  return starters;
}

/** The merged sentence starters of languages given by code. */
export function sentenceStartersFor(languages: readonly LanguageCode[]): ReadonlySet<string> {
  return sentenceStartersOf(languages.map((code) => languagePack(code)));
}
