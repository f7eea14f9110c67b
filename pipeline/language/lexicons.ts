/**
 * Content-word lexicons per language: `lang/<code>/content-words.json`, plus the lexicon of
 * a maintained package where one covers the language (compromise for English). Names are
 * left out: whether a name is foreign is decided by `names-from-<code>.json`, not by
 * whether a package knows it.
 */
import nlp from 'compromise';
import { stringList, type LanguagePack } from '../lang/index.js';
import type { LanguageCode } from '../model.js';

/** compromise tags of proper names and other entries that are not common words. */
const NAME_TAGS = new Set([
  'FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person', 'City', 'Country', 'Place', 'Region',
  'ProperNoun', 'Organization', 'SportsTeam', 'Expression', 'Emoticon', 'Abbreviation', 'Honorific',
]);

function compromiseWords(): string[] {
  const model = nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } };
  const lexicon = model.one?.lexicon ?? {};
  return Object.entries(lexicon)
    .filter(([word, tags]) => {
      const list = Array.isArray(tags) ? tags : [tags];
      return /^\p{Ll}[\p{Ll}'-]+$/u.test(word) && !list.some((tag) => NAME_TAGS.has(tag));
    })
    .map(([word]) => word);
}

/** Packages that bring a lexicon for a language (the one explicit registry of them). */
const PACKAGE_LEXICONS: Readonly<Record<LanguageCode, () => string[]>> = Object.freeze({ eng: compromiseWords });

const cache = new WeakMap<LanguagePack, ReadonlySet<string>>();

/**
 * The common (non-name) words known for a language, lower-cased.
 *
 * @param pack the language's data
 * @returns a read-only set, empty when nothing is known
 * @example contentWords(languagePack('eng')).has('army') // true
 */
export function contentWords(pack: LanguagePack): ReadonlySet<string> {
  const cached = cache.get(pack);
  if (cached) return cached;
  const words = new Set(pack.read('content-words', stringList, []).map((word) => word.toLowerCase()));
  for (const word of PACKAGE_LEXICONS[pack.code]?.() ?? []) words.add(word);
  cache.set(pack, words);
  return words;
}
