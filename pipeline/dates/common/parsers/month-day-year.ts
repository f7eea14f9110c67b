/**
 * Month-first dates: 'July 29', 'September 4, 1938', 'Aug. 7, 1998', 'Agosto 7, 1936',
 * 'August 6 at 16:00' (the clock is attached by a refiner). The year is optional; a
 * missing one is inferred from the narrative.
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, pointWithYear, yearOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, dayPattern, normal, yearPattern, triggerOf } from '../pattern.js';

const MONTH = 'month';
const DAY = 'day';

/** Parses MONTH DAY[,] [YEAR]. */
export const monthDayYear: Parser = {
  name: 'month-day-year',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.months)),
  pattern(lexicon) {
    if (Object.keys(lexicon.months).length === 0) return null;
    const { ordinalPrefixes, ordinalSuffixes } = lexicon.connectors;
    return compile(
      `${WORD_START}(?<${MONTH}>${anyOf(Object.keys(lexicon.months))})${SP0}${dayPattern(DAY, ordinalPrefixes, ordinalSuffixes)}` +
        `(?:(?:${SP0},${SP0}|${SP})${yearPattern(Object.keys(lexicon.eras))})?`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const monthWord = groups[MONTH] ?? '';
    const month = context.lexicon.months[normal(monthWord)];
    if (month === undefined || !ambiguousWordHolds(monthWord, match.index, context, true)) return null;
    const point = pointWithYear({ month, day: Number(groups[DAY]) }, yearOf(groups, context.lexicon), context, match.index);
    return candidate(match.index, match.index + match[0].length, { kind: 'point', point }, context, 'month-day-year');
  },
};
