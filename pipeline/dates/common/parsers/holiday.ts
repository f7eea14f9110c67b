/**
 * Named days: 'Thanksgiving Day', 'Christmas 1941', 'last Thanksgiving', 'Araw ng
 * Kalayaan' (`holidays.json`), as a fixed date or the n-th weekday of a month.
 */
import type { Parser } from '../grammar.js';
import type { DatePoint } from '../../types.js';
import { candidate, hasFutureCue, yearOf } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf, yearPattern } from '../pattern.js';

const RELATIVE = 'relative';
const NAME = 'name';

/** Parses [RELATIVE] HOLIDAY [[,] YEAR]. */
export const holiday: Parser = {
  name: 'holiday',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.holidays)),
  pattern(lexicon) {
    const names = Object.keys(lexicon.holidays);
    if (names.length === 0) return null;
    const relative = Object.keys(lexicon.relativeWords).length > 0 ? `(?:(?<${RELATIVE}>${anyOf(Object.keys(lexicon.relativeWords))})${SP})?` : '';
    return compile(`${WORD_START}${relative}(?<${NAME}>${anyOf(names)})(?:,?${SP}${yearPattern(Object.keys(lexicon.eras))})?(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const day = lexicon.holidays[normal(groups[NAME])];
    // a holiday name is a proper name: it is capitalised as printed
    if (!day || !/^\p{Lu}/u.test(groups[NAME] ?? '')) return null;
    const year = yearOf(groups, lexicon);
    const relative = groups[RELATIVE] ? lexicon.relativeWords[normal(groups[RELATIVE])] : undefined;
    const known = day.day === undefined ? { month: day.month } : { month: day.month, day: day.day };
    const point: DatePoint = {
      known: year === null ? known : { ...known, year },
      implied: {},
      ...(day.weekday !== undefined && day.nth !== undefined ? { nthWeekday: { weekday: day.weekday, nth: day.nth } } : {}),
      // 'last Thanksgiving' is the most recent one, 'next Christmas' the coming one
      ...(year === null ? { future: relative ? relative.by > 0 : hasFutureCue(context, match.index) } : {}),
    };
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point }, context, 'holiday');
  },
};
