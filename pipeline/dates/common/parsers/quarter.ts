/**
 * Quarters of a year: 'the third quarter', 'third-quarter', 'the fourth quarter of 1989'
 * -> EDTF 1989-35; 'the quarter' of a report is the latest quarter before its date.
 */
import type { Parser } from '../grammar.js';
import { candidate, pointOf, yearOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, normal, yearPattern, triggerOf } from '../pattern.js';

const ORDINAL = 'ordinal';
const THE = 'the';

/** Parses [the] ORDINAL[-]QUARTER [of YEAR], and the QUARTER. */
export const quarter: Parser = {
  name: 'quarter',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'Q')),
  pattern(lexicon) {
    const words = Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'Q');
    const ordinals = Object.keys(lexicon.ordinals);
    if (words.length === 0 || ordinals.length === 0) return null;
    const determiner = lexicon.connectors.determiners.length > 0 ? `(?:${anyOf(lexicon.connectors.determiners)}${SP})?` : '';
    const link = lexicon.connectors.genitive.length > 0 ? `(?:${SP}${anyOf(lexicon.connectors.genitive)}${SP}${yearPattern([])})?` : '';
    const the = lexicon.connectors.determiners.length > 0 ? `|(?<${THE}>${anyOf(lexicon.connectors.determiners)})${SP}${anyOf(words)}(?![\\p{L}\\p{N}])` : '';
    return compile(`${WORD_START}(?:${determiner}(?<${ORDINAL}>${anyOf(ordinals)})(?:-|${SP0})${anyOf(words)}${link}${the})`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    // 'the quarter' of a report is the latest one, the quarter before the document date
    if (groups[THE]) return candidate(match.index, end, { kind: 'shift', shift: { target: { unit: 'Q' }, by: -1, anchor: 'deictic' } }, context, 'quarter');
    const value = context.lexicon.ordinals[normal(groups[ORDINAL])];
    if (value === undefined || value < 1 || value > 4) return null;
    const year = yearOf(groups, context.lexicon);
    const known = year === null ? { quarter: value } : { year, quarter: value };
    return candidate(match.index, end, { kind: 'point', point: pointOf(known) }, context, 'quarter');
  },
};
