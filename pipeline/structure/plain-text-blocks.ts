/**
 * The block reader for plain text. Each non-blank line is a block, so text without blank
 * lines (one paragraph a line) keeps its paragraphs, and nothing is read as markup
 * (backticks, `3.` at the start of a line, `#`). A line joins the one before only when it
 * is clearly wrapped prose: the line before ends without sentence-final punctuation and
 * either ends in a comma or dash, or this line starts in lower case, or the text is
 * hard-wrapped (most of its long lines end mid-sentence) and the line before is long.
 */
import { codePointLength, TextIndex } from '../offsets.js';
import type { Block } from './block.js';

/** A line at least this long (code points) that ends mid-sentence was wrapped by its writer. */
const wrappedLineLength = 60;

const endsSentence = /[.?!…:;"”»)\]]\s*$/u;
const endsInJoin = /[,\-–—]\s*$/u;
const startsLower = /^\s*\p{Ll}/u;
const startsMarker = /^\s*(?:\d{1,3}[.)]|\p{L}\)|[-*•–])\s/u;

interface Line {
  start: number;
  end: number;
  text: string;
  gapBefore: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    const length = codePointLength(raw);
    if (raw.trim() === '') blank = true;
    else {
      const lead = length - codePointLength(raw.trimStart());
      const trail = length - codePointLength(raw.trimEnd());
      lines.push({ start: start + lead, end: start + length - trail, text: raw.trim(), gapBefore: blank });
      blank = false;
    }
    start += length + 1;
  }
  return lines;
}

const isLong = (line: Line): boolean => line.end - line.start >= wrappedLineLength;

/** Whether most long lines end mid-sentence: a writer (or a mail client) wrapped the text. */
function isHardWrapped(lines: readonly Line[]): boolean {
  const long = lines.filter(isLong);
  return long.filter((line) => !endsSentence.test(line.text)).length * 2 > long.length;
}

function continues(previous: Line, line: Line, hardWrapped: boolean): boolean {
  if (line.gapBefore || endsSentence.test(previous.text) || startsMarker.test(line.text)) return false;
  return endsInJoin.test(previous.text) || startsLower.test(line.text) || (hardWrapped && isLong(previous));
}

/**
 * Reads the blocks of a plain-text document.
 *
 * @param text the document text (NFC, `\n` line endings)
 * @returns paragraph blocks in order, trimmed, with code-point spans
 * @example plainTextBlocks('Title\n\nFirst line.\nSecond line.').map((b) => b.text)
 * // ['Title', 'First line.', 'Second line.']
 */
export function plainTextBlocks(text: string): Block[] {
  const index = new TextIndex(text);
  const blocks: Block[] = [];
  let current: Line | null = null;
  let first: Line | null = null;
  const flush = (): void => {
    if (!current || !first) return;
    blocks.push({
      syntax: 'paragraph',
      start: first.start,
      end: current.end,
      text: index.slice(first.start, current.end),
      depth: null,
      marker: null,
      gapBefore: first.gapBefore || blocks.length === 0,
    });
  };
  const lines = linesOf(text);
  const hardWrapped = isHardWrapped(lines);
  for (const line of lines) {
    if (current && continues(current, line, hardWrapped)) {
      current = line;
      continue;
    }
    flush();
    first = line;
    current = line;
  }
  flush();
  return blocks;
}
