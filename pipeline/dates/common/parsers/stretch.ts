/**
 * A vague stretch of time after the narrative's last date: 'the following days', 'the first
 * months', 'mga sumunod na araw' (`stretch-words.json`). Where a unit has a plural, only the
 * plural makes a stretch ('the following day' is one day, a relative period).
 */
import { perLexicon, type Parser } from '../grammar.js';
import { candidate } from '../build.js';
import { singularUnits } from '../amount.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const WORD = 'word';
const UNIT = 'unit';

/** A link right after the unit to the event whose stretch it is. */
const eventLinkAfter = perLexicon((lexicon) =>
  lexicon.stretchEventLinks.length > 0 ? new RegExp(`^${SP}${anyOf(lexicon.stretchEventLinks)}${SP}[\\p{L}\\p{N}]`, 'iu') : null,
);

/** Parses STRETCH-WORD UNIT [of EVENT]. */
export const stretch: Parser = {
  name: 'stretch',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.stretchWords)),
  pattern(lexicon) {
    const words = Object.keys(lexicon.stretchWords);
    const units = Object.keys(lexicon.units).filter((word) => lexicon.ambiguous[word] !== 'unit' && lexicon.stretchLengths[lexicon.units[word] as keyof typeof lexicon.stretchLengths] !== undefined);
    if (words.length === 0 || units.length === 0) return null;
    return compile(`${WORD_START}(?<${WORD}>${anyOf(words)})${SP}(?<${UNIT}>${anyOf(units)})(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const lexicon = context.lexicon;
    const word = normal(match.groups?.[UNIT]);
    const unit = lexicon.units[word];
    const from = lexicon.stretchWords[normal(match.groups?.[WORD])];
    const length = unit === undefined ? undefined : lexicon.stretchLengths[unit];
    if (unit === undefined || from === undefined || length === undefined || singularUnits(lexicon).has(word)) return null;
    // 'the first days of the conflict': the stretch is an event's, not the narrative date's
    const end = match.index + match[0].length;
    const event = eventLinkAfter(lexicon)?.test(context.text.slice(end, end + 40)) ?? false;
    return candidate(match.index, end, { kind: 'stretch', unit, from, length, event }, context, 'stretch');
  },
};
