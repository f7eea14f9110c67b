/**
 * Joins a date and a clock time: 'August 6 at 16:00', 'August 11 at 12 noon',
 * 'noon on August 11', '10 p.m. Wednesday'. The connectors come from data (`clock`
 * after a date, `dayPart` before one).
 */
import { perLexicon, type Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';
import { gapIs, widen } from './neighbours.js';

const isClock = (candidate: Candidate): boolean => candidate.rule.endsWith('/clock-time');
const isDay = (candidate: Candidate): boolean =>
  (candidate.meaning.kind === 'point' && candidate.meaning.point.known.day !== undefined) ||
  candidate.meaning.kind === 'weekday' ||
  (candidate.meaning.kind === 'day' && !isClock(candidate)) ||
  (candidate.meaning.kind === 'shift' && 'unit' in candidate.meaning.shift.target && candidate.meaning.shift.target.unit === 'D');

/** What may stand between a clock time and the day after it: day-part and clock links ('4 a.m. EDT Thursday'), a comma. */
const beforeDay = perLexicon((lexicon) => [...lexicon.connectors.dayPart, ...lexicon.connectors.clock, ',']);

/** Merges a day and its clock time into one candidate. */
export const attachClock: Refiner = {
  name: 'attach-clock',
  refine(candidates, context) {
    const { clock } = context.lexicon.connectors;
    const links = beforeDay(context.lexicon);
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i] as Candidate;
      const next = candidates[i + 1];
      if (next && isDay(current) && isClock(next) && gapIs(context.text, current, next, clock, true)) {
        out.push(widen(current, current.start, next.end, { clock: next.clock, qualifier: next.qualifier ?? current.qualifier }));
        i++;
      } else if (next && isClock(current) && isDay(next) && gapIs(context.text, current, next, links, true)) {
        out.push(widen(next, current.start, next.end, { clock: current.clock, qualifier: current.qualifier ?? next.qualifier }));
        i++;
      } else {
        out.push(current);
      }
    }
    return out;
  },
};
