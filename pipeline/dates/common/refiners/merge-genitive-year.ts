/**
 * Gives a year-less date the year named after it with a genitive link: 'May of this year',
 * 'July 1 of this year', 'the summer of 1938' when parsed apart.
 */
import type { Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';
import { gapIs, pointOfCandidate, widen } from './neighbours.js';

const isYearShift = (candidate: Candidate): boolean =>
  candidate.meaning.kind === 'shift' && 'unit' in candidate.meaning.shift.target && candidate.meaning.shift.target.unit === 'Y';

const isBareYear = (candidate: Candidate): boolean => {
  const point = pointOfCandidate(candidate);
  return point !== null && point.known.year !== undefined && Object.keys(point.known).length === 1;
};

/** Merges POINT-without-year + of + (YEAR | this year). */
export const mergeGenitiveYear: Refiner = {
  name: 'merge-genitive-year',
  refine(candidates, context) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i] as Candidate;
      const next = candidates[i + 1];
      const point = pointOfCandidate(current);
      if (next && point && point.known.year === undefined && point.known.decade === undefined && point.known.century === undefined &&
        (isYearShift(next) || isBareYear(next)) && gapIs(context.text, current, next, context.lexicon.connectors.genitive)) {
        const merged = next.meaning.kind === 'shift'
          ? { ...point, yearShift: next.meaning.shift }
          : { ...point, known: { ...point.known, year: pointOfCandidate(next)?.known.year as number } };
        out.push(widen(current, current.start, next.end, { meaning: { kind: 'point', point: merged } }));
        i++;
      } else {
        out.push(current);
      }
    }
    return out;
  },
};
