/**
 * Spans of another candidate language inside a sentence (English titles, names, words and
 * quotations in Tagalog text). Each word is judged (`word-origin.ts`); runs of foreign
 * words, with the foreign language's function words and capitalised name parts between
 * them, become one span ("The Official History of the Great East Asia War", "Kwantung
 * Army", "motorized armored brigade"), and a quotation mostly in the foreign language
 * becomes one span as a whole ("a test of strength").
 */
import type { LanguagePack } from '../lang/index.js';
import type { ForeignSpan, LanguageCode } from '../model.js';
import { capitalized, judgeWords, type JudgedWord, type WordVerdicts } from './word-origin.js';
import { wordTokens, type WordToken } from './words.js';

/** Foreign words a run needs before a lower-case function word may lead it. */
const PHRASE_FOREIGN_WORDS = 2;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/**
 * The spans of other candidate languages in a sentence whose language is `matrix`.
 *
 * @param text the sentence
 * @param matrix the sentence's language (no spans are looked for when it is `und`)
 * @param languages all candidate languages
 * @param packOf the data of a language
 * @param verdicts word verdicts per language pair (key `matrix>foreign`) given before in the
 *   same document, read and added to; the words a document repeats are judged once
 * @param tokens the sentence's words, when the caller has them already (`wordTokens(text)`)
 * @returns spans with code-point offsets into `text`, sorted by start
 * @example findForeignSpans('Nasa Kwantung Army siya.', 'tgl', ['eng', 'tgl'], languagePack)
 *   // [{ start: 5, end: 18, language: 'eng', text: 'Kwantung Army' }]
 */
export function findForeignSpans(
  text: string,
  matrix: LanguageCode,
  languages: readonly LanguageCode[],
  packOf: (code: LanguageCode) => LanguagePack,
  verdicts: Map<string, WordVerdicts> = new Map(),
  tokens: readonly WordToken[] = wordTokens(text),
): ForeignSpan[] {
  if (!languages.includes(matrix)) return [];
  const chars = [...text];
  const spans: ForeignSpan[] = [];
  for (const foreign of languages) {
    if (foreign === matrix) continue;
    const pair = `${matrix}>${foreign}`;
    const pairVerdicts = verdicts.get(pair) ?? new Map();
    verdicts.set(pair, pairVerdicts);
    const judged = judgeWords(tokens, packOf(matrix), packOf(foreign), pairVerdicts);
    const quoted = OPENING_QUOTE.test(text) ? foreignQuotations(judged, chars).map((words) => spanOf(words, foreign, chars)) : [];
    const inQuotation = (span: ForeignSpan): boolean => quoted.some((q) => q.start <= span.start && span.end <= q.end);
    spans.push(...quoted);
    for (const run of runs(judged, chars)) {
      const span = spanOf(run, foreign, chars);
      if (!inQuotation(span)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end || a.language.localeCompare(b.language));
}

/** The span covering a run of words. */
function spanOf(words: readonly JudgedWord[], language: LanguageCode, chars: readonly string[]): ForeignSpan {
  const start = (words[0] as JudgedWord).start;
  const end = (words[words.length - 1] as JudgedWord).end;
  return { start, end, language, text: chars.slice(start, end).join('') };
}

/** Whether two neighbouring words belong to one phrase: only spaces (or an abbreviation dot) between. */
function adjacent(left: JudgedWord, right: JudgedWord, chars: string[]): boolean {
  if (blank(chars, left.end, right.start)) return true;
  return chars[left.end] === '.' && blank(chars, left.end + 1, right.start) && /^\p{Lu}\p{Ll}?$/u.test(left.text) && right.kind === 'number'; // "No. 8"
}

/** Whether the characters [from, to) are one or more spaces and tabs (read in place: this runs for every word). */
function blank(chars: readonly string[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    if (chars[k] !== ' ' && chars[k] !== '\t') return false;
  }
  return true;
}

/** Maximal runs of joinable words that hold at least one foreign word, trimmed at both ends. */
function runs(judged: JudgedWord[], chars: string[]): JudgedWord[][] {
  const found: JudgedWord[][] = [];
  let current: JudgedWord[] = [];
  const close = (): void => {
    if (current.length === 0) return; // most words end no run: matrix words follow matrix words
    const trimmed = trim(current);
    if (trimmed.some((token) => token.kind === 'foreign')) found.push(trimmed);
    current = [];
  };
  for (const token of judged) {
    const previous = current[current.length - 1];
    if (token.kind === 'break' || token.kind === 'matrix') {
      close();
      continue;
    }
    if (previous && !adjacent(previous, token, chars)) close();
    current.push(token);
  }
  close();
  return found;
}

/**
 * Drops words at the edges that do not belong to the foreign phrase: lower-case function
 * words ("of" before a Tagalog word; one leading a longer phrase stays: "the troops were
 * driven back"), bare numbers before it (ordinals stay: "23rd Infantry Division") and
 * numbers after it unless they close a name ("World War II").
 */
function trim(run: JudgedWord[]): JudgedWord[] {
  let start = 0;
  let end = run.length;
  const foreignWords = run.filter((token) => token.kind === 'foreign').length;
  while (start < end && !edgeOk(run[start] as JudgedWord, true, run[start + 1], foreignWords)) start++;
  while (end > start && !edgeOk(run[end - 1] as JudgedWord, false, run[end - 2], foreignWords)) end--;
  return run.slice(start, end);
}

/** Whether a word may stand at the start or end of a run with `foreignWords` foreign words (see `trim`). */
function edgeOk(token: JudgedWord, atStart: boolean, neighbour: JudgedWord | undefined, foreignWords: number): boolean {
  if (token.kind === 'function') return atStart && (capitalized(token) || foreignWords >= PHRASE_FOREIGN_WORDS);
  if (token.kind === 'number') return atStart ? ORDINAL.test(token.text) : neighbour !== undefined && capitalized(neighbour);
  return true;
}

/** Opening → closing quotation marks a quotation may use. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };
/** Any opening mark of `QUOTES`: most sentences have none, and need no search for quotations. */
const OPENING_QUOTE = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'u');

/**
 * Quotations in the foreign language, each as its words: inside the quotation marks no
 * function word of the matrix language, at least one foreign word, and at least half of
 * the words foreign or foreign function words ("a test of strength", whose "test" alone
 * would not count).
 */
function foreignQuotations(judged: JudgedWord[], chars: string[]): JudgedWord[][] {
  const found: JudgedWord[][] = [];
  for (let open = 0; open < chars.length; open++) {
    const closing = QUOTES[chars[open] as string];
    if (closing === undefined) continue;
    const close = chars.indexOf(closing, open + 1);
    if (close < 0) break;
    const inside = judged.filter((token) => token.start > open && token.end <= close);
    const foreign = inside.filter((token) => token.kind === 'foreign').length;
    const foreignish = foreign + inside.filter((token) => token.kind === 'function').length;
    if (
      inside.length > 0 &&
      foreign > 0 &&
      !inside.some((token) => token.kind === 'matrix') &&
      2 * foreignish >= inside.length
    ) {
      found.push(inside);
    }
    open = close;
  }
  return found;
}
