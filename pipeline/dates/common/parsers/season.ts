/**
 * Seasons: 'the summer of 1938', 'summer 1938', 'taglagas ng 1938', 'this summer',
 * 'susunod na tag-init', 'tag-init'. A season word that is also an ordinary word ('fall',
 * 'spring') needs a year, a relative word, or a determiner and a cue ('the spring of that year').
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, pointOf, yearOf } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, yearPattern, triggerOf } from '../pattern.js';

const RELATIVE = 'relative';
const SEASON = 'season';

/** Parses [the|RELATIVE] SEASON [[of] YEAR]. */
export const season: Parser = {
  name: 'season',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.seasons)),
  pattern(lexicon) {
    if (Object.keys(lexicon.seasons).length === 0) return null;
    const { determiners, genitive } = lexicon.connectors;
    const opener = `(?:(?<${RELATIVE}>${anyOf(Object.keys(lexicon.relativeWords))})${SP}|${anyOf(determiners)}${SP})?`;
    const link = genitive.length > 0 ? `(?:${anyOf(genitive)}${SP})?` : '';
    return compile(`${WORD_START}${opener}(?<${SEASON}>${anyOf(Object.keys(lexicon.seasons))})(?:${SP}${link}${yearPattern(Object.keys(lexicon.eras))})?`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const seasonWord = normal(groups[SEASON]);
    const value = lexicon.seasons[seasonWord];
    if (value === undefined) return null;
    const year = yearOf(groups, lexicon);
    const relative = groups[RELATIVE] ? lexicon.relativeWords[normal(groups[RELATIVE])] : undefined;
    const end = match.index + match[0].length;
    // 'spring' alone is a season only after a determiner and where a cue settles it ('the spring
    // of that year'; 'to fall' is a verb); without a year the match ends with the season word
    const word = groups[SEASON] ?? '';
    const determined = match[0].length > word.length;
    if (lexicon.ambiguous[seasonWord] === 'season' && year === null && !relative && !(determined && ambiguousWordHolds(word, end - word.length, context, false))) return null;
    if (relative && year === null) {
      return candidate(match.index, end, { kind: 'shift', shift: { target: { season: value }, by: relative.by, anchor: relative.anchor } }, context, 'season');
    }
    // 'the' without a year is left out of the extent only when a relative word was matched instead
    const known = year === null ? { season: value } : { year, season: value };
    return candidate(match.index, end, { kind: 'point', point: pointOf(known) }, context, 'season');
  },
};
