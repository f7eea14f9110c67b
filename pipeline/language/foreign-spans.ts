/**
 * Spans of another candidate language inside a sentence, in either direction: English
 * titles, names, words and quotations in Tagalog text, Tagalog phrases, titles and
 * quotations in English text. Each word is judged (`word-origin.ts`, `phrase-words.ts`);
 * runs of words with no matrix word between them become one span when they hold a foreign
 * word ("The Official History of the Great East Asia War", "Kwantung Army", "motorized
 * armored brigade") or enough foreign function words and loose foreign words ("natatagalan
 * sa pagpili ng damit"); such phrases only a comma apart are one span (clauses), and a
 * quotation mostly in the foreign language becomes one span as a whole ("a test of
 * strength"). A lone name proves nothing ("Aguinaldo").
 */
import type { LanguagePack } from '../lang/index.js';
import type { ForeignSpan, LanguageCode } from '../model.js';
import { phraseWords, type PhraseKind, type PhraseWord } from './phrase-words.js';
import { capitalized, judgeWords, type WordVerdicts } from './word-origin.js';
import { wordTokens, type WordToken } from './words.js';

/** Foreign and loose words a run needs before a lower-case function word may lead it. */
const PHRASE_FOREIGN_WORDS = 2;
/**
 * Foreign function words and loose words a run or quotation with no foreign word needs: a
 * phrase of another language brings its grammar or several of its words with it, a lone
 * name or borrowed word does not ("Aguinaldo", "bayani").
 */
const PHRASE_WEAK_EVIDENCE = 2;
/** Foreign function words that make a run a grammatical phrase, whose last word may be one ("Ako sa inyo"). */
const GRAMMAR_FUNCTION_WORDS = 2;
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
    const judged = phraseWords(judgeWords(tokens, packOf(matrix), packOf(foreign), pairVerdicts), packOf(matrix), packOf(foreign));
    const quoted = OPENING_QUOTE.test(text) ? foreignQuotations(judged, chars).map((words) => spanOf(words, foreign, chars)) : [];
    const inQuotation = (span: ForeignSpan): boolean => quoted.some((q) => q.start <= span.start && span.end <= q.end);
    spans.push(...quoted);
    for (const run of joinClauses(runs(judged, chars), chars)) {
      const span = spanOf(run, foreign, chars);
      if (!inQuotation(span)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end || a.language.localeCompare(b.language));
}

/** The span covering a run of words. */
function spanOf(words: readonly PhraseWord[], language: LanguageCode, chars: readonly string[]): ForeignSpan {
  const start = (words[0] as PhraseWord).start;
  const end = (words[words.length - 1] as PhraseWord).end;
  return { start, end, language, text: chars.slice(start, end).join('') };
}

