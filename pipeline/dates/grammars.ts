/**
 * The one registry from language code to date grammar. A language without an entry gets
 * the language-free parsers (ISO, numeric dates, years, decades, clock times).
 */
import type { LanguageCode } from '../model.js';
import { fallbackGrammar } from './common/index.js';
import type { Grammar } from './common/grammar.js';
import { englishGrammar } from './lang/eng/index.js';
import { tagalogGrammar } from './lang/tgl/index.js';

const GRAMMARS: Readonly<Record<LanguageCode, Grammar>> = Object.freeze({
  eng: englishGrammar,
  tgl: tagalogGrammar,
});

/**
 * The grammar of a language.
 *
 * @returns the grammar and whether it is the language's own (false: the fallback).
 * @example grammarFor('tgl').own // true
 */
export function grammarFor(code: LanguageCode): { grammar: Grammar; own: boolean } {
  const grammar = Object.hasOwn(GRAMMARS, code) ? GRAMMARS[code] : undefined;
  return grammar ? { grammar, own: true } : { grammar: fallbackGrammar, own: false };
}
