/**
 * Words for the time of writing: 'today', 'yesterday', 'now', 'recently', 'over the weekend',
 * 'the year', 'kahapon', 'ngayon'. A period followed by a word of `period-enders.json` ('the
 * year ended Sept. 30') is a span of one unit, a duration.
 */
import type { Parser } from '../grammar.js';
import type { Meaning, Unit } from '../../types.js';
import { candidate, endsPeriod, wordAfter } from '../build.js';
import { WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const WORD = 'word';

function meaningOf(value: string): { meaning: Meaning; qualifier: string | null } | null {
  if (value === 'PRESENT_REF' || value === 'PAST_REF' || value === 'FUTURE_REF') return { meaning: { kind: 'reference', value }, qualifier: null };
  const unit = /^(deictic|anaphoric):(D|W|WE|M|Q|Y):([+-]?\d)(?::(\w+))?$/.exec(value);
  if (unit) {
    const shift = { target: { unit: unit[2] as Unit }, by: Number(unit[3]), anchor: unit[1] as 'deictic' | 'anaphoric' };
    return { meaning: { kind: 'shift', shift }, qualifier: unit[4] ?? null };
  }
  const match = /^(day|anaphoric-day):([+-]?\d)(?::(\w+))?$/.exec(value);
  if (!match) return null;
  return {
    meaning: { kind: 'day', by: Number(match[2]), anchor: match[1] === 'day' ? 'deictic' : 'anaphoric' },
    qualifier: match[3] ?? null,
  };
}

/** Parses the words of `deictic.json`. */
export const deictic: Parser = {
  name: 'deictic',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.deictic)),
  pattern: (lexicon) => (Object.keys(lexicon.deictic).length === 0 ? null : compile(`${WORD_START}(?<${WORD}>${anyOf(Object.keys(lexicon.deictic))})`)),
  extract(match, context) {
    const value = context.lexicon.deictic[normal(match.groups?.[WORD])];
    const read = value ? meaningOf(value) : null;
    if (!read) return null;
    // 'Now, he says, …' opens a sentence as a discourse marker, not a time
    const end = match.index + match[0].length;
    if (value === 'PRESENT_REF' && /^\p{Lu}/u.test(match[0]) && context.text[end] === ',') return null;
    if (read.meaning.kind === 'shift' && 'unit' in read.meaning.shift.target) {
      const next = wordAfter(context.text, end);
      // 'the year 2000', 'the year two thousand': the number names the year
      if (/^\d/.test(next) || normal(next) in context.lexicon.numbers) return null;
      // 'the year ended Sept. 30': one unit's span up to a date
      if (endsPeriod(context, end)) {
        return candidate(match.index, end, { kind: 'duration', amount: { value: 1, unit: read.meaning.shift.target.unit } }, context, 'deictic');
      }
    }
    return candidate(match.index, end, read.meaning, context, 'deictic', { qualifier: read.qualifier });
  },
};
