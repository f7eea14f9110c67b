/**
 * Amounts of time: 'three days', 'more than 20 months', '2.5 years', 'one to three days',
 * 'the past two months', 'tatlong araw', '4 na buwan', 'several minutes' (PTXM). An article
 * as the amount ('a year') counts only after a cue word ('for a year'): '$1 billion a
 * year' is a rate, not a time.
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, wordBefore } from '../build.js';
import { AMOUNT, amountUnitPattern, pluralUnits, readAmount, singularUnits } from '../amount.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const DETERMINER = 'determiner';
const MODIFIER = 'modifier';
const BARE = 'bare';

/** Parses [DETERMINER] [MODIFIER] AMOUNT UNIT. */
export const duration: Parser = {
  name: 'duration',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units)),
  pattern(lexicon) {
    if (Object.keys(lexicon.units).length === 0) return null;
    const determiners = lexicon.connectors.durationDeterminers;
    const determiner = determiners.length > 0 ? `(?:(?<${DETERMINER}>${anyOf(determiners)})${SP})?` : '';
    const modifier = `(?:(?<${MODIFIER}>${anyOf(Object.keys(lexicon.durationModifiers))})${SP})?`;
    const bare = pluralUnits(lexicon).size > 0 ? `|(?<${BARE}>${anyOf([...pluralUnits(lexicon), ...singularUnits(lexicon)])})` : '';
    return compile(`${WORD_START}(?:${determiner}${modifier}${amountUnitPattern(lexicon)}${bare})(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const end = match.index + match[0].length;
    if (groups[BARE]) {
      // 'for years', 'within weeks': a plural unit alone is a vague amount, after its cue words
      // only; a singular one there has lost its article ('Within hour' = within an hour)
      const word = normal(groups[BARE]);
      const unit = lexicon.units[word];
      if (unit === undefined || !lexicon.connectors.vagueAmountCues.includes(wordBefore(context.text, match.index))) return null;
      const value = singularUnits(lexicon).has(word) ? 1 : null;
      return candidate(match.index, end, { kind: 'duration', amount: { value, unit } }, context, 'duration');
    }
    const amount = readAmount(groups, lexicon, match[0]);
    if (!amount) return null;
    const article = lexicon.ambiguous[normal(groups[AMOUNT])] === 'article';
    if (article && !groups[DETERMINER] && !groups[MODIFIER] && !ambiguousWordHolds(groups[AMOUNT] ?? '', match.index, context, false)) return null;
    return candidate(match.index, match.index + match[0].length, { kind: 'duration', amount }, context, 'duration');
  },
};
