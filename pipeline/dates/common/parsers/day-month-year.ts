/**
 * Day-first dates: '6 August 1938', 'the 20th of August', 'ika-20 ng Agosto',
 * 'ika-7 ng Agosto, 1939'. The link word between day and month ('of', 'ng') comes from
 * the language's `date-connectors.json` (genitive).
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, hasFutureCue, pointOf, yearOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, dayPattern, normal, yearPattern, triggerOf } from '../pattern.js';

const MONTH = 'month';
const DAY = 'day';
const YEAR = 'year';
const ERA = 'era';

/** Parses [the] DAY [of] MONTH [,] [YEAR]. */
export const dayMonthYear: Parser = {
  name: 'day-month-year',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.months)),
  pattern(lexicon) {
    if (Object.keys(lexicon.months).length === 0) return null;
    const { ordinalPrefixes, ordinalSuffixes, genitive } = lexicon.connectors;
    const link = genitive.length > 0 ? `(?:${SP}${anyOf(genitive)})?` : '';
    return compile(
      `${WORD_START}(?:the${SP})?${dayPattern(DAY, ordinalPrefixes, ordinalSuffixes)}${link}${SP}(?<${MONTH}>${anyOf(Object.keys(lexicon.months))})` +
        `(?:(?:${SP0},${SP0}|${SP})${yearPattern(YEAR, ERA, Object.keys(lexicon.eras))})?`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const monthWord = groups[MONTH] ?? '';
    const month = context.lexicon.months[normal(monthWord)];
    if (month === undefined || !ambiguousWordHolds(monthWord, match.index, context, true)) return null;
    const start = match.index;
    // 'the' belongs to English ordinal days only ('the 20th of August'); drop it otherwise
    if (/^the\s/i.test(match[0]) && !/\d(?:st|nd|rd|th)/i.test(match[0])) return null;
    const year = yearOf(groups[YEAR], groups[ERA], context.lexicon);
    const day = Number(groups[DAY]);
    const known = year === null ? { month, day } : { year, month, day };
    const end = match.index + match[0].length;
    const point = year === null ? { ...pointOf(known), future: hasFutureCue(context, start) } : pointOf(known);
    return candidate(start, end, { kind: 'point', point }, context, 'day-month-year');
  },
};
