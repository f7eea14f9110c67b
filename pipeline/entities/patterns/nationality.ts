/**
 * A state (or a body) named through its people or members, or its government: "the
 * Japanese launched…", "Filipinos and Americans died", "mga Hapones", "mga Katipunero",
 * "Soviet government", "gobyerno ng Hapon", "pamahalaang Espanyol". A nationality adjective
 * alone ("Soviet troops") is not an entity.
 */
import type { EntityLexicon, NationalityWord } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { gapAfter } from '../tokens.js';
import type { Found, Pattern } from './found.js';

/** The nationality word a capitalised token is, or undefined. */
function nationalityOf(token: Token | undefined, lexicon: EntityLexicon): NationalityWord | undefined {
  return token?.capitalized ? lexicon.exonyms.get(token.lower) : undefined;
}

/** A metonym with its linker attached ("gobyernong" = "gobyerno" + "-ng"; "pamahalaang" as listed). */
function isLinkedMetonym(token: Token, lexicon: EntityLexicon): boolean {
  return lexicon.linkers.some((linker) => token.lower.endsWith(linker) && (lexicon.metonymsBefore.has(token.lower) || lexicon.metonymsBefore.has(token.lower.slice(0, -linker.length))));
}

/**
 * States named by a nationality noun or a government metonym.
 *
 * @example nationality(input('the Japanese launched an attack')) // 'Japanese' -> Japan
 * @example nationality(input('Filipinos and Americans died')) // 'Filipinos' -> Philippines, 'Americans' -> United States
 */
export const nationality: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  const push = (first: number, last: number, named: NationalityWord, rule: string): void => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    found.push({ start, end, type: named.type, rule, normalized: named.normal, gazetteer: null, score: 0.7 });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const named = nationalityOf(token, lexicon);
    if (named) {
      const after = tokens[i + 1];
      if (after && gapAfter(text, tokens, i) === ' ' && lexicon.metonymsAfter.has(after.lower)) {
        push(i, i + 1, named, 'state-metonym');
        i++;
        continue;
      }
      if (lexicon.nationalityNouns.has(token.lower)) {
        push(i, i, named, 'nationality-noun');
        continue;
      }
      const determiner = i > 0 ? lexicon.determiners.get(tokens[i - 1]!.lower) : undefined;
      const gap = gapAfter(text, tokens, i);
      const verbOrEnd = !after || /[,.;:!?)]/.test(gap) || (gap === ' ' && /^\p{Ll}+ed$/u.test(after.text));
      if (determiner === 'always' || (determiner === 'verb' && verbOrEnd)) push(i, i, named, 'nationality-noun');
      continue;
    }
    // "gobyerno ng Hapon": metonym, connector, then a nationality or state word.
    if (lexicon.metonymsBefore.has(token.lower)) {
      const connector = tokens[i + 1];
      const state = nationalityOf(tokens[i + 2], lexicon);
      if (connector && state && lexicon.connectors.includes(connector.lower)) {
        push(i, i + 2, state, 'state-metonym');
        i += 2;
        continue;
      }
    }
    // "pamahalaang Espanyol": the connector is the linker on the metonym.
    const state = nationalityOf(tokens[i + 1], lexicon);
    if (state && gapAfter(text, tokens, i) === ' ' && isLinkedMetonym(token, lexicon)) {
      push(i, i + 1, state, 'state-metonym');
      i++;
    }
  }
  return found;
};
