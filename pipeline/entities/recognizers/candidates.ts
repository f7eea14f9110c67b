/** Turns a sentence's spans (UTF-16 offsets) into mention candidates (code points of the document). */
import type { Document, Segment } from '../../model.js';
import { TextIndex } from '../../offsets.js';
import type { MentionCandidate } from '../recognizer.js';
import { documentIndex } from '../document-index.js';
import type { Found } from '../patterns/found.js';

/** How far past its sentence a segment's line is read (UTF-16 units). */
const LINE_REACH = 400;

/** The segment's text continued to the end of its line, and an index over it. */
export function segmentLine(segment: Segment, document: Document): { text: string; index: TextIndex } {
  const start = documentIndex(document).toUnit(segment.start);
  // A citation's title runs on past a sentence break, never past the line nor far:
  // the bound keeps long one-line texts from costing the square of their length.
  const limit = Math.min(document.text.length, start + segment.text.length + LINE_REACH);
  const newline = document.text.indexOf('\n', start);
  const line = document.text.slice(start, newline < 0 || newline > limit ? limit : newline);
  const text = line.startsWith(segment.text) ? line : segment.text;
  return { text, index: new TextIndex(text) };
}

/**
 * Mention candidates from spans found in a segment.
 *
 * @param found Spans in UTF-16 offsets of the segment's text (or its line continuation).
 * @param segment The segment they were found in.
 * @param lineIndex Index over the text the offsets refer to.
 * @param backend Provenance prefix, e.g. `entities/eng`.
 */
export function toCandidates(found: readonly Found[], segment: Segment, lineIndex: TextIndex, backend: string): MentionCandidate[] {
  return found.map((span) => ({
    start: segment.start + lineIndex.toCodePoint(span.start),
    end: segment.start + lineIndex.toCodePoint(span.end),
    text: lineIndex.text.slice(span.start, span.end),
    type: span.type,
    score: span.score,
    recognizer: `${backend}/${span.rule}`,
    normalized: span.normalized,
    gazetteer: span.gazetteer,
  }));
}
