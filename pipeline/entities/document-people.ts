/**
 * The surnames a document gives its people in full somewhere ("General Emilio Aguinaldo",
 * "si Andres Bonifacio", "Apolinario Mabini"), so that the bare surname elsewhere in it
 * ("so that Aguinaldo could escape") is read as that person when nothing else types it.
 * Read once per document and language data, with the person pattern and given names only.
 */
import type { Document, LanguageCode } from '../model.js';
import type { StageContext } from '../stage.js';
import type { EntityLexicon } from './lexicon.js';
import { entityLexicon } from './lexicon.js';
import { isGivenName } from './names.js';
import { gazetteer } from './gazetteer.js';
import { isNameWord, nameRunEnd } from './patterns/name-words.js';
import { person } from './patterns/person.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

const cache = new WeakMap<Document, Map<LanguageCode, ReadonlySet<string>>>();

/**
 * Lower-case surnames of the people a document names in full, per the language whose data
 * reads its sentences.
 *
 * @param document The document (its segments and their languages).
 * @param context The stage context (language data).
 * @param language Whose data reads the sentences (the caller's language).
 * @returns The surnames, cached per document and language.
 * @example documentSurnames(document, context, 'eng') // Set { 'aguinaldo', 'mabini' }
 */
export function documentSurnames(document: Document, context: StageContext, language: LanguageCode): ReadonlySet<string> {
  let byLanguage = cache.get(document);
  if (!byLanguage) cache.set(document, (byLanguage = new Map()));
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const lexicon = entityLexicon(context.lang(language));
  const surnames = new Set<string>();
  for (const segment of document.segments) {
    const tokens = tokenize(segment.text);
    const input = { text: segment.text, tokens, lexicon, gazetteer: gazetteer() };
    for (const found of person(input)) addSurname(tokenize(found.normalized), surnames, lexicon);
    for (const run of givenNameRuns(segment.text, tokens, lexicon)) addSurname(run, surnames, lexicon);
  }
  byLanguage.set(language, surnames);
  return surnames;
}

/**
 * The last name word of a full name (two words or more, initials and suffixes aside); a
 * title word counts past the first ("Edward P. King Jr.": the normal form has no titles).
 */
function addSurname(words: readonly Token[], surnames: Set<string>, lexicon: EntityLexicon): void {
  const named = words.filter((word, i) => (isNameWord(word, lexicon) || (i > 0 && word.capitalized && lexicon.titles.has(word.lower))) && word.text.length > 1 && !lexicon.nameSuffixes.has(word.lower));
  const last = named[named.length - 1];
  if (named.length >= 2 && last && !last.allCaps) surnames.add(last.lower);
}

/** Runs of two to three name words opened by a given name ("Apolinario Mabini"). */
function givenNameRuns(text: string, tokens: readonly Token[], lexicon: EntityLexicon): Token[][] {
  const runs: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.allCaps || !isGivenName(tokens[i]!.text)) continue;
    const end = nameRunEnd(text, tokens, i, lexicon, 3);
    if (end - i >= 2) runs.push(tokens.slice(i, end));
  }
  return runs;
}
