/**
 * Compound adjectives that compare with a period a unit earlier: 'year-earlier',
 * 'the year-ago quarter', 'the year-earlier period' (`comparatives.json`). They count back
 * from the period the narrative is about, like 'a year earlier'.
 */
import type { Parser } from '../grammar.js';
import { candidate } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const WORD = 'word';

/** Parses [the] COMPARATIVE [NOUN]. */
export const comparative: Parser = {
  name: 'comparative',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.comparatives)),
  pattern(lexicon) {
    const words = Object.keys(lexicon.comparatives);
    if (words.length === 0) return null;
    const determiner = lexicon.connectors.determiners.length > 0 ? `(?:${anyOf(lexicon.connectors.determiners)}${SP})?` : '';
    const noun = lexicon.comparativeNouns.length > 0 ? `(?:${SP}${anyOf(lexicon.comparativeNouns)})?` : '';
    return compile(`${WORD_START}${determiner}(?<${WORD}>${anyOf(words)})${noun}(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const found = context.lexicon.comparatives[normal(match.groups?.[WORD])];
    if (!found) return null;
    const meaning = { kind: 'offset' as const, amount: { value: Math.abs(found.amount), unit: found.unit }, direction: found.amount < 0 ? (-1 as const) : (1 as const), anchor: 'anaphoric' as const, vague: false, event: false };
    return candidate(match.index, match.index + match[0].length, meaning, context, 'comparative');
  },
};
