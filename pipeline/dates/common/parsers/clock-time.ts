/**
 * Clock times: '16:00', '10 p.m.', '12 noon', 'noon'. The date comes from a neighbouring
 * date (a refiner joins 'August 6 at 16:00') or from the narrative.
 */
import type { Parser } from '../grammar.js';
import { candidate } from '../build.js';
import { SP0, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const HOUR = 'hour';
const MINUTE = 'minute';
const HALF = 'half';
const WORD = 'word';
const NOON = 12 * 60;

/** Parses HH:MM, H[:MM] a.m./p.m., [12] CLOCK-WORD. */
export const clockTime: Parser = {
  name: 'clock-time',
  trigger: (lexicon) => triggerOf(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...Object.keys(lexicon.clockWords)]),
  pattern(lexicon) {
    const words = Object.keys(lexicon.clockWords);
    const named = words.length > 0 ? `|(?:12${SP0})?(?<${WORD}>${anyOf(words)})` : '';
    return compile(
      `${WORD_START}(?:(?<${HOUR}>[01]?\\d|2[0-4])(?:[:.](?<${MINUTE}>[0-5]\\d))?(?:${SP0}(?<${HALF}>a\\.m\\.?|p\\.m\\.?|am(?![\\p{L}])|pm(?![\\p{L}])))|(?<hh>[01]?\\d|2[0-4]):(?<mm>[0-5]\\d)(?![\\d:])${named})`,
    );
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    let minutes: number;
    if (groups[WORD]) {
      const value = context.lexicon.clockWords[normal(groups[WORD])];
      if (value === undefined) return null;
      minutes = value;
    } else if (groups[HALF]) {
      const hour = Number(groups[HOUR]);
      if (hour < 1 || hour > 12) return null;
      const pm = groups[HALF].toLowerCase().startsWith('p');
      minutes = ((hour % 12) + (pm ? 12 : 0)) * 60 + Number(groups[MINUTE] ?? 0);
    } else {
      minutes = Number(groups.hh) * 60 + Number(groups.mm);
    }
    const qualifier = groups[WORD] && minutes === NOON ? 'noon' : null;
    return candidate(match.index, match.index + match[0].length, { kind: 'day', by: 0, anchor: 'anaphoric' }, context, 'clock-time', { clock: minutes, qualifier });
  },
};