/** Whether two neighbouring words belong to one phrase: only spaces (or an abbreviation dot) between. */
function adjacent(left: PhraseWord, right: PhraseWord, chars: string[]): boolean {
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

/** Whether words prove a foreign phrase: a foreign word, or `PHRASE_WEAK_EVIDENCE` foreign function words and loose words. */
function foreignEnough(words: readonly PhraseWord[]): boolean {
  let weak = 0;
  for (const word of words) {
    if (word.kind === 'foreign') return true;
    if (word.kind === 'function' || word.kind === 'loose') weak++;
  }
  return weak >= PHRASE_WEAK_EVIDENCE;
}

/** Words that speak for the foreign language: an unknown word between two of them belongs to their phrase. */
const EVIDENCE: ReadonlySet<PhraseKind> = new Set(['foreign', 'loose', 'function']);

/**
 * Maximal runs of joinable words that prove a foreign phrase (`foreignEnough`), trimmed at
 * both ends. An unknown word joins a run only between two words of evidence ("kahoy ng
 * mga karwahe na"), or after a foreign function word, closing the run ("ng mga karwahe"):
 * beside a name it would carry the run into the matrix text ("corps kumander G.").
 */
function runs(judged: PhraseWord[], chars: string[]): PhraseWord[][] {
  const found: PhraseWord[][] = [];
  let current: PhraseWord[] = [];
  const close = (): void => {
    if (current.length === 0) return; // most words end no run: matrix words follow matrix words
    const trimmed = trim(current);
    if (foreignEnough(trimmed)) found.push(trimmed);
    current = [];
  };
  judged.forEach((token, i) => {
    let previous = current[current.length - 1];
    if (previous && !adjacent(previous, token, chars)) {
      close();
      previous = undefined;
    }
    if (token.kind === 'break' || token.kind === 'matrix' || token.kind === 'shared') {
      close();
      return;
    }
    if (token.kind === 'unknown') {
      const next = judged[i + 1];
      const bridges = next !== undefined && EVIDENCE.has(next.kind) && adjacent(token, next, chars);
      if (previous && EVIDENCE.has(previous.kind) && bridges) {
        current.push(token);
      } else if (previous?.kind === 'function') {
        current.push(token);
        close();
      } else {
        close();
      }
      return;
    }
    current.push(token);
  });
  close();
  return found;
}

/**
 * Joins neighbouring runs that are both grammatical phrases (a foreign function word
 * each) and only a comma or semicolon apart: clauses of one foreign sentence ("Ako sa
 * inyo, mananahimik ako"). Lists of names stay apart ("USSR, Japan").
 */
function joinClauses(found: PhraseWord[][], chars: readonly string[]): PhraseWord[][] {
  const joined: PhraseWord[][] = [];
  for (const run of found) {
    const previous = joined[joined.length - 1];
    const gap = previous ? clauseGap(chars, (previous[previous.length - 1] as PhraseWord).end, (run[0] as PhraseWord).start) : false;
    if (previous && gap && grammatical(previous) && grammatical(run)) {
      joined[joined.length - 1] = [...previous, ...run];
    } else {
      joined.push(run);
    }
  }
  return joined;
}

/** Whether a run holds a foreign function word. */
function grammatical(run: readonly PhraseWord[]): boolean {
  return run.some((word) => word.kind === 'function');
}

/** Whether the characters [from, to) are a comma or semicolon with spaces after it. */
function clauseGap(chars: readonly string[], from: number, to: number): boolean {
  return (chars[from] === ',' || chars[from] === ';') && blank(chars, from + 1, to);
}

/**
 * Drops words at the edges that do not belong to the foreign phrase: lower-case function
 * words ("of" before a Tagalog word; one leading a longer phrase stays: "the troops were
 * driven back", one closing a phrase with more of them too: "Ako sa inyo"), bare numbers
 * before it (ordinals stay: "23rd Infantry Division") and numbers after it unless they
 * close a name ("World War II").
 */
function trim(run: PhraseWord[]): PhraseWord[] {
  let start = 0;
  let end = run.length;
  const counts = { foreign: 0, functions: 0 };
  for (const token of run) {
    if (token.kind === 'foreign' || token.kind === 'loose') counts.foreign++;
    else if (token.kind === 'function') counts.functions++;
  }
  while (start < end && !edgeOk(run[start] as PhraseWord, true, run[start + 1], counts)) start++;
  while (end > start && !edgeOk(run[end - 1] as PhraseWord, false, run[end - 2], counts)) end--;
  return run.slice(start, end);
}

/** Whether a word may stand at the start or end of a run with so many foreign (and loose) and function words (see `trim`). */
function edgeOk(token: PhraseWord, atStart: boolean, neighbour: PhraseWord | undefined, counts: { foreign: number; functions: number }): boolean {
  if (token.kind === 'function') {
    return atStart
      ? capitalized(token) || counts.foreign >= PHRASE_FOREIGN_WORDS
      : counts.functions >= GRAMMAR_FUNCTION_WORDS;
  }
  if (token.kind === 'number') return atStart ? ORDINAL.test(token.text) : neighbour !== undefined && capitalized(neighbour);
  return true;
}

/** Kinds of words a foreign quotation is made of. */
const FOREIGNISH: ReadonlySet<PhraseKind> = new Set(['foreign', 'loose', 'function', 'shared']);

/** Opening → closing quotation marks a quotation may use. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };
/** Any opening mark of `QUOTES`: most sentences have none, and need no search for quotations. */
const OPENING_QUOTE = new RegExp(`[${Object.keys(QUOTES).join('')}]`, 'u');

/**
 * Quotations in the foreign language, each as its words: inside the quotation marks no
 * function word of the matrix language alone (one both languages have, "may", says
 * nothing), proof of the foreign language (`foreignEnough`), and at least half of the
 * words foreign, loose or function words of the foreign language ("a test of strength",
 * whose "test" alone would not count).
 */
function foreignQuotations(judged: PhraseWord[], chars: string[]): PhraseWord[][] {
  const found: PhraseWord[][] = [];
  let next = 0; // the first word not before the current quotation: quotations come in order
  for (let open = 0; open < chars.length; open++) {
    const closing = QUOTES[chars[open] as string];
    if (closing === undefined) continue;
    const close = chars.indexOf(closing, open + 1);
    if (close < 0) break;
    while (next < judged.length && (judged[next] as PhraseWord).start <= open) next++;
    let last = next;
    while (last < judged.length && (judged[last] as PhraseWord).end <= close) last++;
    const inside = judged.slice(next, last);
    const foreignish = inside.filter((token) => FOREIGNISH.has(token.kind)).length;
    if (
      inside.length > 0 &&
      foreignEnough(inside) &&
      !inside.some((token) => token.kind === 'matrix') &&
      2 * foreignish >= inside.length
    ) {
      found.push(inside);
    }
    next = last;
    open = close;
  }
  return found;
}
