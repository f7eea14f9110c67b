/**
 * Amounts of time: 'three days', 'more than 20 months', '2.5 years', 'one to three days',
 * 'the past two months', 'tatlong araw', '4 na buwan', 'several minutes' (PTXM).
 */
import type { Parser } from '../grammar.js';
import { candidate } from '../build.js';
import { amountUnitPattern, readAmount } from '../amount.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const MODIFIER = 'modifier';

/** Parses [DETERMINER] [MODIFIER] AMOUNT UNIT. */
export const duration: Parser = {
  name: 'duration',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units)),
  pattern(lexicon) {
    if (Object.keys(lexicon.units).length === 0) return null;
    const determiner = lexicon.connectors.durationDeterminers.length > 0 ? `(?:${anyOf(lexicon.connectors.durationDeterminers)}${SP})?` : '';
    const modifier = `(?:(?<${MODIFIER}>${anyOf(Object.keys(lexicon.durationModifiers))})${SP})?`;
    return compile(`${WORD_START}${determiner}${modifier}${amountUnitPattern(lexicon)}(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const amount = readAmount(groups, context.lexicon);
    if (!amount) return null;
    const mod = groups[MODIFIER] ? (context.lexicon.durationModifiers[normal(groups[MODIFIER])] ?? null) : null;
    return candidate(match.index, match.index + match[0].length, { kind: 'duration', amount, mod: mod === 'none' ? null : mod }, context, 'duration');
  },
};
