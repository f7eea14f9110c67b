/**
 * Sentence boundaries of a text: one linear scan over candidate ends (a run of `.?!…`,
 * then closing quotes or brackets, then whitespace), each accepted or rejected by rules
 * that read the word before and the word after, and a pass that removes boundaries
 * inside a quotation the sentence continues after. Language knowledge (abbreviations,
 * sentence starters) comes from data; the rules themselves hold for English and Tagalog.
 */
import { TextIndex } from '../offsets.js';
import type { LanguageCode, Span } from '../model.js';
import { abbreviationsFor, type AbbreviationTable } from './abbreviations.js';
import { sentenceStartersFor } from './sentence-starters.js';

/** The language data the segmenter reads, merged over the configured languages. */
export interface SegmenterData {
  /** Abbreviations by kind (`lang/<code>/abbreviations.json`). */
  abbreviations: AbbreviationTable;
  /** Lower-case closed-class words that begin sentences (`lang/<code>/sentence-starters.json`). */
  starters: ReadonlySet<string>;
}

/** A token taken for an abbreviation although no data lists it (a warning for the run log). */
export interface AbbreviationGuess extends Span {
  /** The token without its period, e.g. `KDfront` in "The KDfront. combat training". */
  text: string;
}

/** Sentences of a text and the abbreviations guessed on the way, in code points. */
export interface SentenceSplit {
  sentences: Span[];
  guesses: AbbreviationGuess[];
}

