/**
 * The segment stage: sentences of every paragraph, with exact code-point offsets
 * (headings, citation lines and references make one segment each).
 * Abbreviations of every configured language apply, since the language of a sentence is
 * identified only after this stage. Tokens the rules take for abbreviations without
 * data saying so are reported as `segment/unknown-abbreviation` warnings.
 */
import type { BlockKind, Document, Segment, Span } from '../model.js';
import { stableId } from '../ids.js';
import { codePointLength, TextIndex } from '../offsets.js';
import type { StageContext, StageMeta } from '../stage.js';
import { abbreviationsOf } from '../segment/abbreviations.js';
import { sentenceStartersOf } from '../segment/sentence-starters.js';
import { findSentences, type SegmenterData } from '../segment/split-sentences.js';
import { limitLength, MAX_SENTENCE_LENGTH } from '../segment/limit-length.js';

/** Paragraph kinds that are not prose and make one segment each. */
const wholeKinds: ReadonlySet<BlockKind> = new Set(['heading', 'citation', 'reference']);

/** The span of a text without surrounding whitespace, in code points. */
function trimmed(text: string): Span {
  const start = codePointLength(text) - codePointLength(text.trimStart());
  return { start, end: codePointLength(text.trimEnd()) };
}

export const meta: StageMeta = {
  name: 'segment',
  version: '3',
  requires: ['paragraphs'],
  assigns: ['segments'],
};

/**
 * Adds `segments` (sentences) to a document that has paragraphs.
 *
 * @param document a document after the structure stage
 * @param context configuration (`languages` selects the abbreviations and sentence starters) and the report sink
 * @returns a new document with `segments` sorted by start, end, id; the input is untouched
 * @example segment(structured, context).segments[0].text // 'From 1936 to 1938, more than …'
 */
export function segment(document: Document, context: StageContext): Document {
  const packs = context.config.languages.map((code) => context.lang(code));
  const data: SegmenterData = { abbreviations: abbreviationsOf(packs), starters: sentenceStartersOf(packs) };
  const index = new TextIndex(document.text);
  const segments: Segment[] = [];
  for (const paragraph of document.paragraphs) {
    const text = index.slice(paragraph.start, paragraph.end);
    // A title, a citation line or a reference is one unit, whatever periods it holds.
    const { sentences, guesses } = wholeKinds.has(paragraph.kind)
      ? { sentences: [trimmed(text)], guesses: [] }
      : findSentences(text, data);
    const chars = sentences.some((sentence) => sentence.end - sentence.start > MAX_SENTENCE_LENGTH) ? [...text] : null;
    for (const sentence of chars ? sentences.flatMap((span) => limitLength(chars, span)) : sentences) {
      const start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      segments.push({
        id: stableId('seg', document.id, start, end),
        section: paragraph.section,
        paragraph: paragraph.id,
        start,
        end,
        text: index.slice(start, end),
        language: 'und',
        languageConfidence: 0,
        foreignSpans: [],
        duplicateOf: null,
      });
    }
    if (chars) {
      context.report({
        reason: `a sentence over ${MAX_SENTENCE_LENGTH} characters was cut at clause marks or spaces`,
        ruleId: 'segment/long-sentence',
        place: { start: paragraph.start, end: paragraph.end },
        fatal: false,
        note: 'text without sentence punctuation (a table, an OCR dump) makes sentences of any length',
      });
    }
    for (const guess of guesses) {
      context.report({
        reason: `"${guess.text}." read as an abbreviation that no abbreviation list names`,
        ruleId: 'segment/unknown-abbreviation',
        place: { start: paragraph.start + guess.start, end: paragraph.start + guess.end + 1 },
        fatal: false,
        actual: `${guess.text}.`,
        note: `add it to pipeline/lang/<code>/abbreviations.json if it is one`,
      });
    }
  }
  segments.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...document, segments };
}
