/**
 * A weekday next to the date it names is one expression, dated by the date: 'Friday,
 * Oct. 23', 'Monday, Oct. 26' (the weekday only confirms the day).
 */
import type { Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';
import { gapIs, pointOfCandidate, widen } from './neighbours.js';

const COMMA = [','];

/** Merges WEEKDAY[,] DATE into the date. */
export const mergeWeekdayDate: Refiner = {
  name: 'merge-weekday-date',
  refine(candidates, context) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i] as Candidate;
      const next = candidates[i + 1];
      const day = next ? pointOfCandidate(next) : null;
      if (next && current.meaning.kind === 'weekday' && day?.known.day !== undefined && gapIs(context.text, current, next, COMMA, true)) {
        out.push(widen(next, current.start, next.end));
        i++;
      } else {
        out.push(current);
      }
    }
    return out;
  },
};
