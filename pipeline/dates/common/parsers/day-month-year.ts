/**
 * Day-first dates: '6 August 1938', 'the 20th of August', 'ika-20 ng Agosto',
 * 'ika-7 ng Agosto, 1939'. The link word between day and month ('of', 'ng') comes from
 * the language's `date-connectors.json` (genitive).
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, pointWithYear, yearOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, dayPattern, normal, yearPattern, triggerOf } from '../pattern.js';

const MONTH = 'month';
const DAY = 'day';
const DETERMINER = 'determiner';

/** Parses [the] DAY [of] MONTH [,] [YEAR]. */
export const dayMonthYear: Parser = {
  name: 'day-month-year',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.months)),
  pattern(lexicon) {
    if (Object.keys(lexicon.months).length === 0) return null;
    const { ordinalPrefixes, ordinalSuffixes, genitive, determiners } = lexicon.connectors;
    const link = genitive.length > 0 ? `(?:${SP}${anyOf(genitive)})?` : '';
    const determiner = determiners.length > 0 ? `(?:(?<${DETERMINER}>${anyOf(determiners)})${SP})?` : '';
    return compile(
      `${WORD_START}${determiner}${dayPattern(DAY, ordinalPrefixes, ordinalSuffixes)}${link}${SP}(?<${MONTH}>${anyOf(Object.keys(lexicon.months))})` +
        `(?:(?:${SP0},${SP0}|${SP})${yearPattern(Object.keys(lexicon.eras))})?`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const monthWord = groups[MONTH] ?? '';
    const month = context.lexicon.months[normal(monthWord)];
    if (month === undefined || !ambiguousWordHolds(monthWord, match.index, context, true)) return null;
    // A determiner belongs to ordinal days only ('the 20th of August', not 'the 20 August')
    if (groups[DETERMINER] !== undefined && !hasOrdinalSuffix(match[0], groups[DAY] ?? '', context.lexicon.connectors.ordinalSuffixes)) {
      return null;
    }
    const point = pointWithYear({ month, day: Number(groups[DAY]) }, yearOf(groups, context.lexicon), context, match.index);
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point }, context, 'day-month-year');
  },
};

/** Whether the day digits in a match are followed by an ordinal suffix ('20th'). */
function hasOrdinalSuffix(text: string, day: string, suffixes: readonly string[]): boolean {
  const after = text.slice(text.indexOf(day) + day.length).toLowerCase();
  return suffixes.some((suffix) => after.startsWith(suffix));
}
