/**
 * A unit, part of a day or month shifted by a relative word: 'this year', 'last week',
 * 'the same day', 'the next morning', 'last April', 'parehong taon', 'susunod na araw'.
 * Units that are also ordinary words ('oras', time/hour) are left out.
 */
import type { Parser } from '../grammar.js';
import type { ShiftTarget } from '../../types.js';
import { candidate, endsPeriod } from '../build.js';
import { pluralUnits } from '../amount.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const RELATIVE = 'relative';
const PERIOD = 'period';

/** Parses RELATIVE (UNIT | DAY-PART | MONTH). */
export const relativePeriod: Parser = {
  name: 'relative-period',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.relativeWords)),
  pattern(lexicon) {
    const relatives = Object.keys(lexicon.relativeWords);
    if (relatives.length === 0) return null;
    const units = Object.keys(lexicon.units).filter((word) => lexicon.ambiguous[word] !== 'unit');
    const dayParts = Object.keys(lexicon.dayParts).filter((word) => !/\s/.test(word));
    const months = Object.keys(lexicon.months).filter((word) => !word.endsWith('.'));
    return compile(`${WORD_START}(?<${RELATIVE}>${anyOf(relatives)})${SP}(?<${PERIOD}>${anyOf([...units, ...dayParts, ...months])})`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const relative = lexicon.relativeWords[normal(groups[RELATIVE])];
    const word = normal(groups[PERIOD]);
    if (!relative) return null;
    let target: ShiftTarget;
    let qualifier: string | null = null;
    const unit = lexicon.units[word];
    if (unit !== undefined) {
      // a plural unit ('the following days') is a stretch of time, not one period
      if (pluralUnits(lexicon).has(word)) return null;
      // 'the fiscal year ended Sept. 30': one unit's span up to a date
      if (relative.by === 0 && endsPeriod(context, match.index + match[0].length)) {
        return candidate(match.index, match.index + match[0].length, { kind: 'duration', amount: { value: 1, unit } }, context, 'relative-period');
      }
      target = { unit };
    } else if (word in lexicon.dayParts) {
      target = { unit: 'D' };
      const part = lexicon.dayParts[word] ?? 'none';
      qualifier = part === 'none' ? null : part;
    } else if (word in lexicon.months) {
      if (!/^\p{Lu}/u.test(groups[PERIOD] ?? '')) return null;
      target = { month: lexicon.months[word] as number };
    } else {
      return null;
    }
    return candidate(match.index, match.index + match[0].length, { kind: 'shift', shift: { target, by: relative.by, anchor: relative.anchor } }, context, 'relative-period', { qualifier });
  },
};
