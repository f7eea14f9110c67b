/**
 * What each word of a sentence is, seen from its matrix language M towards one foreign
 * language F: a word of F (by F's lexicons, the names F writes differently, M's spelling
 * and eld), a function word of either, a capitalised word of no known language, or a
 * number. The foreign-span finder builds its phrases from these verdicts.
 *
 * Data read: `lang/F/function-words.json`, `lang/F/content-words.json` (+ a package
 * lexicon), `lang/F/hyphen-prefixes.json` (F's bound prefixes: anti-Soviet);
 * `lang/M/function-words.json`, `lang/M/names-from-F.json` (Soviet/Sobyet),
 * `lang/M/foreign-spellings.json` (letter patterns M's own words lack: c, f, th, …),
 * `lang/M/hyphen-prefixes.json` (M's prefixes before a loan: i-unwind, na-trigger).
 */
import { stringList, stringTable, type LanguagePack } from '../lang/index.js';
import type { LanguageCode } from '../model.js';
import { codePointLength } from '../offsets.js';
import { functionWords } from './function-words.js';
import { contentWords } from './lexicons.js';
import { ngramScores } from './ngram-scores.js';
import { perPair, remember } from './pair-cache.js';
import type { WordToken } from './words.js';

/**
 * What a word is in the phrase finder: a foreign word, a foreign function word, a
 * capitalised word of no known language, a number, a function word of the matrix
 * language, or anything else that ends a foreign phrase.
 */
export type WordKind = 'foreign' | 'function' | 'name' | 'number' | 'matrix' | 'break';

/** A word with its verdict (a loan after a matrix prefix is cut to the loan: i-unwind → unwind). */
export interface JudgedWord extends WordToken {
  kind: WordKind;
}

