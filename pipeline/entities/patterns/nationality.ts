/**
 * A state named through its people or government: "the Japanese launched…", "mga
 * Hapones", "Soviet government", "gobyerno ng Hapon". A nationality adjective alone
 * ("Soviet troops") is not an entity.
 */
import { gapAfter } from '../tokens.js';
import type { Found, Pattern } from './found.js';

/**
 * States named by a nationality noun or a government metonym.
 *
 * @example nationality(input('the Japanese launched an attack')) // 'Japanese' -> Japan
 */
export const nationality: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  const push = (first: number, last: number, state: string, rule: string): void => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    found.push({ start, end, type: 'GPE', rule, normalized: state, gazetteer: null, score: 0.7 });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const state = token.capitalized ? lexicon.exonyms.get(token.lower) : undefined;
    if (state) {
      const after = tokens[i + 1];
      if (after && gapAfter(text, tokens, i) === ' ' && lexicon.metonymsAfter.has(after.lower)) {
        push(i, i + 1, state, 'state-metonym');
        i++;
        continue;
      }
      const determiner = i > 0 ? lexicon.determiners.get(tokens[i - 1]!.lower) : undefined;
      const gap = gapAfter(text, tokens, i);
      const verbOrEnd = !after || /[,.;:!?)]/.test(gap) || (gap === ' ' && /^\p{Ll}+ed$/u.test(after.text));
      if (determiner === 'always' || (determiner === 'verb' && verbOrEnd)) push(i, i, state, 'nationality-noun');
      continue;
    }
    // "gobyerno ng Hapon": metonym, connector, then a nationality or state word.
    if (lexicon.metonymsBefore.has(token.lower)) {
      const connector = tokens[i + 1];
      const name = tokens[i + 2];
      const named = name?.capitalized ? lexicon.exonyms.get(name.lower) : undefined;
      if (connector && named && lexicon.connectors.includes(connector.lower)) push(i, i + 2, named, 'state-metonym');
    }
  }
  return found;
};
