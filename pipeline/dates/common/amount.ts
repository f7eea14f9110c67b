/**
 * The amount-and-unit core shared by durations, offsets and sets: '3 days', 'three days',
 * 'tatlong araw', '4 na buwan', 'two-year', 'one to three days', 'several minutes'.
 */
import type { DateLexicon } from '../lexicon.js';
import type { Amount, Unit } from '../types.js';
import { amountOf } from './build.js';
import { perLexicon } from './grammar.js';
import { SP, SP0, anyOf, normal } from './pattern.js';

/** Named groups of the amount pattern: the amount, the upper end of an amount range, the unit. */
export const AMOUNT = 'amount';
/** See AMOUNT. */
const AMOUNT_TO = 'amountTo';
/** See AMOUNT. */
export const UNIT = 'unit';

/** A whole number and a half ('5 1/2', '2½') before the plain numerals, so '1/2' is no range of '1' to '2'. */
const NUMERAL = '\\d+(?:[\\s\\u00a0]1/2|½)|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?';

/** Compound amount words, tens and ones ('twenty-four', 'forty five'), from the language's number words. */
function compoundPattern(lexicon: DateLexicon): string | null {
  const { tens, ones } = compoundParts(lexicon);
  return tens.length > 0 && ones.length > 0 ? `${anyOf(tens)}[-\\s\\u00a0]${anyOf(ones)}` : null;
}

/**
 * The words of a language that make compound amounts: tens (20 … 90) and ones (1 … 9), one
 * word each; an article ('a') is no 'one'.
 */
function compoundParts(lexicon: DateLexicon): { tens: string[]; ones: string[] } {
  const single = Object.keys(lexicon.numbers).filter((word) => /^\p{L}+$/u.test(word) && lexicon.ambiguous[word] !== 'article');
  const value = (word: string): number => lexicon.numbers[word] ?? 0;
  return {
    tens: single.filter((word) => value(word) >= 20 && value(word) <= 90 && value(word) % 10 === 0),
    ones: single.filter((word) => value(word) >= 1 && value(word) <= 9 && Number.isInteger(value(word))),
  };
}

/** Pattern for AMOUNT [to AMOUNT] [link] UNIT, with named groups AMOUNT, AMOUNT_TO and UNIT; an age ('6-year-old', '52 years old') is not a time. */
export function amountUnitPattern(lexicon: DateLexicon): string {
  const compound = compoundPattern(lexicon);
  const amount = `(?:${NUMERAL}|${compound === null ? '' : `${compound}|`}${anyOf(Object.keys(lexicon.numbers))})`;
  const separators = [...new Set([...Object.values(lexicon.connectors.rangeOpeners).flat(), ...lexicon.connectors.rangeSeparators])];
  const to = `(?:${SP0}${anyOf(separators)}${SP0}(?<${AMOUNT_TO}>${amount}))?`;
  const links = lexicon.connectors.numberLink.filter((link) => link !== '-');
  // 'three whole days', 'two more weeks': modifiers that leave the amount as it is may stand before the unit
  const whole = lexicon.innerModifiers;
  const link = `(?:-|${SP}${links.length > 0 ? `(?:${anyOf(links)}${SP})?` : ''}${whole.length > 0 ? `(?:${anyOf(whole)}${SP})?` : ''})`;
  return `(?<![\\d.,])(?<${AMOUNT}>${amount})${to}${link}(?<${UNIT}>${anyOf(Object.keys(lexicon.units))})(?![-‐ ]old(?![\\p{L}]))`;
}

/** Unit words that stand in `relation` to another word of the same unit. */
function unitWordsWith(lexicon: DateLexicon, relation: (word: string, other: string) => boolean): ReadonlySet<string> {
  const words = Object.keys(lexicon.units);
  return new Set(words.filter((word) => words.some((other) => other !== word && lexicon.units[other] === lexicon.units[word] && relation(word, other))));
}

/** Unit words that are the plural of another unit word ('days' of 'day'). */
export const pluralUnits = perLexicon((lexicon) => unitWordsWith(lexicon, (word, other) => word.startsWith(other)));

/** Unit words that have a plural among the unit words ('day' has 'days'). */
export const singularUnits = perLexicon((lexicon) => unitWordsWith(lexicon, (word, other) => other.startsWith(word)));

/** The amount a match stands for, or null when a part is not understood. */
export function readAmount(groups: Record<string, string | undefined>, lexicon: DateLexicon, text = ''): Amount | null {
  const unit: Unit | undefined = lexicon.units[normal(groups[UNIT])];
  // a hyphen joins an amount to a singular unit ('a two-year term'); 'three-quarters' is a fraction
  const hyphenated = text.includes(`${groups[AMOUNT] ?? ''}-${groups[UNIT] ?? ''}`);
  if (hyphenated && pluralUnits(lexicon).has(normal(groups[UNIT]))) return null;
  const value = amountOf(groups[AMOUNT], lexicon);
  if (unit === undefined || value === undefined) return null;
  // a year-like number before a singular unit is a year naming its period ('the 1988
  // quarter'), not an amount: where units have plurals, 1988 of them would take the plural
  if (!hyphenated && value !== null && /^\d{4}$/.test(groups[AMOUNT] ?? '') && singularUnits(lexicon).has(normal(groups[UNIT]))) return null;
  if (groups[AMOUNT_TO] !== undefined) {
    const to = amountOf(groups[AMOUNT_TO], lexicon);
    if (to === undefined || to === null || value === null || to <= value) return null;
    return { value, unit, to };
  }
  return { value, unit };
}
