/**
 * Day numbers that share a month with a neighbouring date: ranges 'May 28-31, 1938',
 * 'from August 6 to 11', 'ika-20 hanggang ika-23 ng Agosto', and lists
 * 'September 8, 12 and 15'. Separators and openers come from `date-connectors.json`.
 */
import type { Refiner } from '../grammar.js';
import type { DateLexicon } from '../../lexicon.js';
import type { Candidate, DatePoint } from '../../types.js';
import { yearOf } from '../build.js';
import { SP, SP0, anyOf, dayPattern, normal, yearPattern } from '../pattern.js';
import { phraseBefore, pointOfCandidate, widen } from './neighbours.js';

const DAY = 'day';
const YEAR = 'year';
const ERA = 'era';

const isMonthDay = (point: DatePoint | null): point is DatePoint =>
  point !== null && point.known.month !== undefined && point.known.day !== undefined;

function separatorsAfter(text: string, start: number, lexicon: DateLexicon): { separators: string[]; openerStart: number } {
  const { rangeOpeners, rangeSeparators, openersInExtent } = lexicon.connectors;
  const opener = phraseBefore(text, start, Object.keys(rangeOpeners), SP);
  if (opener.start >= 0) {
    return { separators: rangeOpeners[normal(opener.phrase)] ?? [], openerStart: openersInExtent ? opener.start : start };
  }
  return { separators: rangeSeparators, openerStart: start };
}

function withDay(point: DatePoint, day: number, year: number | null): DatePoint {
  return { ...point, known: { ...point.known, day, ...(year === null ? {} : { year }) } };
}

/** Extends month-day candidates over the day numbers next to them. */
export const extendDayRange: Refiner = {
  name: 'extend-day-range',
  refine(candidates, context) {
    const { text, lexicon } = context;
    const { ordinalPrefixes, ordinalSuffixes, listSeparators } = lexicon.connectors;
    const day = dayPattern(DAY, ordinalPrefixes, ordinalSuffixes);
    const year = `(?:${SP0},?${SP0}${yearPattern(YEAR, ERA, Object.keys(lexicon.eras))})?`;
    const lastListSeparators = listSeparators.filter((separator) => separator !== ',');
    return candidates.map((candidate) => {
      const point = pointOfCandidate(candidate);
      if (!isMonthDay(point) || candidate.clock !== null) return candidate;
      const right = text.slice(candidate.end, candidate.end + 48);
      const { separators, openerStart } = separatorsAfter(text, candidate.start, lexicon);
      // a range to a day of the same month: 'May 28-31, 1938', 'from August 6 to 11'
      if (point.known.year === undefined && separators.length > 0) {
        const range = new RegExp(`^${SP0}${anyOf(separators)}${SP0}${day}${year}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'iu').exec(right);
        const last = range ? Number(range.groups?.[DAY]) : 0;
        if (range && last > (point.known.day as number)) {
          const rangeYear = yearOf(range.groups?.[YEAR], range.groups?.[ERA], lexicon);
          const from = rangeYear === null ? point : withDay(point, point.known.day as number, rangeYear);
          return widen(candidate, openerStart, candidate.end + range[0].length, { meaning: { kind: 'range', from, to: withDay(point, last, rangeYear) } });
        }
      }
      // a list of days: 'September 8, 12 and 15'
      if (point.known.year === undefined && lastListSeparators.length > 0) {
        const list = new RegExp(`^((?:${SP0},${SP0}${day.replace(`(?<${DAY}>`, '(')})*)${SP0},?${SP0}${anyOf(lastListSeparators)}${SP}${day}${year}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'iu').exec(right);
        if (list) {
          const listYear = yearOf(list.groups?.[YEAR], list.groups?.[ERA], lexicon);
          const middle = [...(list[1] ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
          const days = [point.known.day as number, ...middle, Number(list.groups?.[DAY])];
          if (days.every((value, index) => index === 0 || value > (days[index - 1] as number))) {
            const items = days.map((value) => withDay(point, value, listYear));
            return widen(candidate, candidate.start, candidate.end + list[0].length, { meaning: { kind: 'list', items } });
          }
        }
      }
      // a range from a day before: 'ika-20 hanggang ika-23 ng Agosto', '6 to 11 August'
      const left = text.slice(Math.max(0, candidate.start - 40), candidate.start);
      const reverse = new RegExp(`(?<![\\p{L}\\p{N}])${day}${SP0}(${anyOf(lexicon.connectors.rangeSeparators)})${SP0}$`, 'iu').exec(left);
      if (reverse) {
        const first = Number(reverse.groups?.[DAY]);
        if (first < (point.known.day as number)) {
          const reverseStart = candidate.start - left.length + reverse.index;
          const opened = separatorsAfter(text, reverseStart, lexicon);
          return widen(candidate, opened.openerStart, candidate.end, { meaning: { kind: 'range', from: withDay(point, first, null), to: point } });
        }
      }
      return candidate;
    });
  },
};
