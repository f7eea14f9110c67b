/**
 * Decades: 'the 1930s', '1980s', 'the 1970's' -> EDTF 193X; without their century, which the
 * narrative gives: 'the thirties', "the '30s" (`decade-words.json`), 'dekada 30'.
 */
import { perLexicon, type Parser } from '../grammar.js';
import { candidate, pointOf } from '../build.js';
import type { DatePoint } from '../../types.js';
import { SP, WORD_START, anyOf, compile, normal } from '../pattern.js';

const DECADE = 'decade';
const SHORT = 'short';
const WORD = 'word';
const PREFIXED = 'prefixed';

/** A decade needs a digit, or a decade word. */
const triggers = perLexicon((lexicon) => {
  const words = Object.keys(lexicon.decadeWords);
  return new RegExp(words.length > 0 ? `\\d|${words.join('|')}` : '\\d', 'i');
});

/** Parses [the] NNN0s, the N0s, the DECADE-WORD, PREFIX N0 | PREFIX NNN0. */
export const decade: Parser = {
  name: 'decade',
  trigger: (lexicon) => triggers(lexicon),
  pattern(lexicon) {
    const determiners = lexicon.connectors.determiners;
    const determiner = determiners.length > 0 ? `(?:${anyOf(determiners)}${SP})?` : '';
    const alternatives = [`${determiner}(?<${DECADE}>\\d{3})0['’]?s`];
    // a short decade takes a determiner or a part of a period before it ('the late thirties'):
    // 'in his thirties' is an age
    const parts = Object.keys(lexicon.periodParts).filter((part) => /[\p{L}]$/u.test(part));
    if (determiners.length + parts.length > 0) {
      const words = Object.keys(lexicon.decadeWords);
      const before = [...(determiners.length > 0 ? [`${anyOf(determiners)}${SP}`] : []), ...(parts.length > 0 ? [`(?<=${anyOf(parts)}${SP})`] : [])];
      alternatives.push(`(?:${before.join('|')})(?:['’](?<${SHORT}>\\d)0['’]?s${words.length > 0 ? `|(?<${WORD}>${anyOf(words)})` : ''})`);
    }
    if (lexicon.decadePrefixes.length > 0) alternatives.push(`${anyOf(lexicon.decadePrefixes)}${SP}['’]?(?<${PREFIXED}>\\d{1,3})0`);
    return compile(`${WORD_START}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const end = match.index + match[0].length;
    const prefixed = groups[PREFIXED];
    let point: DatePoint;
    if (groups[DECADE] !== undefined) point = pointOf({ decade: Number(groups[DECADE]) });
    else if (prefixed !== undefined && prefixed.length === 3) point = pointOf({ decade: Number(prefixed) });
    else {
      const digit = groups[SHORT] ?? (prefixed?.length === 1 ? prefixed : undefined) ?? (groups[WORD] ? String(context.lexicon.decadeWords[normal(groups[WORD])] ?? '') : '');
      if (!/^\d$/.test(digit)) return null;
      point = { known: {}, implied: {}, decadeDigit: Number(digit) };
    }
    return candidate(match.index, end, { kind: 'point', point }, context, 'decade');
  },
};
