/**
 * A year on its own: 'in 1939', 'until 1938', '200 BC', '1413 AD'. A four-digit number is
 * a year after a cue word ('in 1939', `ambiguous.json`) or before a word that may follow
 * a year (`year-followers.json`); otherwise a number followed by a noun is a count
 * ('1592 air bombs', '1003 sorties'), and so is the head of an item in a tally of counts
 * ('95 - the Order of Lenin; 1985 - the Order of the Red Banner').
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, pointOf, wordAfter, wordBefore, yearOf } from '../build.js';
import { ERA, WORD_START, compile, normal, yearPattern, DIGIT } from '../pattern.js';

/** How far back the previous item of a tally is looked for. */
const TALLY_WINDOW = 160;

/**
 * Whether a number heads an item of a tally ('95 - awarded the Order of Lenin; 1985 - Order
 * of the Red Banner; 4 thousand - the Order of the Red Star'): it stands before a dash and a
 * word, and a neighbouring item, set off by semicolons, is headed by a count that is no year.
 */
function headsTallyItem(text: string, start: number, end: number): boolean {
  if (!/^[\s\u00a0]{1,3}[-–—][\s\u00a0]{1,3}\p{L}/u.test(text.slice(end, end + 8))) return false;
  const countHead = /^[\s\u00a0]*(?!\d{4}\b)\d[\d,.]*(?:[\s\u00a0]+\p{Ll}+)?[\s\u00a0]{1,3}[-–—][\s\u00a0]/u;
  // items stay inside their sentence: a full stop before a space ends them, one in '2.5' does not
  const previous = /;((?:[^;.]|\.(?!\s))*);[\s\u00a0]*$/.exec(text.slice(Math.max(0, start - TALLY_WINDOW), start));
  const next = /^(?:[^;.]|\.(?!\s))*;((?:[^;.]|\.(?!\s))*)/.exec(text.slice(end, end + TALLY_WINDOW));
  return (previous !== null && countHead.test(previous[1] ?? '')) || (next !== null && countHead.test(next[1] ?? ''));
}
const FIRST_YEAR = 1000;
const LAST_YEAR = 2100;

/** Parses a bare year, with an optional era marker. */
export const year: Parser = {
  name: 'year',
  trigger: () => DIGIT,
  pattern: (lexicon) => compile(`${WORD_START}${yearPattern(Object.keys(lexicon.eras))}(?![\\p{L}\\p{N}]|[.,]\\d|%)`),
  extract(match, context) {
    const groups = match.groups ?? {};
    const value = yearOf(groups, context.lexicon);
    if (value === null) return null;
    const end = match.index + match[0].length;
    if (!groups[ERA]) {
      if (value < FIRST_YEAR || value >= LAST_YEAR) return null;
      const next = wordAfter(context.text, end);
      // the second year of a span ('1939-1948 author …') is a year whatever follows
      const closesSpan = /\d{4}[\s\u00a0]{0,3}[-–][\s\u00a0]{0,3}$/.test(context.text.slice(Math.max(0, match.index - 12), match.index));
      // a capitalised word starts a new phrase (a title, a sentence); a lower-case one must be a function word
      // after a cue word ('of 1938 went on', 'noong 1937') it is a year whatever follows
      const cued = context.lexicon.ambiguous.year !== undefined && ambiguousWordHolds('year', match.index, context, false);
      // 'the 1959 trade embargo', "the company's 1989 results": a year modifying a singular noun
      const before = wordBefore(context.text, match.index);
      const determined = (context.lexicon.yearDeterminers.has(before) || /['’]s$/.test(before)) && !/[^s]s$/i.test(next);
      if (!closesSpan && !cued && !determined && next !== '' && !/^\p{Lu}/u.test(next) && !/^\d/.test(next) && !context.lexicon.yearFollowers.has(normal(next))) return null;
      if (/^\s{0,3}(?:[-–]\s{0,3})?(?:kg|km|m|mm|cm|t|%)\b/iu.test(context.text.slice(end, end + 8))) return null;
      if (!cued && headsTallyItem(context.text, match.index, end)) return null;
    }
    return candidate(match.index, end, { kind: 'point', point: pointOf({ year: value }) }, context, 'year');
  },
};
