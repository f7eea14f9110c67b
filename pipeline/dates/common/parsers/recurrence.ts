/**
 * Recurring periods (TimeML SET): 'every day', 'once every five days', 'each year',
 * 'tuwing Lunes', and adverbs that are a set alone ('daily', 'araw-araw', 'day by day').
 */
import type { Parser } from '../grammar.js';
import { amountOf, candidate } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';
import { durationValue } from '../../normalize.js';

const QUANT = 'quant';
const AMOUNT = 'amount';
const UNIT = 'unit';
const WEEKDAY = 'weekday';
const ADVERB = 'adverb';

/** Parses QUANTIFIER [AMOUNT] (UNIT | WEEKDAY), or a set adverb. */
export const recurrence: Parser = {
  name: 'recurrence',
  trigger: (lexicon) => triggerOf([...Object.keys(lexicon.setQuantifiers), ...Object.keys(lexicon.setAdverbs)]),
  pattern(lexicon) {
    const quantifiers = Object.keys(lexicon.setQuantifiers);
    const adverbs = Object.keys(lexicon.setAdverbs);
    if (quantifiers.length + adverbs.length === 0) return null;
    const amount = `(?:(?<${AMOUNT}>\\d+|${anyOf(Object.keys(lexicon.numbers))})${SP})?`;
    const period = `(?:(?<${UNIT}>${anyOf(Object.keys(lexicon.units))})|(?<${WEEKDAY}>${anyOf(Object.keys(lexicon.weekdays))}))`;
    return compile(`${WORD_START}(?:(?<${QUANT}>${anyOf(quantifiers)})${SP}${amount}${period}|(?<${ADVERB}>${anyOf(adverbs)}))(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const end = match.index + match[0].length;
    if (groups[ADVERB]) {
      const period = lexicon.setAdverbs[normal(groups[ADVERB])];
      return period ? candidate(match.index, end, { kind: 'set', period, quant: null }, context, 'recurrence') : null;
    }
    const quant = lexicon.setQuantifiers[normal(groups[QUANT])] ?? null;
    if (groups[WEEKDAY]) {
      const day = lexicon.weekdays[normal(groups[WEEKDAY])];
      return day === undefined ? null : candidate(match.index, end, { kind: 'set', period: `XXXX-WXX-${day}`, quant }, context, 'recurrence');
    }
    const unit = lexicon.units[normal(groups[UNIT])];
    const amount = groups[AMOUNT] ? amountOf(groups[AMOUNT], lexicon) : 1;
    if (unit === undefined || amount === undefined) return null;
    return candidate(match.index, end, { kind: 'set', period: durationValue({ value: amount, unit }), quant }, context, 'recurrence');
  },
};
