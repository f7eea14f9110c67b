/**
 * Numeric dates: 08/06/38, 6.8.1938. The language's `date-formats.json` says whether the
 * month or the day comes first. A two-digit year keeps only its last digits: the resolver
 * puts it in the century of the narrative ('08/06/38' in a 1938 text is 1938), never
 * in a fixed pivot window.
 */
import type { Parser } from '../grammar.js';
import { candidate } from '../build.js';
import { compile, DIGIT } from '../pattern.js';

const FIRST = 'first';
const SECOND = 'second';
const YEAR = 'year';

/** Parses `NN/NN/YY(YY)` and `NN.NN.YY(YY)` (the same separator twice). */
export const numericDate: Parser = {
  name: 'numeric-date',
  trigger: () => DIGIT,
  pattern: () =>
    compile(`(?<![\\d/.])(?<${FIRST}>\\d{1,2})(?<sep>[/.])(?<${SECOND}>\\d{1,2})\\k<sep>(?<${YEAR}>\\d{4}|\\d{2})(?![\\d/]|\\.\\d)`),
  extract(match, context) {
    const groups = match.groups ?? {};
    const first = Number(groups[FIRST]);
    const second = Number(groups[SECOND]);
    const [month, day] = context.lexicon.numericOrder === 'dmy' ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const yearText = groups[YEAR] ?? '';
    const point =
      yearText.length === 4
        ? { known: { year: Number(yearText), month, day }, implied: {} }
        : { known: { month, day }, implied: {}, yearDigits: Number(yearText) };
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point }, context, 'numeric-date');
  },
};
