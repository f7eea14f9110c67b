/**
 * Closed-class words by the role the event rules give them (`grammar-words.json` of every
 * language folder): fillers skipped between a word and its noun, possessive links,
 * determiners, signs before a number that names rather than counts, plural markers. Tokens are matched in any language, as names and titles cross languages.
 */
import { availableLanguages, languagePack, stringTable } from '../lang/index.js';

export type GrammarRole = 'filler' | 'possessive' | 'determiner' | 'number-sign' | 'plural';

const byRole = new Map<GrammarRole, ReadonlySet<string>>();

/**
 * The words of every language that play a role.
 *
 * @example grammarWords('possessive').has('ng') // true
 */
export function grammarWords(role: GrammarRole): ReadonlySet<string> {
  const known = byRole.get(role);
  if (known) return known;
  const words = new Set<string>();
  for (const code of availableLanguages()) {
    const table = languagePack(code).read('grammar-words', stringTable, {});
    for (const [word, roles] of Object.entries(table)) if (roles.split(/\s+/).includes(role)) words.add(word);
  }
  byRole.set(role, words);
  return words;
}
