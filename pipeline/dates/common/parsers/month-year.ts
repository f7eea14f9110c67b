/**
 * A month with or without its year: 'July 1938', 'Abril 1939', 'June of 1941', 'July'.
 * A month alone must be a full name (not 'Jan.'), and an ambiguous one ('May') needs a
 * year or a cue word ('in May').
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, pointWithYear, yearOf } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, yearPattern, triggerOf } from '../pattern.js';

const MONTH = 'month';

/** Whether a month word is a shortening of a longer name of the same month ('jun', 'sept.'). */
function isAbbreviation(word: string, months: Record<string, number>): boolean {
  const stem = word.replace(/\.$/, '');
  return word.endsWith('.') || Object.keys(months).some((other) => other !== word && months[other] === months[word] && other.startsWith(stem) && other.length > stem.length + 1);
}

/** Parses MONTH [[of] YEAR]. */
export const monthYear: Parser = {
  name: 'month-year',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.months)),
  pattern(lexicon) {
    if (Object.keys(lexicon.months).length === 0) return null;
    const link = lexicon.connectors.genitive.length > 0 ? `(?:${anyOf(lexicon.connectors.genitive)}${SP})?` : '';
    return compile(
      `${WORD_START}(?<${MONTH}>${anyOf(Object.keys(lexicon.months))})(?:[,]?${SP}${link}${yearPattern(Object.keys(lexicon.eras))})?`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const monthWord = groups[MONTH] ?? '';
    const month = context.lexicon.months[normal(monthWord)];
    if (month === undefined) return null;
    const year = yearOf(groups, context.lexicon);
    if (year === null && isAbbreviation(normal(monthWord), context.lexicon.months)) return null;
    if (!ambiguousWordHolds(monthWord, match.index, context, year !== null)) return null;
    const point = pointWithYear({ month }, year, context, match.index);
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point }, context, 'month-year');
  },
};
