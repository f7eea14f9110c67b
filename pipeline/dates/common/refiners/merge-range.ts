/**
 * Joins two dates into an interval: 'From 1936 to 1938', '1936–1938', 'July-August 1938',
 * 'Between July 29 and August 9, 1938', 'Hunyo 1 hanggang Hulyo 1', '200 BC - 1413 AD'.
 * An opener ('from', 'between') allows its own separators; without one only the bare
 * separators join. Fields one end states and the other lacks are implied across.
 */
import { perLexicon, type Refiner } from '../grammar.js';
import type { Candidate, DatePoint, Field } from '../../types.js';
import { SP, normal } from '../pattern.js';
import { gapIs, phraseBefore, pointOfCandidate, widen } from './neighbours.js';

const CALENDAR: Field[] = ['year', 'month', 'day'];

/** Fields of `from` that `to` states and `from` lacks (a year), implied on `from`. */
function imply(target: DatePoint, source: DatePoint): DatePoint {
  const implied = { ...target.implied };
  // only coarser fields flow across: 'July 29 and August 9, 1938' gives July 29 its year
  const finest = CALENDAR.findIndex((field) => target.known[field] !== undefined);
  for (const field of CALENDAR.slice(0, finest < 0 ? 0 : finest)) {
    if (target.known[field] === undefined && source.known[field] !== undefined) implied[field] = source.known[field];
  }
  return { ...target, implied };
}

const comparable = (a: DatePoint, b: DatePoint): boolean =>
  (a.known.decade === undefined) === (b.known.decade === undefined) && (a.known.century === undefined) === (b.known.century === undefined);

/** Opener words, and for each opener its separators plus the bare ones, built once per lexicon. */
const openersOf = perLexicon((lexicon) => {
  const { rangeOpeners, rangeSeparators } = lexicon.connectors;
  const separators = new Map(Object.entries(rangeOpeners).map(([opener, own]) => [opener, [...own, ...rangeSeparators]]));
  return { openers: Object.keys(rangeOpeners), separators };
});

/** Merges POINT SEPARATOR POINT into a range candidate. */
export const mergeRange: Refiner = {
  name: 'merge-range',
  refine(candidates, context) {
    const { rangeSeparators, openersInExtent } = context.lexicon.connectors;
    const { openers, separators: openerSeparators } = openersOf(context.lexicon);
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i] as Candidate;
      const next = candidates[i + 1];
      const from = pointOfCandidate(current);
      const to = next ? pointOfCandidate(next) : null;
      if (!next || !from || !to || !comparable(from, to) || current.clock !== null || next.clock !== null) {
        out.push(current);
        continue;
      }
      const opener = phraseBefore(context.text, current.start, openers, SP);
      const separators = opener.start >= 0 ? (openerSeparators.get(normal(opener.phrase)) ?? rangeSeparators) : rangeSeparators;
      if (!gapIs(context.text, current, next, separators)) {
        out.push(current);
        continue;
      }
      const start = opener.start >= 0 && openersInExtent ? opener.start : current.start;
      out.push(widen(current, start, next.end, { meaning: { kind: 'range', from: imply(from, to), to: imply(to, from) }, qualifier: current.qualifier ?? next.qualifier }));
      i++;
    }
    return out;
  },
};
