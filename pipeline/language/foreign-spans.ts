/**
 * Spans of another candidate language inside a sentence (English titles, names and words
 * in Tagalog text). Each word is judged with the matrix language's data and the foreign
 * language's lexicons; runs of foreign words, with the foreign language's function words
 * and capitalised name parts between them, become one span ("The Official History of the
 * Great East Asia War", "Kwantung Army", "motorized armored brigade").
 *
 * Data read, for matrix language M and foreign language F:
 * - `lang/F/function-words.json`, `lang/F/content-words.json` (+ a package lexicon);
 * - `lang/M/function-words.json` (words that end a run);
 * - `lang/M/names-from-F.json` (F's forms of names that M writes differently: Soviet/Sobyet);
 * - `lang/M/foreign-spellings.json` (letter patterns M's own words lack: c, f, th, …);
 * - `lang/M/hyphen-prefixes.json` (M's prefixes before a loan: i-unwind, na-trigger);
 * - `lang/F/hyphen-prefixes.json` (F's bound prefixes of compounds: anti-Soviet).
 */
import { stringList, stringTable, type LanguagePack } from '../lang/index.js';
import type { ForeignSpan, LanguageCode } from '../model.js';
import { eldScores } from './eld-detector.js';
import { functionWords } from './function-words.js';
import { contentWords } from './lexicons.js';
import { wordTokens, type WordToken } from './words.js';

/**
 * What a word is in the phrase finder: a foreign word, a foreign function word, a
 * capitalised word of no known language, a number, a function word of the matrix
 * language, or anything else that ends a foreign phrase.
 */
type Kind = 'foreign' | 'function' | 'name' | 'number' | 'matrix' | 'break';

interface Judged extends WordToken {
  kind: Kind;
}

/** What the finder knows about one (matrix, foreign) pair. */
interface PairData {
  foreign: LanguageCode;
  pair: LanguageCode[];
  matrixFunction: ReadonlySet<string>;
  foreignFunction: ReadonlySet<string>;
  foreignContent: ReadonlySet<string>;
  names: Readonly<Record<string, string>>;
  spellings: RegExp[];
  prefixes: ReadonlySet<string>;
  foreignPrefixes: ReadonlySet<string>;
  /** eld's verdict per word, remembered: words repeat across sentences. */
  shares: Map<string, number>;
}

/** Share of eld's score a word must give the foreign language to count as foreign by spelling. */
const SPELLING_MIN_SHARE = 0.5;
/** Below this share, eld vetoes a lexicon match of a word spelled the foreign way. */
const LEXICON_VETO_SHARE = 0.2;
/** A lexicon word spelled as the matrix language spells ("base", "away") needs eld's preference. */
const PLAIN_LEXICON_MIN_SHARE = 0.6;
/** Shorter words (abbreviations such as "km") carry too little to judge. */
const MIN_WORD_LETTERS = 3;
const MAX_REMEMBERED_WORDS = 100_000;
/** Foreign words a run needs before a lower-case function word may lead it. */
const PHRASE_FOREIGN_WORDS = 2;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
const ROMAN = /^[IVX]{1,4}$/;

/**
 * The spans of other candidate languages in a sentence whose language is `matrix`.
 *
 * @param text the sentence
 * @param matrix the sentence's language (no spans are looked for when it is `und`)
 * @param languages all candidate languages
 * @param packOf the data of a language
 * @returns spans with code-point offsets into `text`, sorted by start
 * @example findForeignSpans('Nasa Kwantung Army siya.', 'tgl', ['eng', 'tgl'], languagePack)
 *   // [{ start: 5, end: 18, language: 'eng', text: 'Kwantung Army' }]
 */
