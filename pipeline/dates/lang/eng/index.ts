/**
 * The English date grammar. Every parser reads its words from `pipeline/lang/eng/`; the
 * order settles ties between equally long readings (earlier wins).
 */
import type { Grammar } from '../../common/grammar.js';
import {
  century, clockTime, comparative, dayMonthYear, decade, deictic, duration, holiday, isoDate, monthDayYear, monthYear, numericDate,
  offset, quarter, recurrence, relativePeriod, season, sharedRefiners, spelledYear, stretch, weekday, year,
} from '../../common/index.js';

/** English: full dates before partial ones, offsets ('three days later') before bare durations. */
export const englishGrammar: Grammar = {
  parsers: [
    isoDate, numericDate, monthDayYear, dayMonthYear, monthYear, holiday, quarter, season, decade, century, year, spelledYear,
    offset, comparative, duration, recurrence, relativePeriod, stretch, weekday, deictic, clockTime,
  ],
  refiners: sharedRefiners,
};
