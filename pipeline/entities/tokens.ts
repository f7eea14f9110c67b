/**
 * Word tokens of a piece of text with UTF-16 offsets, the unit every entity pattern
 * works on. Punctuation is not a token: it stays in the gap between two tokens, which
 * patterns read to tell "V.K. Blucher" (initials) from "Blucher. The" (a sentence end).
 */

/** A word of the text. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  /** UTF-16 offsets into the tokenized text. */
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter ("Blucher", "VOROSHILOV", "KDfront"). */
  readonly capitalized: boolean;
  /** Two or more letters, all upper case ("USSR", "KDF"). */
  readonly allCaps: boolean;
  /** Only digits ("0040"). */
  readonly numeric: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}]+)?/gu;
const LETTERS = /\p{L}/u;
const DIGITS = /^[0-9]+$/;

/**
 * Splits text into word tokens.
 *
 * @param text Any text (a sentence).
 * @returns Tokens in order, with UTF-16 offsets.
 * @example tokenize("V.K. Blucher's")[2].text // "Blucher's"
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const start = match.index;
    const lower = word.toLowerCase();
    const code = word.charCodeAt(0);
    // Case tests by comparison (ASCII first): cheaper than Unicode property classes per token.
    const capitalized = code < 128 ? code >= 65 && code <= 90 : word.charAt(0) !== word.charAt(0).toLowerCase();
    tokens.push({
      text: word,
      lower,
      start,
      end: start + word.length,
      capitalized,
      allCaps: capitalized && word.length >= 2 && word !== lower && word === word.toUpperCase() && LETTERS.test(word.slice(1)),
      numeric: code >= 48 && code <= 57 && DIGITS.test(word),
    });
  }
  return tokens;
}

/** The text between token `i` and token `i + 1` (end of text after the last one). */
export function gapAfter(text: string, tokens: readonly Token[], i: number): string {
  const token = tokens[i];
  if (!token) return '';
  const next = tokens[i + 1];
  return text.slice(token.end, next ? next.start : text.length);
}

/** The text before token `i` since the previous token (start of text for the first). */
export function gapBefore(text: string, tokens: readonly Token[], i: number): string {
  const token = tokens[i];
  if (!token) return '';
  const previous = tokens[i - 1];
  return text.slice(previous ? previous.end : 0, token.start);
}

/** Whether a gap joins two words of one name: a single space or a hyphen. */
export function isNameGap(gap: string): boolean {
  return gap === ' ' || gap === '-' || gap === '‑';
}

/**
 * Whether a gap and the token after it continue a word broken at a line end, as printed or
 * scanned: a hyphen or "¬", perhaps a space, then a lower-case part ("Harri¬ son",
 * "Schon- feld", "Kai-shek").
 */
export function isWordBreak(gap: string, next: Token | undefined): boolean {
  return next !== undefined && /^[-‑¬]\s?$/u.test(gap) && /^\p{Ll}/u.test(next.text);
}

/**
 * Whether token `i` is an initial: one or two letters ("V", "Ya", "VK") followed by a dot,
 * and not a number sign ("No. 8").
 */
export function isInitial(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.capitalized) return false;
  if (!/^(?:\p{Lu}\p{Ll}?|\p{Lu}{2})$/u.test(token.text)) return false;
  if (tokens[i + 1]?.numeric) return false;
  return gapAfter(text, tokens, i).startsWith('.');
}

/** Most letters a dotted acronym holds ("U.S.S.R."). */
const MAX_ACRONYM = 6;

/**
 * Index of the first letter of a dotted acronym ending at token `i` ("U.S.", "U.S.A."):
 * two or more single capital letters, each followed by a dot with no space between them.
 *
 * @returns The first token's index, or -1 when token `i` does not end one.
 * @example dottedAcronymStart('the U.S. Army', tokenize('the U.S. Army'), 2) // 1
 */
export function dottedAcronymStart(text: string, tokens: readonly Token[], i: number): number {
  const letter = (k: number): boolean => /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && text.charAt(tokens[k]!.end) === '.';
  if (!letter(i)) return -1;
  let first = i;
  // Bounded: an acronym has a few letters, and a long run of them must not cost its square.
  while (first > 0 && i - first < MAX_ACRONYM && letter(first - 1) && gapAfter(text, tokens, first - 1) === '.') first--;
  return first < i ? first : -1;
}

/** Whether a token ends in a possessive ("Kurita's"): a name ends with it. */
export function isPossessive(token: Token | undefined): boolean {
  return !!token && token.text.length > 3 && /['’]s$/u.test(token.text);
}
