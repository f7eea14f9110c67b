/**
 * Word verdicts that only count inside a phrase, added to those of `judgeWords` for the
 * foreign-span finder, the same for every language pair (matrix M, foreign F):
 * - a lower-case word M's lexicon does not know, listed in F's lexicon or read as F by eld
 *   ("gubat", "naglalaro" in English text), is `loose`: it may belong to an F phrase that
 *   other words prove, and counts as a weak witness (eld on one word is no proof);
 * - such a word eld reads as neither language more than the other ("karwahe") is
 *   `unknown`: it may stand inside an F phrase, but witnesses nothing;
 * - a word with an ending M glues to loans (`lang/M/loan-endings.json`: Tagalog linkers,
 *   "strategistang") whose stem is an F word is that F word, the ending cut off;
 * - an F function word that M's lexicon knows as a content word ("man", "ring" in English
 *   text) is no F evidence: it ends a phrase like any M word;
 * - a function word of both ("may", "at") is `shared`: it ends a phrase, but does not make
 *   a quotation M's.
 */
import { stringList, type LanguagePack } from '../lang/index.js';
import { codePointLength } from '../offsets.js';
import { functionWords } from './function-words.js';
import { contentWords } from './lexicons.js';
import { perPair, remember } from './pair-cache.js';
import { judgeWords, wordForeignShare, type JudgedWord, type WordKind } from './word-origin.js';

/** A word's kind in a phrase: `judgeWords`' kinds, `loose`, `unknown` and `shared` (see the module comment). */
export type PhraseKind = WordKind | 'loose' | 'shared' | 'unknown';

/** A judged word as the phrase finder sees it. */
export interface PhraseWord {
  text: string;
  start: number;
  end: number;
  kind: PhraseKind;
}

/**
 * eld's share for F a word M does not know must reach to be a loose F word. Chosen on the
 * UD dev texts (not the evaluation sets): at 0.6, 74 % of Tagalog words unknown to English
 * are loose in English text and 1.2 % of English words compromise lacks; in Tagalog text,
 * 39 % of English words and 4.3 % of Tagalog words.
 */
const LOOSE_MIN_SHARE = 0.6;
/** eld's share for F below which a word M does not know reads as M, not as unknown (an even share: no preference). */
const UNKNOWN_MIN_SHARE = 0.5;
/** Shorter words carry too little to judge (as in `word-origin.ts`). */
const MIN_WORD_LETTERS = 3;
/** A glued stem must be this long: shorter ones are too often a native word's start ("bay" in "bayang"). */
const MIN_STEM_LETTERS = 5;

interface PairPhraseData {
  matrix: LanguagePack;
  foreign: LanguagePack;
  matrixContent: ReadonlySet<string>;
  foreignFunction: ReadonlySet<string>;
  foreignContent: ReadonlySet<string>;
  /** M's loan endings, longest first, so that "ang" is tried before "ng". */
  endings: readonly string[];
  /** Refinements already made, by the word's kind, then its text. */
  refined: Map<WordKind, Map<string, Refinement>>;
}

/** What a word becomes: a kind, and the code points cut from its end (a glued ending). */
interface Refinement {
  kind: PhraseKind;
  cut: number;
}

const pairData = perPair((matrix, foreign): PairPhraseData => ({
  matrix,
  foreign,
  matrixContent: contentWords(matrix),
  foreignFunction: functionWords(foreign),
  foreignContent: contentWords(foreign),
  endings: [...matrix.read('loan-endings', stringList, [])].sort((a, b) => codePointLength(b) - codePointLength(a) || a.localeCompare(b)),
  refined: new Map(),
}));

/**
 * The words of a sentence judged for phrases: `judgeWords`' verdicts with the refinements
 * of the module comment.
 *
 * @param judged the sentence's words as `judgeWords(tokens, matrix, foreign)` judged them
 * @param matrix the data of the sentence's language
 * @param foreign the data of the other language
 * @returns one word per judged word, in order (a glued ending cut off its word)
 * @example phraseWords(judgeWords(wordTokens('the naglalaro'), eng, tgl), eng, tgl).map((w) => w.kind)
 *   // ['matrix', 'loose']
 */
export function phraseWords(judged: readonly JudgedWord[], matrix: LanguagePack, foreign: LanguagePack): PhraseWord[] {
  const data = pairData(matrix, foreign);
  return judged.map((word) => {
    if (word.kind === 'number') return word;
    let byText = data.refined.get(word.kind);
    if (!byText) data.refined.set(word.kind, (byText = new Map()));
    const refinement = byText.get(word.text) ?? remember(byText, word.text, refine(word, data));
    if (refinement.kind === word.kind && refinement.cut === 0) return word;
    const end = word.end - refinement.cut;
    return { text: [...word.text].slice(0, end - word.start).join(''), start: word.start, end, kind: refinement.kind };
  });
}

function refine(word: JudgedWord, data: PairPhraseData): Refinement {
  const lower = word.text.toLowerCase();
  if (word.kind === 'matrix') return { kind: data.foreignFunction.has(lower) ? 'shared' : 'matrix', cut: 0 };
  if (word.kind === 'function') return { kind: data.matrixContent.has(lower) ? 'break' : 'function', cut: 0 };
  const glued = gluedStem(word, data);
  if (glued) return glued;
  const share = word.kind === 'break' ? foreignShare(lower, data) : null;
  if (share === null) return { kind: word.kind, cut: 0 };
  if (share >= LOOSE_MIN_SHARE || data.foreignContent.has(lower)) return { kind: 'loose', cut: 0 };
  return { kind: share >= UNKNOWN_MIN_SHARE ? 'unknown' : 'break', cut: 0 };
}

/**
 * A foreign stem before one of the matrix's loan endings ("strategist" in "strategistang",
 * "journalist" in "journalistang"), or null. The stem must be a listed foreign word, the
 * whole word none ("boomerang"), and no reading of the word a matrix word: "artistang"
 * is "artista" and a linker, not "artist" and "ang".
 */
function gluedStem(word: JudgedWord, data: PairPhraseData): Refinement | null {
  const lower = word.text.toLowerCase();
  const endings = data.endings.filter((ending) => lower.endsWith(ending));
  if (endings.length === 0 || data.matrixContent.has(lower) || data.foreignContent.has(lower)) return null;
  const chars = [...word.text];
  const stemOf = (ending: string): string => chars.slice(0, chars.length - codePointLength(ending)).join('');
  if (endings.some((ending) => data.matrixContent.has(stemOf(ending).toLowerCase()))) return null;
  for (const ending of endings) {
    const stem = stemOf(ending);
    if (codePointLength(stem) < MIN_STEM_LETTERS || !data.foreignContent.has(stem.toLowerCase())) continue;
    const [verdict] = judgeWords([{ text: stem, start: 0, end: codePointLength(stem) }], data.matrix, data.foreign);
    if (verdict?.kind === 'foreign' && verdict.start === 0) return { kind: 'foreign', cut: codePointLength(ending) };
  }
  return null;
}

/**
 * eld's share for the foreign language of a lower-case word the matrix lexicon does not
 * know (an even share when eld finds no evidence either way), or null for a known or short word.
 */
function foreignShare(word: string, data: PairPhraseData): number | null {
  if (codePointLength(word) < MIN_WORD_LETTERS || data.matrixContent.has(word)) return null;
  return wordForeignShare(word, data.matrix, data.foreign);
}
