/**
 * Day numbers that share a month with a neighbouring date: ranges 'May 28-31, 1938',
 * 'from August 6 to 11', 'from 6 to 11 August 1938', 'ika-20 hanggang ika-23 ng Agosto', and lists
 * 'September 8, 12 and 15'. Separators and openers come from `date-connectors.json`.
 */
import { perLexicon, type Refiner } from '../grammar.js';
import type { DateLexicon } from '../../lexicon.js';
import type { DatePoint } from '../../types.js';
import { yearOf } from '../build.js';
import { SP, SP0, anyOf, dayPattern, normal, yearPattern } from '../pattern.js';
import { phraseBefore, pointOfCandidate, widen } from './neighbours.js';

const DAY = 'day';

const isMonthDay = (point: DatePoint | null): point is DatePoint =>
  point !== null && point.known.month !== undefined && point.known.day !== undefined;

/** The patterns of this refiner, built once per lexicon. */
const patternsOf = perLexicon((lexicon) => {
  const { ordinalPrefixes, ordinalSuffixes, listSeparators, rangeOpeners, rangeSeparators } = lexicon.connectors;
  const day = dayPattern(DAY, ordinalPrefixes, ordinalSuffixes);
  const year = `(?:${SP0},?${SP0}${yearPattern(Object.keys(lexicon.eras))})?`;
  const end = '(?![\\p{L}\\p{N}]|[.,]\\d)';
  // a day followed by its own month ends a range of two dates ('from 6 August to 11 August'), not of days
  const ownMonth = `(?!${SP}${anyOf(Object.keys(lexicon.months))})`;
  const rangeTo = (separators: readonly string[]): RegExp => new RegExp(`^${SP0}${anyOf(separators)}${SP0}${day}${year}${end}${ownMonth}`, 'iu');
  const lastListSeparators = listSeparators.filter((separator) => separator !== ',');
  return {
    openers: Object.keys(rangeOpeners),
    /** After an opener: its own separators; without one: the bare separators. */
    rangeAfterOpener: new Map(Object.entries(rangeOpeners).map(([opener, separators]) => [opener, rangeTo(separators)])),
    rangeBare: rangeSeparators.length > 0 ? rangeTo(rangeSeparators) : null,
    list: lastListSeparators.length > 0
      ? new RegExp(`^((?:${SP0},${SP0}${day.replace(`(?<${DAY}>`, '(')})*)${SP0},?${SP0}${anyOf(lastListSeparators)}${SP}${day}${year}${end}`, 'iu')
      : null,
    reverse: rangeSeparators.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])${day}${SP0}(${anyOf(rangeSeparators)})${SP0}$`, 'iu') : null,
    /** A day after an opener, before its separator: 'from 6 to' (11 August), 'between 6 and'. */
    reverseOpened: Object.entries(rangeOpeners).map(
      ([opener, separators]) => new RegExp(`(?<![\\p{L}\\p{N}])${anyOf([opener])}${SP}${day}${SP0}${anyOf(separators)}${SP0}$`, 'iu'),
    ),
  };
});

/** The range pattern that applies after a date at `start` (an opener before it picks its own separators), and where the extent starts. */
function rangeAfter(text: string, start: number, lexicon: DateLexicon): { pattern: RegExp | null; openerStart: number } {
  const patterns = patternsOf(lexicon);
  const opener = phraseBefore(text, start, patterns.openers, SP);
  if (opener.start >= 0) {
    return { pattern: patterns.rangeAfterOpener.get(normal(opener.phrase)) ?? null, openerStart: lexicon.connectors.openersInExtent ? opener.start : start };
  }
  return { pattern: patterns.rangeBare, openerStart: start };
}

function withDay(point: DatePoint, day: number, year: number | null): DatePoint {
  return { ...point, known: { ...point.known, day, ...(year === null ? {} : { year }) } };
}

/** Extends month-day candidates over the day numbers next to them. */
export const extendDayRange: Refiner = {
  name: 'extend-day-range',
  refine(candidates, context) {
    const { text, lexicon } = context;
    const patterns = patternsOf(lexicon);
    return candidates.map((candidate) => {
      const point = pointOfCandidate(candidate);
      if (!isMonthDay(point) || candidate.clock !== null) return candidate;
      const right = text.slice(candidate.end, candidate.end + 48);
      const first = point.known.day as number;
      if (point.known.year === undefined) {
        // a range to a day of the same month: 'May 28-31, 1938', 'from August 6 to 11'
        const { pattern, openerStart } = rangeAfter(text, candidate.start, lexicon);
        const range = pattern?.exec(right) ?? null;
        const last = range ? Number(range.groups?.[DAY]) : 0;
        if (range && last > first) {
          const rangeYear = yearOf(range.groups ?? {}, lexicon);
          const from = rangeYear === null ? point : withDay(point, first, rangeYear);
          return widen(candidate, openerStart, candidate.end + range[0].length, { meaning: { kind: 'range', from, to: withDay(point, last, rangeYear) } });
        }
        // a list of days: 'September 8, 12 and 15'
        const list = patterns.list?.exec(right) ?? null;
        if (list) {
          const listYear = yearOf(list.groups ?? {}, lexicon);
          const middle = [...(list[1] ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
          const days = [first, ...middle, Number(list.groups?.[DAY])];
          if (days.every((value, index) => index === 0 || value > (days[index - 1] as number))) {
            const items = days.map((value) => withDay(point, value, listYear));
            return widen(candidate, candidate.start, candidate.end + list[0].length, { meaning: { kind: 'list', items } });
          }
        }
      }
      // a range from a day before: 'ika-20 hanggang ika-23 ng Agosto', '6 to 11 August'
      const left = text.slice(Math.max(0, candidate.start - 40), candidate.start);
      const reverse = patterns.reverse?.exec(left) ?? null;
      if (reverse) {
        const before = Number(reverse.groups?.[DAY]);
        if (before < first) {
          const reverseStart = candidate.start - left.length + reverse.index;
          const opened = rangeAfter(text, reverseStart, lexicon);
          return widen(candidate, opened.openerStart, candidate.end, { meaning: { kind: 'range', from: withDay(point, before, null), to: point } });
        }
      }
      for (const pattern of patterns.reverseOpened) {
        const opened = pattern.exec(left);
        const before = opened ? Number(opened.groups?.[DAY]) : 0;
        if (!opened || before >= first) continue;
        const openerStart = candidate.start - left.length + opened.index;
        const start = lexicon.connectors.openersInExtent ? openerStart : openerStart + (/^\S+\s+/u.exec(opened[0])?.[0].length ?? 0);
        return widen(candidate, start, candidate.end, { meaning: { kind: 'range', from: withDay(point, before, null), to: point } });
      }
      return candidate;
    });
  },
};
