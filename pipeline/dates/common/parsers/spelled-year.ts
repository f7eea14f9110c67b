/**
 * Years spelled out in words, as transcripts of speech write them: 'nineteen ninety-six',
 * 'nineteen seventy-nine', 'the year two thousand'. The words come from `number-words.json`:
 * a hundreds part from ten to twenty-one, then a tens part ('ninety', 'ninety-six'); or a
 * round 'two thousand'.
 */
import type { Parser } from '../grammar.js';
import type { DateLexicon } from '../../lexicon.js';
import { candidate, pointOf } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const HUNDREDS = 'hundreds';
const TENS = 'tens';
const ONES = 'ones';
const THOUSANDS = 'thousands';

const wordsBetween = (lexicon: DateLexicon, low: number, high: number): string[] =>
  Object.keys(lexicon.numbers).filter((word) => {
    const value = lexicon.numbers[word];
    return value !== null && value !== undefined && Number.isInteger(value) && value >= low && value <= high && /^[a-z]+$/.test(word);
  });

/** Parses HUNDREDS TENS[-ONES] and 'two thousand [and ONES]'. */
export const spelledYear: Parser = {
  name: 'spelled-year',
  trigger: (lexicon) => triggerOf([...wordsBetween(lexicon, 10, 21), 'thousand']),
  pattern(lexicon) {
    const hundreds = wordsBetween(lexicon, 10, 21);
    const tens = wordsBetween(lexicon, 10, 90);
    const ones = wordsBetween(lexicon, 1, 9);
    if (hundreds.length === 0 || tens.length === 0) return null;
    return compile(
      `${WORD_START}(?:(?<${HUNDREDS}>${anyOf(hundreds)})${SP}(?<${TENS}>${anyOf(tens)})(?:-(?<${ONES}>${anyOf(ones)}))?|(?<${THOUSANDS}>${anyOf(ones)})${SP}thousand)(?![\\p{L}\\p{N}-])`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const number = (word: string | undefined): number => (word ? (context.lexicon.numbers[normal(word)] ?? 0) : 0);
    if (groups[THOUSANDS]) {
      // only a round thousand that stands as a year ('the year two thousand', 'in two thousand')
      if (!/(?:year|by|in|until|since)\s{1,3}$/i.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
      return candidate(match.index, match.index + match[0].length, { kind: 'point', point: pointOf({ year: number(groups[THOUSANDS]) * 1000 }) }, context, 'spelled-year');
    }
    const tens = number(groups[TENS]);
    const ones = number(groups[ONES]);
    if ((ones > 0 && (tens < 20 || tens % 10 !== 0)) || tens < 10) return null;
    const value = number(groups[HUNDREDS]) * 100 + tens + ones;
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point: pointOf({ year: value }) }, context, 'spelled-year');
  },
};
