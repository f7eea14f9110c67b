/**
 * Weekdays: 'Friday', 'last Friday', 'Biyernes'. Resolved against the document date: the
 * most recent such day, or the next one when a future cue (`tense-cues.json`) stands
 * earlier in its clause ('will meet Thursday').
 */
import type { Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate, hasFutureCue } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const RELATIVE = 'relative';
const WEEKDAY = 'weekday';
/** Parses [RELATIVE] WEEKDAY. */
export const weekday: Parser = {
  name: 'weekday',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.weekdays)),
  pattern(lexicon) {
    if (Object.keys(lexicon.weekdays).length === 0) return null;
    return compile(`${WORD_START}(?:(?<${RELATIVE}>${anyOf(Object.keys(lexicon.relativeWords))})${SP})?(?<${WEEKDAY}>${anyOf(Object.keys(lexicon.weekdays))})`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const word = groups[WEEKDAY] ?? '';
    const value = context.lexicon.weekdays[normal(word)];
    if (value === undefined) return null;
    const start = match.index + match[0].length - word.length;
    if (!ambiguousWordHolds(word, start, context, Boolean(groups[RELATIVE]))) return null;
    const end = match.index + match[0].length;
    const relative = groups[RELATIVE] ? context.lexicon.relativeWords[normal(groups[RELATIVE])] : undefined;
    if (relative) {
      return candidate(match.index, end, { kind: 'shift', shift: { target: { weekday: value }, by: relative.by, anchor: relative.anchor } }, context, 'weekday');
    }
    const future = hasFutureCue(context, start);
    return candidate(start, end, { kind: 'weekday', weekday: value, future }, context, 'weekday');
  },
};
