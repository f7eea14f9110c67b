/**
 * Recovers where each sub-word token of a tokenizer sits in the text it came from.
 * transformers.js tokenizers give no offsets, and their normalizers lowercase, strip
 * accents and drop characters, so tokens are matched against a folded copy of the text
 * that remembers where each folded unit came from.
 */

/** A `[start, end)` span in UTF-16 units of the aligned text. */
export interface UnitSpan {
  start: number;
  end: number;
}

/** How far (in folded UTF-16 units) a token may be found past the previous one. */
const MAX_SKIP = 64;

const MARKS = /\p{M}/gu;
const WHITESPACE = /\s/u;

/** Folds a string the way uncased tokenizers normalize it: lowercase, no accents. */
function fold(text: string): string {
  // Final sigma lowercases differently alone and inside a word.
  return text.toLowerCase().replace(/ς/gu, 'σ').normalize('NFKD').replace(MARKS, '');
}

/** The folded text plus, for each folded unit, the span of the source code point. */
interface FoldedText {
  text: string;
  sources: UnitSpan[];
}

function foldWithSources(text: string): FoldedText {
  let folded = '';
  const sources: UnitSpan[] = [];
  let unit = 0;
  for (const char of text) {
    const source = { start: unit, end: unit + char.length };
    // ASCII needs no normalization; folding every character would dominate the cost.
    const piece = char < '\u0080' ? char.toLowerCase() : fold(char);
    // A character that folds away (a combining accent) belongs to the one before it.
    const previous = sources.at(-1);
    if (piece === '' && previous !== undefined && previous.end === unit) previous.end = source.end;
    folded += piece;
    for (let i = 0; i < piece.length; i++) sources.push(source);
    unit += char.length;
  }
  return { text: folded, sources };
}

/**
 * Splits a gap left by unaligned tokens among them: one whitespace-separated piece per
 * token when the counts agree, else the whole gap to the first token.
 */
function fillGap(
  text: string,
  gap: UnitSpan,
  count: number,
): (UnitSpan | null)[] {
  const pieces: UnitSpan[] = [];
  const piece = /\S+/gu;
  piece.lastIndex = gap.start;
  for (let match = piece.exec(text); match && match.index < gap.end; match = piece.exec(text)) {
    pieces.push({ start: match.index, end: Math.min(match.index + match[0].length, gap.end) });
  }
  if (pieces.length === 0) return new Array<null>(count).fill(null);
  if (pieces.length === count) return pieces;
  const whole = { start: (pieces[0] as UnitSpan).start, end: (pieces.at(-1) as UnitSpan).end };
  return [whole, ...new Array<null>(count - 1).fill(null)];
}

/**
 * Aligns token surfaces to the text, in order.
 *
 * @param text The text that was tokenized.
 * @param surfaces Each token's text without sub-word markers (`##`, `▁`, `Ġ`), or null
 *   for a token with no surface (the unknown token).
 * @returns One UTF-16 span per token, or null when the token could not be placed;
 *   unknown tokens take the text between their aligned neighbours.
 * @example
 * alignTokens('Blücher 😀 Kha', ['blu', 'cher', null, 'kha']);
 * // [{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 8, end: 10 }, { start: 11, end: 14 }]
 */
export function alignTokens(
  text: string,
  surfaces: readonly (string | null)[],
): (UnitSpan | null)[] {
  const folded = foldWithSources(text);
  const spans: (UnitSpan | null)[] = [];
  let cursor = 0;
  for (const surface of surfaces) {
    const needle = surface === null ? '' : fold(surface).replace(/\s+/gu, '');
    if (needle === '') {
      spans.push(null);
      continue;
    }
    while (cursor < folded.text.length && WHITESPACE.test(folded.text[cursor] as string)) cursor++;
    // Search a bounded window, so tokens that are not in the text cost no full scans.
    const window = folded.text.slice(cursor, cursor + MAX_SKIP + needle.length);
    const found = cursor + window.indexOf(needle);
    if (found < cursor) {
      spans.push(null);
      continue;
    }
    const end = found + needle.length;
    spans.push({
      start: (folded.sources[found] as UnitSpan).start,
      end: (folded.sources[end - 1] as UnitSpan).end,
    });
    cursor = end;
  }
  return fillUnaligned(text, spans);
}

/** Gives each run of unaligned tokens the text between its aligned neighbours. */
function fillUnaligned(text: string, spans: (UnitSpan | null)[]): (UnitSpan | null)[] {
  const filled = [...spans];
  let index = 0;
  while (index < filled.length) {
    if (filled[index] !== null) {
      index++;
      continue;
    }
    let stop = index;
    while (stop < filled.length && filled[stop] === null) stop++;
    const gap = {
      start: index === 0 ? 0 : (filled[index - 1] as UnitSpan).end,
      end: stop === filled.length ? text.length : (filled[stop] as UnitSpan).start,
    };
    filled.splice(index, stop - index, ...fillGap(text, gap, stop - index));
    index = stop;
  }
  return filled;
}
