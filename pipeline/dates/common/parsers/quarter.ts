/** Quarters of a year: 'the third quarter', 'third-quarter', 'the fourth quarter of 1989' -> EDTF 1989-35. */
import type { Parser } from '../grammar.js';
import { candidate, pointOf, yearOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, normal, yearPattern, triggerOf } from '../pattern.js';

const ORDINAL = 'ordinal';
const YEAR = 'year';
const ERA = 'era';

/** Parses [the] ORDINAL[-]QUARTER [of YEAR]. */
export const quarter: Parser = {
  name: 'quarter',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'Q')),
  pattern(lexicon) {
    const words = Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'Q');
    const ordinals = Object.keys(lexicon.ordinals);
    if (words.length === 0 || ordinals.length === 0) return null;
    const determiner = lexicon.connectors.determiners.length > 0 ? `(?:${anyOf(lexicon.connectors.determiners)}${SP})?` : '';
    const link = lexicon.connectors.genitive.length > 0 ? `(?:${SP}${anyOf(lexicon.connectors.genitive)}${SP}${yearPattern(YEAR, ERA, [])})?` : '';
    return compile(`${WORD_START}${determiner}(?<${ORDINAL}>${anyOf(ordinals)})(?:-|${SP0})${anyOf(words)}${link}`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const value = context.lexicon.ordinals[normal(groups[ORDINAL])];
    if (value === undefined || value < 1 || value > 4) return null;
    const year = yearOf(groups[YEAR], groups[ERA], context.lexicon);
    const known = year === null ? { quarter: value } : { year, quarter: value };
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point: pointOf(known) }, context, 'quarter');
  },
};
