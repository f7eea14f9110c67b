/**
 * An amount of time from an anchor: 'three days later', 'a year ago', 'less than a year
 * later', '77 taon na ang nakararaan' (77 years ago), 'makalipas ang tatlong araw'; and
 * '77 taon na ang lumipas' (77 years have passed), a duration anchored on the narrative.
 */
import type { Parser } from '../grammar.js';
import type { Meaning } from '../../types.js';
import { candidate } from '../build.js';
import { amountUnitPattern, readAmount } from '../amount.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const MODIFIER = 'modifier';
const PREFIX = 'prefix';
const SUFFIX = 'suffix';

/** Parses [MODIFIER] AMOUNT UNIT SUFFIX, or PREFIX AMOUNT UNIT. */
export const offset: Parser = {
  name: 'offset',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units)),
  pattern(lexicon) {
    const suffixes = Object.keys(lexicon.offsetSuffixes);
    const prefixes = Object.keys(lexicon.offsetPrefixes);
    if (Object.keys(lexicon.units).length === 0 || suffixes.length + prefixes.length === 0) return null;
    const modifier = `(?:(?<${MODIFIER}>${anyOf(Object.keys(lexicon.durationModifiers))})${SP})?`;
    const prefix = prefixes.length > 0 ? `(?:(?<${PREFIX}>${anyOf(prefixes)})${SP})?` : '';
    const suffix = suffixes.length > 0 ? `(?:${SP}(?<${SUFFIX}>${anyOf(suffixes)}))?` : '';
    return compile(`${WORD_START}${prefix}${modifier}${amountUnitPattern(lexicon)}${suffix}(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const direction = groups[SUFFIX] ? lexicon.offsetSuffixes[normal(groups[SUFFIX])] : groups[PREFIX] ? lexicon.offsetPrefixes[normal(groups[PREFIX])] : undefined;
    if (direction === undefined || (groups[SUFFIX] && groups[PREFIX])) return null;
    // 'five months before the start of the conflict': the anchor is an event, whose date the
    // narrative only approximates
    const end = match.index + match[0].length;
    const event = Boolean(groups[SUFFIX]) && lexicon.offsetPrepositions.has(normal(groups[SUFFIX])) && /^[\s\u00a0]{1,3}[\p{L}\p{N}]/u.test(context.text.slice(end, end + 4));
    const amount = readAmount(groups, lexicon, match[0]);
    if (!amount || amount.to !== undefined) return null;
    const modifier = groups[MODIFIER] ? lexicon.durationModifiers[normal(groups[MODIFIER])] : undefined;
    const vague = event || (modifier !== undefined && modifier !== 'none');
    let meaning: Meaning;
    if (direction === 'elapsed') meaning = { kind: 'elapsed', amount };
    else {
      const read = /^([+-])(deictic)?$/.exec(direction);
      if (!read) return null;
      meaning = { kind: 'offset', amount, direction: read[1] === '-' ? -1 : 1, anchor: read[2] ? 'deictic' : 'anaphoric', vague, event };
    }
    return candidate(match.index, end, meaning, context, 'offset');
  },
};
