/**
 * Attaches a part of a period to the period after it: 'the end of December 1931',
 * 'early autumn of 1931', 'the late 1930s', 'kalagitnaan ng Mayo',
 * 'unang bahagi ng taglagas ng 1931' (`period-parts.json`). The part becomes the qualifier.
 */
import { perLexicon, type Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';
import { normal } from '../pattern.js';
import { phraseBefore, widen } from './neighbours.js';

const takesPart = (candidate: Candidate): boolean =>
  candidate.meaning.kind === 'point' || candidate.meaning.kind === 'shift' || candidate.meaning.kind === 'range' || candidate.meaning.kind === 'day';

const partsOf = perLexicon((lexicon) => Object.keys(lexicon.periodParts));

/** Widens period candidates over the part named before them. */
export const attachPeriodPart: Refiner = {
  name: 'attach-period-part',
  refine(candidates, context) {
    const parts = partsOf(context.lexicon);
    return candidates.map((candidate) => {
      if (!takesPart(candidate)) return candidate;
      const found = phraseBefore(context.text, candidate.start, parts);
      if (found.start < 0) return candidate;
      const part = context.lexicon.periodParts[normal(found.phrase)] ?? 'none';
      return widen(candidate, found.start, candidate.end, { qualifier: part === 'none' ? candidate.qualifier : part });
    });
  },
};