const isTerminal = (c: string | undefined): boolean => c !== undefined && '.?!…‼⁇⁈⁉。！？'.includes(c);
const isStrong = (c: string): boolean => '?!‼⁇⁈⁉！？'.includes(c);
const isCloser = (c: string | undefined): boolean => c !== undefined && `"'”’»›)]}`.includes(c);
const isOpener = (c: string | undefined): boolean => c !== undefined && `"'“‘«‹([{¿¡`.includes(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isInlineSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const isLower = (c: string): boolean => /^\p{Ll}$/u.test(c);
const isUpper = (c: string): boolean => /^\p{Lu}$/u.test(c);
const isDigit = (c: string): boolean => /^\p{Nd}$/u.test(c);
const hasContent = /[\p{L}\p{N}]/u;
/** A word as prose writes it ("year", "Thanks", "tony's"), not an acronym or a mixed token. */
const plainWord = /^\p{Lu}?\p{Ll}+(?:['’]\p{Ll}+)?$/u;
/** A span that cannot stand alone: punctuation only, or a lone list number ("2."). */
const isStray = (span: string): boolean => !hasContent.test(span) || /^(?:\d{1,3}|\p{L})[.)]$/u.test(span);

/** The code point starting at a UTF-16 index, or '' past the end. */
function charAt(text: string, unit: number): string {
  const code = text.codePointAt(unit);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The first letter or digit of the next word (after opening quotes and brackets), or ''. */
function nextWordStart(text: string, from: number): string {
  let k = from;
  while (k < text.length && isOpener(text[k])) k++;
  return charAt(text, k);
}

/** The token before a period: back to whitespace, without leading quotes or brackets. */
function tokenBefore(text: string, end: number): { start: number; token: string } {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  while (start < end && (isOpener(text[start]) || isCloser(text[start]))) start++;
  return { start, token: text.slice(start, end) };
}

/** Length (UTF-16) of an emoticon (":)", ";-D", ":P") standing as a word at `from`, or 0. */
function emoticonLength(text: string, from: number): number {
  return /^[:;=][-']?[()DPpOo3[\]|/\\*]+(?=\s|$)/u.exec(text.slice(from, from + 8))?.[0].length ?? 0;
}

/** The index of the first non-space at or after `from`. */
function skipSpaces(text: string, from: number): number {
  let k = from;
  while (isSpace(text[k])) k++;
  return k;
}

/** Whether only spaces stand between the start of the line and `unit`. */
function startsLine(text: string, unit: number): boolean {
  let k = unit - 1;
  while (k >= 0 && isInlineSpace(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

/** Whether the word at `from` is the last thing on its line ("VK. Blucher", "CM. Kirov."). */
function isLastWordOfLine(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && !isSpace(text[k]) && !isTerminal(text[k])) k++;
  while (isTerminal(text[k]) || isCloser(text[k])) k++;
  while (isInlineSpace(text[k])) k++;
  return k >= text.length || text[k] === '\n' || text[k] === '\r';
}

/** Two capitals that read as a Roman numeral (World War II, Henry IV): a number, not initials. */
const romanPair = (token: string): boolean => token.length === 2 && /^X{0,3}(?:IX|IV|V?I{0,3})$/u.test(token);

/**
 * Whether a token can be a person's initial: one capital ("V"), dotted capitals ("G.M"),
 * two glued capitals as machine translation leaves them ("VK", "GK"; not a Roman numeral),
 * or a two-letter transliterated initial from data ("Ya").
 */
function isInitial(token: string, abbreviations: AbbreviationTable): boolean {
  return (
    /^\p{Lu}$/u.test(token) ||
    /^(?:\p{Lu}\.){1,4}\p{Lu}$/u.test(token) ||
    (/^\p{Lu}{2}$/u.test(token) && !romanPair(token)) ||
    (abbreviations.initial.has(token.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(token))
  );
}

/** The word at `from` (after opening quotes and brackets; '' if none) and its end (UTF-16). */
function wordAt(text: string, from: number): { word: string; end: number } {
  let k = from;
  while (k < text.length && isOpener(text[k])) k++;
  const word = /^\p{L}+(?:['’]\p{L}+)?/u.exec(text.slice(k, k + 40))?.[0] ?? '';
  return { word, end: k + word.length };
}

/**
 * Whether the word at `from` is a closed-class sentence starter ("The", "Noong"). A
 * starter-shaped initial ("A." in "V. A. Smirnov") is not one.
 */
function startsSentence(text: string, from: number, starters: ReadonlySet<string>): boolean {
  const { word, end } = wordAt(text, from);
  if (!starters.has(word.toLowerCase().replace(/’/gu, "'"))) return false;
  return text[end] !== '.' || word.length > 1;
}

/**
 * Whether the word at `from` is followed by another capitalised word ("Debra Perlingiere"):
 * a given name and a surname, which glued initials ("VK. Blucher") never stand before.
 */
function fullNameAt(text: string, from: number): boolean {
  const { word, end } = wordAt(text, from);
  return word !== '' && /^[ \t\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 8));
}

/** How far back a chain of initials is followed (bounds the work on runs like "A. A. A."). */
const maxChain = 4;

/**
 * Whether the initial at `tokenStart` follows other spaced initials ("G. K.") that open a
 * name, i.e. the chain does not follow a capitalised word: "ni G. K. Si Zhukov" is one
 * name, "Shtern G. M. The next day" a surname, its initials and a real end.
 */
function opensName(text: string, tokenStart: number, abbreviations: AbbreviationTable): boolean {
  let at = tokenStart;
  for (let chain = 0; chain <= maxChain; chain++) {
    let k = at;
    while (k > 0 && isInlineSpace(text[k - 1])) k--;
    const { start, token } = k === at ? { start: at, token: '' } : tokenBefore(text, k);
    const bare = token.endsWith('.') ? token.slice(0, -1) : '';
    if (bare !== '' && isInitial(bare, abbreviations)) {
      at = start;
      continue;
    }
    // The chain is over: it opens a name unless a capitalised word (a surname) precedes it.
    return chain > 0 && !/^\p{Lu}\p{Ll}+$/u.test(token);
  }
  return true;
}

/** A numbering token at the start of a line ("3.", "iv.", "b."). */
function isEnumerator(token: string): boolean {
  return /^(?:\d{1,3}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}|\p{L})$/u.test(token);
}

type Verdict = 'end' | 'continue' | 'guess';

/**
 * Whether a single period ends the sentence, given the token before it and the first
 * character of the next word (never a lower-case letter: those were settled before).
 * A capitalised word after an initial continues the name ("VK. Blucher") unless it is a
 * sentence starter ("Shtern G.M. He left") and the initials do not open a name.
 */
function periodVerdict(
  text: string,
  token: string,
  tokenStart: number,
  next: string,
  nextUnit: number,
  data: SegmenterData,
): Verdict {
  if (token === '') return 'end';
  const { abbreviations, starters } = data;
  const key = token.toLowerCase();
  if (startsLine(text, tokenStart) && isEnumerator(token)) return 'continue';
  if (abbreviations.title.has(key)) return 'continue';
  if ((abbreviations.numeric.has(key) || abbreviations.general.has(key)) && isDigit(next)) return 'continue';
  if (abbreviations.acronym.has(key)) return 'end';
  if (isUpper(next) && isInitial(token, abbreviations)) {
    const starts = startsSentence(text, nextUnit, starters) && !opensName(text, tokenStart, abbreviations);
    const glued = /^\p{Lu}{2}$/u.test(token);
    return starts || (glued && fullNameAt(text, nextUnit)) ? 'end' : 'continue';
  }
  // Glued initials before a lone surname ("CMK. Kirov"), not an acronym ending a sentence.
  if (/^\p{Lu}{2,3}$/u.test(token) && isLastWordOfLine(text, nextUnit)) return 'continue';
  return 'end';
}

/** Whether a token is known to the abbreviation data at all. */
function isKnown(key: string, abbreviations: AbbreviationTable): boolean {
  return (
    abbreviations.title.has(key) ||
    abbreviations.numeric.has(key) ||
    abbreviations.general.has(key) ||
    abbreviations.initial.has(key)
  );
}

/** Ends (UTF-16) of blank-line breaks, which always separate sentences. */
function hardBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  for (const match of text.matchAll(/\n[ \t\r]*\n/g)) breaks.add(match.index);
  return breaks;
}

/** Longest quotation (UTF-16 units) taken as part of one sentence; longer ones are passages. */
const maxQuotation = 240;

/**
 * Quotations the sentence goes on after (`“I came. I saw,” he said`): pairs of quote
 * marks, at most `maxQuotation` apart, whose closing mark follows a comma or is followed
 * by a lower-case word or a comma-like mark. A straight quote opens after a space and closes before one.
 * Returns `[open, close]` UTF-16 index pairs.
 */
function continuedQuotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const curly: number[] = [];
  let straight = -1;
  const add = (open: number, close: number): void => {
    const embedded = continuesAfter(text, close + 1) || closesOnComma(text, close);
    if (close - open <= maxQuotation && embedded) spans.push([open, close]);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      curly.length = 0;
      straight = -1;
    } else if (c === '“' || c === '«') curly.push(i);
    else if ((c === '”' || c === '»') && curly.length > 0) add(curly.pop() as number, i);
    else if (c === '"') {
      const opens = i === 0 || isSpace(text[i - 1]) || isOpener(text[i - 1]);
      if (opens) straight = i;
      else if (straight >= 0) {
        add(straight, i);
        straight = -1;
      }
    }
  }
  return spans;
}

/** Whether the quotation closing at `close` ends on a comma (“…, I saw,” Caesar said): it is reported speech. */
function closesOnComma(text: string, close: number): boolean {
  let k = close - 1;
  while (k > 0 && isInlineSpace(text[k])) k--;
  return text[k] === ',' || text[k] === '，';
}

/** Whether the text after a closing quote goes on with a lower-case word or a comma-like mark. */
function continuesAfter(text: string, from: number): boolean {
  let k = from;
  while (isInlineSpace(text[k])) k++;
  const c = charAt(text, k);
  return c !== '' && (isLower(c) || ',;:'.includes(c));
}

/**
 * Finds the sentences of a text with the given language data.
 *
 * @param text any text; blank lines always end a sentence, single newlines do not
 * @param data merged abbreviations and sentence starters (see `abbreviationsOf`, `sentenceStartersOf`)
 * @returns sentence spans (trimmed, in code points, in order) and abbreviation guesses
 * @example findSentences('Ya. V. Smushkevich came. He won.', table).sentences // [{0,24},{25,32}]
 */
export function findSentences(text: string, data: SegmenterData): SentenceSplit {
  const { abbreviations } = data;
  const n = text.length;
  const ends = new Set<number>(hardBreaks(text));
  const hard = new Set<number>(ends);
  const guesses: { start: number; end: number; text: string }[] = [];
  let i = 0;
  while (i < n) {
    if (!isTerminal(text[i])) {
      i++;
      continue;
    }
    let j = i;
    while (isTerminal(text[j])) j++;
    // A spaced run ("road. . It", ". . .") is one end.
    for (;;) {
      let k = j;
      while (isInlineSpace(text[k])) k++;
      if (k > j && isTerminal(text[k]) && (k + 1 >= n || isSpace(text[k + 1]) || isTerminal(text[k + 1]))) {
        j = k;
        while (isTerminal(text[j])) j++;
      } else break;
    }
    const run = text.slice(i, j).replace(/\s+/g, '');
    const runEnd = j;
    while (isCloser(text[j])) j++;
    if (j < n && !isSpace(text[j])) {
      i = j;
      continue; // "3.5", "U.S.A", "end.Next": no space, no boundary
    }
    const k = skipSpaces(text, j);
    if (k >= n) {
      ends.add(j);
      break;
    }
    const next = nextWordStart(text, k);
    const emoticon = emoticonLength(text, k);
    if (emoticon > 0) {
      // ":)" after an end belongs to the sentence before it; the end moves past it.
      const after = nextWordStart(text, skipSpaces(text, k + emoticon));
      if (after === '' || !isLower(after)) ends.add(k + emoticon);
      i = k + emoticon;
      continue;
    }
    const strong = [...run].some(isStrong);
    let verdict: Verdict;
    const { start: tokenStart, token } = tokenBefore(text, i);
    if (isLower(next)) {
      const key = token.toLowerCase();
      // A lower-case start follows a real end only after ?/! or after a word (or a space) that
      // no data lists as an abbreviation; a single letter or an all-capitals token is a
      // guessed abbreviation, and a closing quote means the sentence goes on.
      if (j > runEnd) verdict = 'continue';
      else if (strong) verdict = 'end';
      else if (run !== '.' || isKnown(key, abbreviations)) verdict = 'continue';
      else if (token === '' || plainWord.test(token)) verdict = token.length === 1 ? 'guess' : 'end';
      else verdict = /^\p{L}+$/u.test(token) ? 'guess' : 'continue';
    } else if (strong || run.length > 1) {
      verdict = 'end';
    } else if (j > runEnd) {
      verdict = 'end'; // a period inside closing quotes or brackets ends a quoted sentence
    } else {
      verdict = periodVerdict(text, token, tokenStart, next, k, data);
    }
    if (verdict === 'end') ends.add(j);
    else if (verdict === 'guess') guesses.push({ start: tokenStart, end: runEnd - 1, text: token });
    i = j;
  }
  const kept = outsideQuotations([...ends].sort((a, b) => a - b), continuedQuotations(text), hard);
  const index = new TextIndex(text);
  const sentences = spansBetween(text, kept, hard).map((span) => ({
    start: index.toCodePoint(span.start),
    end: index.toCodePoint(span.end),
  }));
  return {
    sentences,
    guesses: guesses.map((guess) => ({
      start: index.toCodePoint(guess.start),
      end: index.toCodePoint(guess.end),
      text: guess.text,
    })),
  };
}

/** Sorted ends without those inside a continued quotation (`open < end <= close`), in one sweep. */
function outsideQuotations(ends: number[], quotations: [number, number][], hard: Set<number>): number[] {
  const spans = [...quotations].sort((a, b) => a[0] - b[0]);
  const kept: number[] = [];
  let next = 0;
  let reach = -1; // the furthest close among quotations opened before the current end
  for (const end of ends) {
    while (next < spans.length && (spans[next] as [number, number])[0] < end) {
      reach = Math.max(reach, (spans[next] as [number, number])[1]);
      next++;
    }
    if (end > reach || hard.has(end)) kept.push(end);
  }
  return kept;
}

/**
 * Trimmed spans between sorted ends (UTF-16). A stray span (". " opening a line, a lone
 * "2." before a clause) joins the next span of its block, or the previous one when it
 * closes the block.
 */
function spansBetween(text: string, ends: number[], hard: Set<number>): Span[] {
  const spans: (Span & { block: number; stray: boolean })[] = [];
  let from = 0;
  let block = 0;
  for (const end of [...ends, text.length]) {
    let start = from;
    let stop = end;
    while (start < stop && isSpace(text[start])) start++;
    while (stop > start && isSpace(text[stop - 1])) stop--;
    if (stop > start) spans.push({ start, end: stop, block, stray: isStray(text.slice(start, stop)) });
    if (hard.has(end)) block++;
    from = Math.max(from, end);
  }
  const merged: (Span & { block: number; stray: boolean })[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && previous.block === span.block && (previous.stray || span.stray)) {
      // A leading stray joins what follows, a trailing one what precedes.
      previous.end = span.end;
      previous.stray = previous.stray && span.stray;
    } else merged.push({ start: span.start, end: span.end, block: span.block, stray: span.stray });
  }
  return merged.map(({ start, end }) => ({ start, end }));
}

/**
 * Sentence spans of a text, with the abbreviations and sentence starters of the given languages.
 *
 * @param text the text to split (a paragraph, or several separated by blank lines)
 * @param languages ISO 639-3 codes whose abbreviation data apply
 * @returns `[start, end)` code-point spans, trimmed, in order
 * @example splitSentences('Gng. Santos ay dumating. Umalis siya.', ['eng', 'tgl'])
 * // [{ start: 0, end: 24 }, { start: 25, end: 37 }]
 */
export function splitSentences(text: string, languages: readonly LanguageCode[]): Span[] {
  const data = { abbreviations: abbreviationsFor(languages), starters: sentenceStartersFor(languages) };
  return findSentences(text, data).sentences;
}
