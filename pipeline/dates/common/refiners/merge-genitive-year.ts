/**
 * Gives a year-less date the year named next to it: after it with a genitive link ('May of
 * this year', 'July 1 of this year') or none ('June last year'), or before it with a
 * possessive or nothing ('this year's third quarter', 'the 1988 third quarter').
 */
import type { Refiner } from '../grammar.js';
import type { Candidate, DatePoint } from '../../types.js';
import { gapIs, pointOfCandidate, widen } from './neighbours.js';

const isYearShift = (candidate: Candidate): boolean =>
  candidate.meaning.kind === 'shift' && 'unit' in candidate.meaning.shift.target && candidate.meaning.shift.target.unit === 'Y';

const isBareYear = (candidate: Candidate): boolean => {
  const point = pointOfCandidate(candidate);
  return point !== null && point.known.year !== undefined && Object.keys(point.known).length === 1;
};

/** A year-less calendar point, else null. */
function yearless(candidate: Candidate): DatePoint | null {
  const point = pointOfCandidate(candidate);
  if (!point || point.known.year !== undefined || point.known.decade !== undefined || point.known.century !== undefined) return null;
  return point;
}

/** The point with the year that a year candidate (a year or 'this year') gives it. */
function withYear(point: DatePoint, year: Candidate): DatePoint {
  return year.meaning.kind === 'shift'
    ? { ...point, yearShift: year.meaning.shift }
    : { ...point, known: { ...point.known, year: pointOfCandidate(year)?.known.year as number } };
}

const namesYear = (candidate: Candidate): boolean => isYearShift(candidate) || isBareYear(candidate);

/** Merges POINT + of + YEAR, and YEAR + 's + POINT (a quarter or a season after a bare year). */
export const mergeGenitiveYear: Refiner = {
  name: 'merge-genitive-year',
  refine(candidates, context) {
    const { genitive, possessive } = context.lexicon.connectors;
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i] as Candidate;
      const next = candidates[i + 1];
      const point = yearless(current);
      const following = next ? yearless(next) : null;
      // 'May of this year', and without a link 'January this year'
      if (next && point && namesYear(next) && (gapIs(context.text, current, next, genitive) || (isYearShift(next) && gapIs(context.text, current, next, [], true)))) {
        out.push(widen(current, current.start, next.end, { meaning: { kind: 'point', point: withYear(point, next) } }));
        i++;
      } else if (next && following && namesYear(current) &&
        (gapIs(context.text, current, next, possessive) || (isBareYear(current) && (following.known.quarter ?? following.known.season) !== undefined && gapIs(context.text, current, next, [], true)))) {
        out.push(widen(next, current.start, next.end, { meaning: { kind: 'point', point: withYear(following, current) } }));
        i++;
      } else {
        out.push(current);
      }
    }
    return out;
  },
};
