/**
 * The Tagalog date grammar. Every parser reads its words from `pipeline/lang/tgl/`
 * ('ika-7 ng Agosto', 'kalagitnaan ng Mayo', '77 taon na ang lumipas'); the order settles
 * ties between equally long readings (earlier wins).
 */
import type { Grammar } from '../../common/grammar.js';
import {
  century, clockTime, dayMonthYear, decade, deictic, demonstrativePeriod, duration, holiday, isoDate, monthDayYear, monthYear, numericDate,
  offset, recurrence, relativePeriod, season, sharedRefiners, stretch, weekday, year,
} from '../../common/index.js';

/**
 * Tagalog: day-first ('ika-20 ng Agosto') before month-first, since an ordinal day can
 * end a month-first match; offsets ('77 taon na ang nakararaan') before bare durations.
 * Business quarters are left out: Tagalog prose names them in English.
 */
export const tagalogGrammar: Grammar = {
  parsers: [
    isoDate, numericDate, dayMonthYear, monthDayYear, monthYear, holiday, season, decade, century, year,
    offset, duration, recurrence, relativePeriod, demonstrativePeriod, stretch, weekday, deictic, clockTime,
  ],
  refiners: sharedRefiners,
};
