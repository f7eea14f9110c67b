/**
 * Small helpers the parsers share: making candidates, reading amounts and years, and the
 * checks that settle ambiguous words from their neighbours.
 */
import type { DateLexicon } from '../lexicon.js';
import type { Candidate, DatePoint, Fields, Meaning } from '../types.js';
import { perLexicon, type ParseContext } from './grammar.js';
import { ERA, YEAR, anyOf, normal } from './pattern.js';

/** A candidate spanning a match (or part of it). */
export function candidate(
  start: number,
  end: number,
  meaning: Meaning,
  context: ParseContext,
  parser: string,
  extra: Partial<Pick<Candidate, 'qualifier' | 'clock'>> = {},
): Candidate {
  return { start, end, meaning, qualifier: extra.qualifier ?? null, clock: extra.clock ?? null, rule: `${context.rulePrefix}/${parser}` };
}

/** A calendar point from the fields the text states. */
export function pointOf(known: Fields): DatePoint {
  return { known, implied: {} };
}

/**
 * A calendar point whose year the text may leave out ('July 29', 'ika-7 ng Agosto'). Without
 * a year, a future cue earlier in its clause makes it the next such date, not the last.
 *
 * @param fields the stated fields besides the year.
 * @param year the stated year, or null.
 * @param start where the date starts (UTF-16), for the clause before it.
 * @example pointWithYear({ month: 7, day: 29 }, 1938, context, 0) // { known: { year: 1938, month: 7, day: 29 }, implied: {} }
 */
export function pointWithYear(fields: Fields, year: number | null, context: ParseContext, start: number): DatePoint {
  return year === null ? { ...pointOf(fields), future: hasFutureCue(context, start) } : pointOf({ year, ...fields });
}

/** The number an amount word or numeral stands for; null when vague, undefined when unknown. */
export function amountOf(text: string | undefined, lexicon: DateLexicon): number | null | undefined {
  const word = normal(text);
  if (/^\d+(\.\d+)?$/.test(word)) return Number(word);
  const half = /^(\d+)(?: 1\/2|½)$/.exec(word);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d{1,3}(,\d{3})+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (word in lexicon.numbers) return lexicon.numbers[word] ?? null;
  // 'twenty-four', 'forty five': tens and ones
  const parts = /^(\p{L}+)[- ](\p{L}+)$/u.exec(word);
  const tens = parts ? lexicon.numbers[parts[1] as string] : undefined;
  const ones = parts && lexicon.ambiguous[parts[2] as string] !== 'article' ? lexicon.numbers[parts[2] as string] : undefined;
  if (typeof tens === 'number' && typeof ones === 'number' && tens >= 20 && tens % 10 === 0 && ones >= 1 && ones <= 9) return tens + ones;
  return undefined;
}

/** The astronomical year a match of `yearPattern` states ('200', 'BC' -> -199), or null when it states none. */
export function yearOf(groups: Readonly<Record<string, string | undefined>>, lexicon: DateLexicon): number | null {
  const digits = groups[YEAR];
  const era = groups[ERA];
  if (!digits) return null;
  const value = Number(digits);
  const sign = era ? lexicon.eras[normal(era)] : 1;
  if (sign === undefined) return null;
  return sign === -1 ? 1 - value : value;
}

/** Whether the word as printed starts with a capital letter. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Patterns for the last one, two and three words before a point. */
const LAST_WORDS = [1, 2, 3].map(
  (count) => new RegExp(`((?:[\\p{L}\\p{N}.'’-]+[\\s\\u00a0]{1,3}){${count - 1}}[\\p{L}\\p{N}.'’-]+)[\\s\\u00a0]{1,3}$`, 'u'),
);

/** The last `words` (1-3) words (letters, digits, dots, hyphens) before a UTF-16 index, lower-cased. */
export function wordBefore(text: string, index: number, words = 1): string {
  const left = text.slice(Math.max(0, index - 40), index);
  const match = LAST_WORDS[Math.min(Math.max(words, 1), 3) - 1]?.exec(left);
  return normal(match?.[1]);
}

/**
 * Whether a period ('the year', 'the fiscal year') is followed by a word that makes it one
 * unit's span up to a date (`period-enders.json`: 'the year ended Sept. 30' = P1Y).
 */
export function endsPeriod(context: ParseContext, end: number): boolean {
  return context.lexicon.periodEnders.has(normal(wordAfter(context.text, end)));
}

/** The word just after a UTF-16 index (skipping spaces), as printed. */
export function wordAfter(text: string, index: number): string {
  const match = /^[\s\u00a0]{0,3}([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(index, index + 40));
  return match?.[1] ?? '';
}

/**
 * Whether an ambiguous date word ('May', 'fall', 'Linggo') is used as a date here: it must be
 * capitalised when it names a month or weekday, and stand after one of the language's cue
 * words ('in May', 'noong Linggo') or before a cue and a year ('May of this year'), unless
 * the caller already found a day or a year next to it.
 */
export function ambiguousWordHolds(word: string, start: number, context: ParseContext, hasNeighbour: boolean): boolean {
  const kind = context.lexicon.ambiguous[normal(word)];
  if (kind === undefined) return true;
  if (kind === 'never') return false;
  if ((kind === 'month' || kind === 'weekday') && !isCapitalised(word)) return false;
  if (hasNeighbour) return true;
  const before = [1, 2, 3].map((n) => wordBefore(context.text, start, n));
  if (context.lexicon.ambiguityCues.some((cue) => before.includes(cue))) return true;
  // a cue after the word counts when a year or a relative word follows it ('May of this year', not 'March for Life')
  return yearAfterCue(context.lexicon)?.test(context.text.slice(start + word.length, start + word.length + 40)) ?? false;
}

const yearAfterCue = perLexicon((lexicon) =>
  lexicon.ambiguityCues.length > 0
    ? new RegExp(`^[\\s\\u00a0]{1,3}${anyOf(lexicon.ambiguityCues)}[\\s\\u00a0]{1,3}(?:\\d{4}|${anyOf(Object.keys(lexicon.relativeWords))})`, 'iu')
    : null,
);

const CLAUSE_WINDOW = 120;
/** Future cues, and phrases that start like one but are none ('!next to'). */
const futureCues = perLexicon((lexicon) => {
  const cues = lexicon.futureCues.filter((cue) => !cue.startsWith('!'));
  const blockers = lexicon.futureCues.filter((cue) => cue.startsWith('!')).map((cue) => cue.slice(1));
  if (cues.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])${blockers.length > 0 ? `(?!${anyOf(blockers)})` : ''}${anyOf(cues)}`, 'u');
});

/**
 * Whether the clause before a span has a future cue (`tense-cues.json`: 'will meet
 * Thursday', 'elections are scheduled for February'): a weekday or month without a year is
 * then the next one rather than the last. Only the words since the last clause mark count,
 * so 'they will appeal' does not move 'announced Wednesday' in the clause before it.
 */
export function hasFutureCue(context: ParseContext, start: number): boolean {
  const cues = futureCues(context.lexicon);
  if (!cues) return false;
  const left = context.text.slice(Math.max(0, start - CLAUSE_WINDOW), start);
  // the full stop of an initial or a short abbreviation ('Daniel P. Davison', 'Mr. Schwarz') ends no clause
  const marks = /[,;:!?"“”`\n]|(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2})\./gu;
  let clauseStart = 0;
  for (const mark of left.matchAll(marks)) clauseStart = (mark.index ?? 0) + 1;
  return cues.test(left.slice(clauseStart).toLowerCase());
}