export function findForeignSpans(
  text: string,
  matrix: LanguageCode,
  languages: readonly LanguageCode[],
  packOf: (code: LanguageCode) => LanguagePack,
): ForeignSpan[] {
  if (!languages.includes(matrix)) return [];
  const tokens = wordTokens(text);
  const chars = [...text];
  const spans: ForeignSpan[] = [];
  for (const foreign of languages) {
    if (foreign === matrix) continue;
    const data = pairData(packOf(matrix), packOf(foreign));
    const judged = tokens.map((token) => judge(token, data));
    const quoted = foreignQuotations(judged, chars).map((words) => spanOf(words, foreign, chars));
    const inQuotation = (span: ForeignSpan): boolean => quoted.some((q) => q.start <= span.start && span.end <= q.end);
    spans.push(...quoted);
    for (const run of runs(judged, chars)) {
      const span = spanOf(run, foreign, chars);
      if (!inQuotation(span)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end || a.language.localeCompare(b.language));
}

/** Pair data by matrix pack, then foreign pack: built once per pair of loaded packs. */
function spanOf(words: readonly Judged[], language: LanguageCode, chars: readonly string[]): ForeignSpan {
  const start = (words[0] as Judged).start;
  const end = (words[words.length - 1] as Judged).end;
  return { start, end, language, text: chars.slice(start, end).join('') };
}

/** Pair data by matrix pack, then foreign pack: built once per pair of loaded packs. */
const pairCache = new WeakMap<LanguagePack, WeakMap<LanguagePack, PairData>>();

function pairData(matrix: LanguagePack, foreign: LanguagePack): PairData {
  const byForeign = pairCache.get(matrix) ?? new WeakMap<LanguagePack, PairData>();
  pairCache.set(matrix, byForeign);
  const cached = byForeign.get(foreign);
  if (cached) return cached;
  const data: PairData = {
    foreign: foreign.code,
    pair: [matrix.code, foreign.code].sort(),
    matrixFunction: functionWords(matrix),
    foreignFunction: functionWords(foreign),
    foreignContent: contentWords(foreign),
    names: matrix.read(`names-from-${foreign.code}`, stringTable, {}),
    spellings: matrix.read('foreign-spellings', stringList, []).map((pattern) => new RegExp(pattern, 'u')),
    prefixes: new Set(matrix.read('hyphen-prefixes', stringList, [])),
    foreignPrefixes: new Set(foreign.read('hyphen-prefixes', stringList, [])),
    shares: new Map(),
  };
  byForeign.set(foreign, data);
  return data;
}

/** eld's share of the score for the foreign language on one word. */
function foreignShare(word: string, data: PairData): number {
  const known = data.shares.get(word);
  if (known !== undefined) return known;
  const scores = eldScores(word, data.pair);
  const total = scores.reduce((a, b) => a + b, 0);
  const share = total === 0 ? 0.5 : (scores[data.pair.indexOf(data.foreign)] as number) / total;
  if (data.shares.size >= MAX_REMEMBERED_WORDS) data.shares.clear();
  data.shares.set(word, share);
  return share;
}

/**
 * Whether a lower-cased word is a common word of the foreign language: listed in its
 * lexicon (unless eld finds it typical of the matrix language: "away", "base" are Tagalog
 * words too), or, for a word not written as a name, spelled in a way the matrix language
 * does not spell and preferred by eld. `asName`: the word is capitalised.
 */
function isForeignWord(word: string, data: PairData, asName: boolean): boolean {
  if (data.matrixFunction.has(word) || [...word].length < MIN_WORD_LETTERS) return false;
  const spelledForeign = data.spellings.some((pattern) => pattern.test(word));
  if (data.foreignContent.has(word)) {
    // A capitalised title word (Army, Lake) or a foreign spelling needs only eld's consent;
    // a lower-case word spelled the matrix way needs its preference.
    return foreignShare(word, data) >= (spelledForeign || asName ? LEXICON_VETO_SHARE : PLAIN_LEXICON_MIN_SHARE);
  }
  return !asName && spelledForeign && foreignShare(word, data) > SPELLING_MIN_SHARE;
}

function judge(token: WordToken, data: PairData): Judged {
  const word = token.text.toLowerCase();
  if (data.matrixFunction.has(word)) return { ...token, kind: 'matrix' };
  if (data.foreignFunction.has(word)) return { ...token, kind: 'function' };
  if (/^\d/.test(token.text)) return { ...token, kind: 'number' };
  if (ROMAN.test(token.text)) return { ...token, kind: 'number' };
  if (data.names[token.text] !== undefined) return { ...token, kind: 'foreign' };

  const parts = token.text.split(/[-‐]/);
  if (parts.length > 1) {
    const head = (parts[0] as string).toLowerCase();
    const rest = parts.slice(1).join('-');
    if (data.prefixes.has(head) && isForeignWord(rest.toLowerCase(), data, false)) {
      // A matrix prefix on a loan (i-unwind): only the loan is foreign.
      const skip = [...(parts[0] as string)].length + 1;
      return { text: rest, start: token.start + skip, end: token.end, kind: 'foreign' };
    }
    // A compound is foreign when every part is (Soviet-Japanese), or when a foreign bound
    // prefix leads a foreign word or a name (anti-Soviet, Trans-Siberian); not tag-init.
    const asName = capitalized(token);
    const foreignPart = (part: string): boolean =>
      data.names[part] !== undefined || isForeignWord(part.toLowerCase(), data, asName);
    const tail = parts.slice(1);
    if (
      parts.every(foreignPart) ||
      (data.foreignPrefixes.has(head) && tail.every((part) => foreignPart(part) || /^\p{Lu}/u.test(part)))
    ) {
      return { ...token, kind: 'foreign' };
    }
  } else if (isForeignWord(word, data, capitalized(token))) {
    return { ...token, kind: 'foreign' };
  }
  return { ...token, kind: capitalized(token) ? 'name' : 'break' };
}

/** Whether two neighbouring words belong to one phrase: only spaces (or an abbreviation dot) between. */
function adjacent(left: Judged, right: Judged, chars: string[]): boolean {
  const gap = chars.slice(left.end, right.start).join('');
  if (/^[ \t]+$/u.test(gap)) return true;
  return /^\.[ \t]+$/u.test(gap) && /^\p{Lu}\p{Ll}?$/u.test(left.text) && right.kind === 'number'; // "No. 8"
}

/** Maximal runs of joinable words that hold at least one foreign word, trimmed at both ends. */
function runs(judged: Judged[], chars: string[]): Judged[][] {
  const found: Judged[][] = [];
  let current: Judged[] = [];
  const close = (): void => {
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

function capitalized(token: WordToken): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/**
 * Drops words at the edges that do not belong to the foreign phrase: lower-case function
 * words ("of" before a Tagalog word; one leading a longer phrase stays: "the troops were
 * driven back"), bare numbers before it (ordinals stay: "23rd Infantry Division") and
 * numbers after it unless they close a name ("World War II").
 */
function trim(run: Judged[]): Judged[] {
  let start = 0;
  let end = run.length;
  const foreignWords = run.filter((token) => token.kind === 'foreign').length;
  const edgeOk = (token: Judged, atStart: boolean, neighbour: Judged | undefined): boolean => {
    if (token.kind === 'function') return atStart && (capitalized(token) || foreignWords >= PHRASE_FOREIGN_WORDS);
    if (token.kind === 'number') return atStart ? ORDINAL.test(token.text) : neighbour !== undefined && capitalized(neighbour);
    return true;
  };
  while (start < end && !edgeOk(run[start] as Judged, true, run[start + 1])) start++;
  while (end > start && !edgeOk(run[end - 1] as Judged, false, run[end - 2])) end--;
  return run.slice(start, end);
}

/** Opening → closing quotation marks a quotation may use. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/**
 * Quotations in the foreign language, each as its words: inside the quotation marks no
 * function word of the matrix language, at least one foreign word, and at least half of
 * the words foreign or foreign function words ("a test of strength", whose "test" alone
 * would not count).
 */
function foreignQuotations(judged: Judged[], chars: string[]): Judged[][] {
  const found: Judged[][] = [];
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
