/**
 * Weekdays: 'Friday', 'last Friday', 'Biyernes'. Resolved against the document date: the
 * most recent such day, or the next one when a future cue (`tense-cues.json`) stands
 * earlier in the sentence ('will meet Thursday').
 */
import { perLexicon, type Parser } from '../grammar.js';
import { ambiguousWordHolds, candidate } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const RELATIVE = 'relative';
const WEEKDAY = 'weekday';
const SENTENCE_WINDOW = 160;

const cuePattern = perLexicon((lexicon) => (lexicon.futureCues.length > 0 ? new RegExp(`(?<![\\p{L}])${anyOf(lexicon.futureCues)}`, 'u') : null));

/** Whether the sentence around an index has a future cue ('will meet Thursday', 'Thursday's scheduled vote'). */
function hasFutureCue(text: string, start: number, end: number, cues: RegExp | null): boolean {
  if (!cues) return false;
  const left = text.slice(Math.max(0, start - SENTENCE_WINDOW), start);
  const right = text.slice(end, end + SENTENCE_WINDOW);
  const sentenceStart = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n')) + 1;
  const stops = [right.indexOf('. '), right.indexOf('\n')].filter((index) => index >= 0);
  const sentence = `${left.slice(sentenceStart)} ${right.slice(0, stops.length > 0 ? Math.min(...stops) : right.length)}`.toLowerCase();
  return cues.test(sentence);
}

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
    const future = hasFutureCue(context.text, start, end, cuePattern(context.lexicon));
    return candidate(start, end, { kind: 'weekday', weekday: value, future }, context, 'weekday');
  },
};