/** What the finder knows about one (matrix, foreign) pair. */
interface PairData {
  foreign: LanguageCode;
  pair: LanguageCode[];
  matrixFunction: ReadonlySet<string>;
  foreignFunction: ReadonlySet<string>;
  foreignContent: ReadonlySet<string>;
  /** Words the matrix language writes for foreign names (only their presence matters). */
  names: ReadonlySet<string>;
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
const ROMAN = /^[IVX]{1,4}$/;
/** Tested before splitting, so that a plain word costs no array. */
const HYPHEN = /[-‐]/;

/** Pair data, built once per pair of loaded packs. */
const pairData = perPair((matrix, foreign): PairData => ({
  foreign: foreign.code,
  pair: [matrix.code, foreign.code].sort(),
  matrixFunction: functionWords(matrix),
  foreignFunction: functionWords(foreign),
  foreignContent: contentWords(foreign),
  // A set, not the table: the fallback `{}` has a prototype, where 'constructor' would be found.
  names: new Set(Object.keys(matrix.read(`names-from-${foreign.code}`, stringTable, {}))),
  spellings: matrix.read('foreign-spellings', stringList, []).map((pattern) => new RegExp(pattern, 'u')),
  prefixes: new Set(matrix.read('hyphen-prefixes', stringList, [])),
  foreignPrefixes: new Set(foreign.read('hyphen-prefixes', stringList, [])),
  shares: new Map(),
}));

/** eld's share of the score for the foreign language on one word (franc's for a language eld lacks, as everywhere else). */
function foreignShare(word: string, data: PairData): number {
  const known = data.shares.get(word);
  if (known !== undefined) return known;
  const scores = ngramScores(word, data.pair);
  const total = scores.reduce((a, b) => a + b, 0);
  return remember(data.shares, word, total === 0 ? 0.5 : (scores[data.pair.indexOf(data.foreign)] as number) / total);
}

/**
 * Whether a lower-cased word is a common word of the foreign language: listed in its
 * lexicon (unless eld finds it typical of the matrix language: "away", "base" are Tagalog
 * words too), or, for a word not written as a name, spelled in a way the matrix language
 * does not spell and preferred by eld. `asName`: the word is capitalised.
 */
function isForeignWord(word: string, data: PairData, asName: boolean): boolean {
  if (data.matrixFunction.has(word) || codePointLength(word) < MIN_WORD_LETTERS) return false;
  // The spelling patterns are tried only where they can change the verdict.
  if (data.foreignContent.has(word)) {
    // A capitalised title word (Army, Lake) or a foreign spelling needs only eld's consent;
    // a lower-case word spelled the matrix way needs its preference.
    const consentEnough = asName || spelledForeign(word, data);
    return foreignShare(word, data) >= (consentEnough ? LEXICON_VETO_SHARE : PLAIN_LEXICON_MIN_SHARE);
  }
  return !asName && spelledForeign(word, data) && foreignShare(word, data) > SPELLING_MIN_SHARE;
}

/** Whether a lower-cased word has a letter pattern the matrix language's own words lack. */
function spelledForeign(word: string, data: PairData): boolean {
  return data.spellings.some((pattern) => pattern.test(word));
}

/** A word's verdict apart from where the word stands. */
export interface WordVerdict {
  kind: WordKind;
  /** The judged text (the loan alone after a matrix prefix). */
  text: string;
  /** Code points cut from the word's start (the matrix prefix and its hyphen), else 0. */
  skip: number;
}

/**
 * Verdicts already given for one (matrix, foreign) pair, by word. A verdict depends on
 * the word and the pair only, never on its sentence, so the words a document repeats are
 * judged once. Keep one per document and pair; never share one between pairs.
 */
export type WordVerdicts = Map<string, WordVerdict>;

/**
 * Judges the words of a sentence of language `matrix` towards language `foreign`.
 *
 * @param tokens the sentence's words (`wordTokens`)
 * @param matrix the data of the sentence's language
 * @param foreign the data of the other language
 * @param verdicts verdicts of this pair given before (in the same document), read and added to
 * @returns one verdict per word, in order
 * @example judgeWords(wordTokens('ng Kwantung Army'), languagePack('tgl'), languagePack('eng')).map((w) => w.kind)
 *   // ['matrix', 'name', 'foreign']
 */
export function judgeWords(
  tokens: readonly WordToken[],
  matrix: LanguagePack,
  foreign: LanguagePack,
  verdicts: WordVerdicts = new Map(),
): JudgedWord[] {
  const data = pairData(matrix, foreign);
  return tokens.map((token) => {
    const known = verdicts.get(token.text);
    if (known) return { text: known.text, start: token.start + known.skip, end: token.end, kind: known.kind };
    const judged = judge(token, data);
    verdicts.set(token.text, { kind: judged.kind, text: judged.text, skip: judged.start - token.start });
    return judged;
  });
}

function judge(token: WordToken, data: PairData): JudgedWord {
  const word = token.text.toLowerCase();
  if (data.matrixFunction.has(word)) return { ...token, kind: 'matrix' };
  if (data.foreignFunction.has(word)) return { ...token, kind: 'function' };
  if (/^\d/.test(token.text)) return { ...token, kind: 'number' };
  if (ROMAN.test(token.text)) return { ...token, kind: 'number' };
  if (data.names.has(token.text)) return { ...token, kind: 'foreign' };

  const asName = capitalized(token);
  const parts = HYPHEN.test(token.text) ? token.text.split(HYPHEN) : [token.text];
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
    const foreignPart = (part: string): boolean =>
      data.names.has(part) || isForeignWord(part.toLowerCase(), data, asName);
    const tail = parts.slice(1);
    if (
      parts.every(foreignPart) ||
      (data.foreignPrefixes.has(head) && tail.every((part) => foreignPart(part) || /^\p{Lu}/u.test(part)))
    ) {
      return { ...token, kind: 'foreign' };
    }
  } else if (isForeignWord(word, data, asName)) {
    return { ...token, kind: 'foreign' };
  }
  return { ...token, kind: asName ? 'name' : 'break' };
}

/**
 * The foreign language's share of the n-gram scores of one lower-cased word, an even
 * share when there is no evidence either way; remembered per pair, as words repeat.
 *
 * @example wordForeignShare('naglalaro', languagePack('eng'), languagePack('tgl')) // 0.9…
 */
export function wordForeignShare(word: string, matrix: LanguagePack, foreign: LanguagePack): number {
  return foreignShare(word, pairData(matrix, foreign));
}

/** Whether a word starts with a capital letter. */
export function capitalized(token: WordToken): boolean {
  return /^\p{Lu}/u.test(token.text);
}
