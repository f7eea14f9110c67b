/**
 * Figures in text: digits with thousands separators ("18,000", "6.5"), number words of
 * `count-words.json` ("two", "isang"), and multipliers after either ("32 thousand",
 * "10 libong", "a thousand", "isang daang", "half a million").
 */
import type { EventLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

export interface Figure {
  value: number;
  /** The multiplier words applied ("3 million": 1000000), 1 for none. */
  multiplier: number;
  /** Index of the figure's first and last token. */
  first: number;
  last: number;
}

/** Linker endings that join a number word to its noun ("isang", "libong"). */
const LINKERS = ['na'];
/** The count-word value of an article ("a", "an"): one, but only before a multiplier. */
const ARTICLE = '1+';

/**
 * The figure starting at token `at`, or null.
 *
 * @example figureAt(tokenize(seg), 4, eng) // { value: 32000, multiplier: 1000, first: 4, last: 5 } for "up to 32 thousand"
 */
export function figureAt(tokens: readonly Token[], at: number, lexicon: EventLexicon): Figure | null {
  const token = tokens[at];
  if (!token) return null;
  let value: number;
  let needsMultiplier = false;
  if (token.kind === 'number') {
    value = Number(token.text.replace(/,/g, ''));
  } else {
    const word = lexicon.countWords[token.lower];
    if (word === undefined || word.startsWith('*')) return null;
    needsMultiplier = word.endsWith('+');
    value = Number(word.replace('+', ''));
  }
  if (!Number.isFinite(value)) return null;
  let last = at;
  let multiplied = false;
  let multiplier = 1;
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const next = tokens[k] as Token;
    // A linker ("10 libong"), or an article after a fraction waiting for its multiplier ("half a million").
    if (LINKERS.includes(next.lower) || (needsMultiplier && !multiplied && lexicon.countWords[next.lower] === ARTICLE)) continue;
    const word = lexicon.countWords[next.lower];
    if (!word?.startsWith('*')) break;
    value *= Number(word.slice(1));
    multiplier *= Number(word.slice(1));
    last = k;
    multiplied = true;
  }
  if (needsMultiplier && !multiplied) return null;
  return { value: Math.round(value * 1000) / 1000, multiplier, first: at, last };
}
