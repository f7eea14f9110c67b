/**
 * Centuries: 'the XX century', 'the 20th Century', 'XX-XXI centuries', 'ika-20 siglo'
 * -> EDTF 19XX (a range for two). Roman numerals must be upper case as printed.
 */
import type { Parser } from '../grammar.js';
import { candidate, pointOf } from '../build.js';
import { SP, SP0, WORD_START, anyOf, compile, normal, triggerOf } from '../pattern.js';

const FIRST = 'first';
const SECOND = 'second';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(text: string): number | null {
  if (!/^[IVXL]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i] as string] as number;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function centuryValue(text: string, ordinals: Record<string, number>): number | null {
  const word = normal(text).replace(/^ika-?/, '');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  if (word in ordinals) return ordinals[word] ?? null;
  return romanValue(text.replace(/^ika-?/i, ''));
}

/** Parses [the] ORDINAL[-ORDINAL] century/centuries. */
export const century: Parser = {
  name: 'century',
  trigger: (lexicon) => triggerOf(Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'CE')),
  pattern(lexicon) {
    const words = Object.keys(lexicon.units).filter((word) => lexicon.units[word] === 'CE');
    if (words.length === 0) return null;
    const determiner = lexicon.connectors.determiners.length > 0 ? `(?:${anyOf(lexicon.connectors.determiners)}${SP})?` : '';
    const ordinal = `(?:ika-?)?(?:\\d{1,2}(?:st|nd|rd|th)?|[IVXL]{1,6}|${anyOf(Object.keys(lexicon.ordinals))})`;
    return compile(`${WORD_START}${determiner}(?<${FIRST}>${ordinal})(?:${SP0}[-–]${SP0}(?<${SECOND}>${ordinal}))?${SP}${anyOf(words)}`);
  },
  extract(match, context) {
    const groups = match.groups ?? {};
    const first = centuryValue(groups[FIRST] ?? '', context.lexicon.ordinals);
    const second = groups[SECOND] ? centuryValue(groups[SECOND], context.lexicon.ordinals) : null;
    if (first === null || first < 1 || first > 30 || (groups[SECOND] && (second === null || second <= first))) return null;
    const end = match.index + match[0].length;
    const meaning =
      second === null
        ? { kind: 'point' as const, point: pointOf({ century: first - 1 }) }
        : { kind: 'range' as const, from: pointOf({ century: first - 1 }), to: pointOf({ century: second - 1 }) };
    return candidate(match.index, end, meaning, context, 'century');
  },
};
