/**
 * The words duplicates are compared on: lower-cased runs of letters, marks and digits,
 * interned as numbers so passages compare as integer sequences (punctuation and case
 * edits do not hide a repeat: "border," ≈ "Border"). A document is scanned once; every
 * passage of it (the document, a paragraph, a sentence) is a slice of that scan.
 */

/** Interned words: the same normalized word gets the same id within one vocabulary. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly letters: boolean[] = [];

  /** The id of a normalized word, assigning the next id to a new word. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.letters.length;
      this.ids.set(word, id);
      this.letters.push(/\p{L}/u.test(word));
    }
    return id;
  }

  /** Whether a word has a letter (not just digits). */
  hasLetter(id: number): boolean {
    return this.letters[id] ?? false;
  }
}

/** The words of one text: ids and code-point offsets, in text order. */
export interface WordScan {
  ids: Uint32Array;
  /** Code-point offset of each word's first character. */
  starts: Uint32Array;
}

const wordCharCache = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  let known = wordCharCache.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(code));
    wordCharCache.set(code, known);
  }
  return known;
}

/**
 * Scans a text into normalized word ids with their code-point offsets.
 *
 * @param text the text
 * @param vocabulary where words are interned
 * @returns the words in order
 * @example scanWords('😀 Stopping fighting,', vocabulary).starts // [2, 11]
 */
export function scanWords(text: string, vocabulary: Vocabulary): WordScan {
  const ids: number[] = [];
  const starts: number[] = [];
  let codePoint = 0;
  let wordStart = -1;
  let wordStartPoint = 0;
  for (let unit = 0; unit <= text.length; ) {
    const code = unit < text.length ? (text.codePointAt(unit) as number) : -1;
    const inWord = code >= 0 && isWordChar(code);
    if (inWord && wordStart < 0) {
      wordStart = unit;
      wordStartPoint = codePoint;
    } else if (!inWord && wordStart >= 0) {
      ids.push(vocabulary.id(text.slice(wordStart, unit).toLowerCase()));
      starts.push(wordStartPoint);
      wordStart = -1;
    }
    if (code < 0) break;
    unit += code > 0xffff ? 2 : 1;
    codePoint++;
  }
  return { ids: Uint32Array.from(ids), starts: Uint32Array.from(starts) };
}

/**
 * The words of a scanned text that start inside a code-point span.
 *
 * @returns a view on the scan (not a copy)
 */
export function wordsIn(scan: WordScan, start: number, end: number): Uint32Array {
  return scan.ids.subarray(lowerBound(scan.starts, start), lowerBound(scan.starts, end));
}

function lowerBound(values: Uint32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
