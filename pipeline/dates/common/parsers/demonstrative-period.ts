/**
 * A unit shifted by a demonstrative after it and its linker, with a cue word before it:
 * 'sa taong ito' (this year), 'noong araw na iyon' (that day) (`demonstratives.json`). The
 * cue is outside the extent. A unit whose linked form is also another word ('taong', person)
 * counts only at the start of a clause or after a month or season it gives the year of
 * ('tagsibol ng taong iyon'): 'ibinigay sa taong ito' is 'given to this person'.
 */
import { perLexicon, type Parser } from '../grammar.js';
import type { DateLexicon } from '../../lexicon.js';
import { candidate, wordBefore } from '../build.js';
import { SP, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const UNIT = 'unit';
const LINKED = 'linked';
const WORD = 'word';
const PERIOD = 'period';

const unitsOf = (lexicon: DateLexicon): string[] => Object.keys(lexicon.units).filter((word) => lexicon.ambiguous[word] !== 'unit');

/** Units with a linker written on ('taong') -> the unit word. */
const linkedUnits = perLexicon((lexicon) => {
  const linked = new Map<string, string>();
  for (const unit of unitsOf(lexicon)) for (const linker of lexicon.demonstratives.joinedLinkers) linked.set(`${unit}${linker}`, unit);
  return linked;
});

/** Parses CUE UNIT(-ng | SP na) DEMONSTRATIVE. */
export const demonstrativePeriod: Parser = {
  name: 'demonstrative-period',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.demonstratives.words)),
  pattern(lexicon) {
    const { words, cues, linkers } = lexicon.demonstratives;
    const units = unitsOf(lexicon);
    const joined = [...linkedUnits(lexicon).keys()];
    if (Object.keys(words).length === 0 || cues.length === 0 || joined.length + linkers.length === 0 || units.length === 0) return null;
    // a linker is written on the unit ('taong') or apart ('araw na')
    const alternatives = [
      ...(joined.length > 0 ? [`(?<${LINKED}>${anyOf(joined)})`] : []),
      ...(linkers.length > 0 ? [`(?<${UNIT}>${anyOf(units)})${SP}${anyOf(linkers)}`] : []),
    ];
    const unit = `(?:${alternatives.join('|')})`;
    return compile(`${WORD_START}${anyOf(cues)}${SP}(?<${PERIOD}>${unit}${SP}(?<${WORD}>${anyOf(Object.keys(words))}))(?![\\p{L}\\p{N}])`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const lexicon = context.lexicon;
    const linked = groups[LINKED] === undefined ? undefined : linkedUnits(lexicon).get(normal(groups[LINKED]));
    const unitWord = linked ?? normal(groups[UNIT]);
    const unit = lexicon.units[unitWord];
    const shift = lexicon.demonstratives.words[normal(groups[WORD])];
    if (unit === undefined || !shift) return null;
    if (linked !== undefined && lexicon.demonstratives.clauseInitial.has(unitWord)) {
      // at the start of a clause, or naming the year of a month or season ('tagsibol ng taong iyon')
      const before = context.text.slice(Math.max(0, match.index - 3), match.index);
      const previous = wordBefore(context.text, match.index);
      if (!/(?:^|[.,;:!?(]|["“])[\s\u00a0]*$/u.test(before) && !(previous in lexicon.months) && !(previous in lexicon.seasons)) return null;
    }
    const end = match.index + match[0].length;
    return candidate(end - (groups[PERIOD] ?? '').length, end, { kind: 'shift', shift: { target: { unit }, by: shift.by, anchor: shift.anchor } }, context, 'demonstrative-period');
  },
};
