/** Decades: 'the 1930s', '1980s', 'the 1970's' -> EDTF 193X. */
import type { Parser } from '../grammar.js';
import { candidate, pointOf } from '../build.js';
import { SP, WORD_START, anyOf, compile, DIGIT } from '../pattern.js';

const DECADE = 'decade';

/** Parses [the] NNN0s. */
export const decade: Parser = {
  name: 'decade',
  trigger: () => DIGIT,
  pattern(lexicon) {
    const determiner = lexicon.connectors.determiners.length > 0 ? `(?:${anyOf(lexicon.connectors.determiners)}${SP})?` : '';
    return compile(`${WORD_START}${determiner}(?<${DECADE}>\\d{3})0['’]?s(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const value = Number(match.groups?.[DECADE]);
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point: pointOf({ decade: value }) }, context, 'decade');
  },
};
