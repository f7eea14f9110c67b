/**
 * Attaches a part of the day to its date: 'the evening of July 31', 'umaga ng Hulyo 5',
 * 'madaling araw noong Agosto 20' (before, with a `dayPart` connector) and 'Friday
 * morning' (right after). The part becomes the qualifier; a clock word gives the time.
 */
import { perLexicon, type Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';
import { SP, anyOf, normal } from '../pattern.js';
import { widen } from './neighbours.js';

const takesPart = (candidate: Candidate): boolean =>
  (candidate.meaning.kind === 'point' && candidate.meaning.point.known.day !== undefined) ||
  candidate.meaning.kind === 'weekday' ||
  candidate.meaning.kind === 'day';

const patternsOf = perLexicon((lexicon) => {
  const { dayParts, connectors } = lexicon;
  const parts = Object.keys(dayParts);
  if (parts.length === 0) return null;
  const determiners = connectors.determiners.length > 0 ? `(?:${anyOf(connectors.determiners)}${SP})?` : '';
  const single = parts.filter((part) => !/\s/.test(part) && dayParts[part] !== 'none');
  return {
    before: connectors.dayPart.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])${determiners}(${anyOf(parts)})${SP}${anyOf(connectors.dayPart)}${SP}$`, 'iu') : null,
    after: single.length > 0 ? new RegExp(`^${SP}(${anyOf(single)})(?![\\p{L}\\p{N}])`, 'iu') : null,
  };
});

/** Widens day candidates over the part of the day named next to them. */
export const attachDayPart: Refiner = {
  name: 'attach-day-part',
  refine(candidates, context) {
    const patterns = patternsOf(context.lexicon);
    if (!patterns) return candidates;
    const { dayParts, clockWords } = context.lexicon;
    return candidates.map((candidate) => {
      if (!takesPart(candidate) || candidate.qualifier !== null) return candidate;
      const window = context.text.slice(Math.max(0, candidate.start - 48), candidate.start);
      const left = patterns.before?.exec(window) ?? null;
      if (left) {
        const word = normal(left[1]);
        const part = dayParts[word] ?? 'none';
        const clock = clockWords[word] ?? candidate.clock;
        return widen(candidate, candidate.start - window.length + left.index, candidate.end, { qualifier: part === 'none' ? null : part, clock });
      }
      const right = patterns.after?.exec(context.text.slice(candidate.end, candidate.end + 24)) ?? null;
      if (right) {
        const word = normal(right[1]);
        return widen(candidate, candidate.start, candidate.end + right[0].length, { qualifier: dayParts[word] ?? null, clock: clockWords[word] ?? candidate.clock });
      }
      return candidate;
    });
  },
};
