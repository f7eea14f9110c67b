/**
 * The language-free parts of every grammar: parsers whose words all come from the
 * lexicon, and the shared refiners. Languages pick from these in `lang/<code>/index.ts`.
 */
import type { Grammar, Parser, Refiner } from './grammar.js';
import { century } from './parsers/century.js';
import { clockTime } from './parsers/clock-time.js';
import { comparative } from './parsers/comparative.js';
import { dayMonthYear } from './parsers/day-month-year.js';
import { holiday } from './parsers/holiday.js';
import { decade } from './parsers/decade.js';
import { deictic } from './parsers/deictic.js';
import { demonstrativePeriod } from './parsers/demonstrative-period.js';
import { duration } from './parsers/duration.js';
import { isoDate } from './parsers/iso-date.js';
import { monthDayYear } from './parsers/month-day-year.js';
import { monthYear } from './parsers/month-year.js';
import { numericDate } from './parsers/numeric-date.js';
import { offset } from './parsers/offset.js';
import { quarter } from './parsers/quarter.js';
import { recurrence } from './parsers/recurrence.js';
import { relativePeriod } from './parsers/relative-period.js';
import { season } from './parsers/season.js';
import { spelledYear } from './parsers/spelled-year.js';
import { stretch } from './parsers/stretch.js';
import { weekday } from './parsers/weekday.js';
import { year } from './parsers/year.js';
import { attachClock } from './refiners/attach-clock.js';
import { attachDayPart } from './refiners/attach-day-part.js';
import { attachPeriodPart } from './refiners/attach-period-part.js';
import { dropTitles } from './refiners/drop-titles.js';
import { extendDayRange } from './refiners/extend-day-range.js';
import { mergeGenitiveYear } from './refiners/merge-genitive-year.js';
import { mergeRange } from './refiners/merge-range.js';
import { mergeWeekdayDate } from './refiners/merge-weekday-date.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';

export {
  century, clockTime, comparative, dayMonthYear, decade, deictic, demonstrativePeriod, duration, holiday, isoDate, monthDayYear, monthYear, numericDate,
  offset, quarter, recurrence, relativePeriod, season, spelledYear, stretch, weekday, year,
};

/** Parsers that need no words at all: what a language without a grammar gets. */
export const languageFreeParsers: readonly Parser[] = [isoDate, numericDate, decade, year, clockTime];

/**
 * The shared refiners, in order:
 * 1. titles ('"This Week"') out, then overlaps, so every later step sees one reading per
 *    stretch of text;
 * 2. a year named next to a date ('of this year') and a weekday before its date ('Friday,
 *    Oct. 23') before ranges, which copy years across;
 * 3. day ranges and lists inside one month before ranges between two full dates;
 * 4. clock times, then parts of the day, then parts of periods, widening outwards
 *    ('the end of' + 'the day on' + 'August 1');
 * 5. overlaps again, since widening can reach a neighbour.
 */
export const sharedRefiners: readonly Refiner[] = [
  dropTitles,
  removeOverlaps,
  mergeGenitiveYear,
  mergeWeekdayDate,
  extendDayRange,
  mergeRange,
  attachClock,
  attachDayPart,
  attachPeriodPart,
  removeOverlaps,
];

/** The grammar of a language without its own: language-free parsers and the shared refiners. */
export const fallbackGrammar: Grammar = { parsers: languageFreeParsers, refiners: sharedRefiners };
