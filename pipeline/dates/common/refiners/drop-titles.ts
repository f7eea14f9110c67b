/**
 * Drops the date words of titles: a unit word ('week', 'minutes') is written lower case in
 * running text, so one capitalised after the first word of an expression marks a title
 * ('ABC's "This Week"', 'CBS's "60 Minutes"'). Centuries ('the 20th Century'), named days ('Thanksgiving Day') and unit words
 * that also name a weekday or a month ('Linggo', Sunday) are left alone.
 */
import { perLexicon, type Refiner } from '../grammar.js';

/** Lower-case unit words that name nothing else; centuries and decades are often capitalised ('the 20th Century'). */
const plainUnits = perLexicon(
  (lexicon) =>
    new Set(Object.keys(lexicon.units).filter((word) => !(word in lexicon.weekdays) && !(word in lexicon.months) && lexicon.units[word] !== 'CE' && lexicon.units[word] !== 'DE')),
);

const WORDS = /[\p{L}\p{N}]+/gu;

function holidayIn(text: string, holidays: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(holidays).some((name) => text.includes(name));
}

/** Drops candidates with a capitalised unit word after their first word. */
export const dropTitles: Refiner = {
  name: 'drop-titles',
  refine(candidates, context) {
    const units = plainUnits(context.lexicon);
    return candidates.filter((candidate) => {
      const text = context.text.slice(candidate.start, candidate.end);
      const words = text.match(WORDS) ?? [];
      const titled = words.slice(1).some((word) => /^\p{Lu}/u.test(word) && units.has(word.toLowerCase()));
      return !titled || holidayIn(text.toLowerCase(), context.lexicon.holidays);
    });
  },
};
