/**
 * Pattern building blocks shared by every date parser: alternations built from lexicon
 * keys (longest first, escaped), bounded whitespace, word boundaries that know letters
 * beyond ASCII.
 */

/** Between two words: one to three spaces (a line break counts), never an unbounded run. */
export const SP = '[\\s\\u00a0]{1,3}';
/** Optional space, bounded. */
export const SP0 = '[\\s\\u00a0]{0,3}';
/** No letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, SP);
}

/**
 * A non-capturing alternation of terms, longest first so that 'the end of' wins over 'end'.
 * Terms that end in a letter or digit get a word end, so 'mar.' and 'march' never match
 * inside 'marshal'.
 *
 * @param terms words or phrases; spaces inside match one to three whitespace characters.
 * @returns a pattern source, or a pattern that never matches when `terms` is empty.
 * @example anyOf(['may', 'mayo']) // '(?:mayo(?![\p{L}\p{N}])|may(?![\p{L}\p{N}]))'
 */
export function anyOf(terms: Iterable<string>): string {
  const list = [...terms];
  const key = list.join('\u0000');
  let source = alternations.get(key);
  if (source === undefined) {
    source = alternation(list);
    alternations.set(key, source);
  }
  return source;
}

const alternations = new Map<string, string>();

function alternation(terms: string[]): string {
  const sorted = [...new Set(terms)].filter((term) => term !== '').sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (sorted.length === 0) return '(?!)';
  return `(?:${sorted.map((term) => (/[\p{L}\p{N}]$/u.test(term) ? `${escape(term)}${WORD_END}` : escape(term))).join('|')})`;
}

/** A day of the month, 1-31, with the language's ordinal marks ('20th', 'ika-20'). */
export function dayPattern(group: string, prefixes: string[], suffixes: string[]): string {
  const prefix = prefixes.length > 0 ? `(?:${anyOf(prefixes)}${SP0})?` : '';
  const suffix = suffixes.length > 0 ? `(?:${anyOf(suffixes)})?` : '';
  return `${prefix}(?<${group}>3[01]|[12]\\d|0?[1-9])(?!\\d)${suffix}${WORD_END}`;
}

/** Named groups of `yearPattern`: the year's digits and its era marker (`yearOf` reads both). */
export const YEAR = 'year';
/** See YEAR. */
export const ERA = 'era';

/** A year: four digits, or one to four digits with an era marker ('200 BC'), in groups YEAR and ERA. */
export function yearPattern(eras: string[]): string {
  if (eras.length === 0) return `(?<![\\d.,])(?<${YEAR}>\\d{4})(?!\\d)`;
  const era = anyOf(eras);
  return `(?<![\\d.,])(?<${YEAR}>\\d{4}(?!\\d)|\\d{1,4}(?=${SP0}${era}))(?:${SP0}(?<${ERA}>${era}))?`;
}

/** Letters and digits of the scripts our languages write in (Latin, with accents). */
const WORD_CHARS = 'A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF';

/**
 * Compile a parser pattern. Parser patterns scan whole texts, so they run without the `u`
 * flag (its case folding is several times slower) and `\p{L}\p{N}` classes are spelled
 * out for the Latin script.
 */
export function compile(source: string): RegExp {
  return new RegExp(source.replaceAll('\\p{L}\\p{N}', WORD_CHARS).replaceAll('\\p{L}', WORD_CHARS), 'gi');
}

/** The lower-cased text of a match group, with runs of whitespace made single spaces. */
export function normal(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

/** A trigger for parsers: any of the words (no word boundaries, case-insensitive). */
export function triggerOf(terms: Iterable<string>): RegExp | null {
  const list = [...terms].filter((term) => term !== '');
  if (list.length === 0) return null;
  return new RegExp(list.map((term) => term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s')).sort((a, b) => b.length - a.length).join('|'), 'i');
}

/** A trigger for parsers that need a digit. */
export const DIGIT = /\d/;
