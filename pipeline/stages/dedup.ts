/**
 * The dedup stage (a corpus stage): exact and near-duplicate documents, paragraphs and
 * sentences, within and across documents. The first occurrence in corpus order (documents
 * in source-path order, passages by position) is canonical; later copies point to it
 * (`duplicateOf` on paragraphs and sentences) and each copy is recorded in
 * `corpus.duplicates` with its similarity and the words that changed. Nothing is removed:
 * later stages annotate duplicates like any text and count their events once.
 */
import type { Corpus, Document, Duplicate, DuplicateLevel, Paragraph, Segment } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { TextIndex } from '../offsets.js';
import { Vocabulary, scanWords, wordsIn, type WordScan } from '../dedup/words.js';
import { matchDuplicates, type MatchOptions } from '../dedup/match.js';
import { alignParts } from '../dedup/align.js';
import { wordChanges } from '../dedup/word-diff.js';

/** The dedup stage reads paragraphs and sentences and adds `duplicateOf` links and `corpus.duplicates`. */
export const meta: StageMeta = {
  name: 'dedup',
  version: '1',
  requires: ['paragraphs', 'segments'],
  assigns: ['duplicates'],
};

/**
 * Least word similarity of a near duplicate: at most about one word in ten differs.
 * Repeats with a few edited words score above 0.9; parallel items built on one template
 * ("a) the 1st Separate Red Banner Army …" / "b) the 2nd …", "Office of the army to
 * deploy - Voroshilov." / "… - Khabarovsk.") share most words but score 0.7–0.86.
 */
const THRESHOLD = 0.9;
/**
 * Least similarity for pairing the sentences of two paragraphs already confirmed as
 * copies: there a reworded sentence ("… will no longer be the Korean …" / "… of not the
 * Korean …") is still the same sentence, and events in it must not count twice.
 */
const ALIGN_THRESHOLD = 0.6;
const DOCUMENT_OPTIONS: MatchOptions = { threshold: THRESHOLD, minWordsExact: 1, minWordsNear: 1 };
/** Any repeated paragraph with a word counts (a repeated heading is a repeat), near ones from 5 words. */
const PARAGRAPH_OPTIONS: MatchOptions = { threshold: THRESHOLD, minWordsExact: 1, minWordsNear: 5 };
/** Sentences of under 4 words ("Comrade.", "I ORDER:") repeat without being repeated passages. */
const SENTENCE_OPTIONS: MatchOptions = { threshold: THRESHOLD, minWordsExact: 4, minWordsNear: 6 };

const LEVEL_ORDER: Readonly<Record<DuplicateLevel, number>> = { document: 0, paragraph: 1, sentence: 2 };

/** A passage located in the corpus. */
interface Located<T> {
  document: number;
  item: T;
  /** Normalized word ids (none when the passage has no letter at all: "2017.", "1."). */
  words: Uint32Array;
}

const NO_WORDS = new Uint32Array(0);

/**
 * Marks duplicate documents, paragraphs and sentences across the corpus.
 *
 * @param corpus documents in source-path order, with paragraphs and segments
 * @param context the report sink (an info message with the counts)
 * @returns a new corpus whose paragraphs and segments carry `duplicateOf` and whose
 *   `duplicates` list every copy, sorted by level, document, start, end; the input is untouched
 * @example deduplicate(corpus, context).duplicates[0] // { level: 'paragraph', similarity: 0.9613, changes: [...] }
 */
export function deduplicate(corpus: Corpus, context: StageContext): Corpus {
  const documents = corpus.documents;
  const indexes = documents.map((document) => new TextIndex(document.text));
  const vocabulary = new Vocabulary();
  const scans: WordScan[] = documents.map((document) => scanWords(document.text, vocabulary));
  const located = <T extends { start: number; end: number }>(document: number, item: T): Located<T> => {
    const words = wordsIn(scans[document] as WordScan, item.start, item.end);
    return { document, item, words: words.some((id) => vocabulary.hasLetter(id)) ? words : NO_WORDS };
  };
  const textOf = (passage: Located<{ start: number; end: number }>): string =>
    (indexes[passage.document] as TextIndex).slice(passage.item.start, passage.item.end);

  const duplicates: Duplicate[] = [];
  const record = <T extends { start: number; end: number }>(
    level: DuplicateLevel,
    canonical: Located<T>,
    duplicate: Located<T>,
    similarity: number,
  ): void => {
    duplicates.push({
      level,
      canonical: place(documents, canonical),
      duplicate: place(documents, duplicate),
      similarity: round(similarity),
      changes: wordChanges(textOf(canonical), textOf(duplicate)),
    });
  };

  // Documents.
  const wholeDocuments = documents.map((_, i) => located(i, { start: 0, end: (indexes[i] as TextIndex).length }));
  for (const match of matchDuplicates(wholeDocuments.map((d) => d.words), DOCUMENT_OPTIONS)) {
    record('document', at(wholeDocuments, match.canonical), at(wholeDocuments, match.duplicate), match.similarity);
  }

  // Paragraphs.
  const paragraphs = documents.flatMap((document, i) => byPosition(document.paragraphs).map((p) => located(i, p)));
  const paragraphDuplicateOf = new Map<string, string>();
  const segmentDuplicateOf = new Map<string, string>();
  // Located once: a paragraph repeated n times has its sentences aligned n times.
  const sentences = documents.flatMap((document, i) => byPosition(document.segments).map((s) => located(i, s)));
  const sentencesByParagraph = groupByParagraph(sentences);
  for (const match of matchDuplicates(paragraphs.map((p) => p.words), PARAGRAPH_OPTIONS)) {
    const canonical = at(paragraphs, match.canonical);
    const duplicate = at(paragraphs, match.duplicate);
    paragraphDuplicateOf.set(duplicate.item.id, canonical.item.id);
    record('paragraph', canonical, duplicate, match.similarity);
    const originals = sentencesByParagraph.get(canonical.item.id) ?? [];
    const copies = sentencesByParagraph.get(duplicate.item.id) ?? [];
    alignParts(originals.map((s) => s.words), copies.map((s) => s.words), ALIGN_THRESHOLD).forEach((index, i) => {
      if (index >= 0) segmentDuplicateOf.set((copies[i] as Located<Segment>).item.id, (originals[index] as Located<Segment>).item.id);
    });
  }

  // Sentences outside repeated paragraphs (inside them, the paragraph entry says it all).
  const sentenceWords = sentences.map((s) => (paragraphDuplicateOf.has(s.item.paragraph) ? NO_WORDS : s.words));
  for (const match of matchDuplicates(sentenceWords, SENTENCE_OPTIONS)) {
    const canonical = at(sentences, match.canonical);
    const duplicate = at(sentences, match.duplicate);
    segmentDuplicateOf.set(duplicate.item.id, canonical.item.id);
    record('sentence', canonical, duplicate, match.similarity);
  }

  context.report({
    reason: `${count(duplicates, 'document')} duplicate documents, ${count(duplicates, 'paragraph')} duplicate paragraphs, ${count(duplicates, 'sentence')} further duplicate sentences`,
    ruleId: 'dedup/summary',
    place: null,
    fatal: null,
  });

  const order = new Map(documents.map((document, i) => [document.id, i]));
  return {
    ...corpus,
    documents: documents.map((document) => withDuplicateLinks(document, paragraphDuplicateOf, segmentDuplicateOf)),
    duplicates: duplicates.sort((a, b) => compareDuplicates(a, b, order)),
  };
}

function withDuplicateLinks(
  document: Document,
  paragraphDuplicateOf: ReadonlyMap<string, string>,
  segmentDuplicateOf: ReadonlyMap<string, string>,
): Document {
  const paragraphs: Paragraph[] = document.paragraphs.map((paragraph) => {
    const duplicateOf = paragraphDuplicateOf.get(paragraph.id) ?? null;
    return duplicateOf === paragraph.duplicateOf ? paragraph : { ...paragraph, duplicateOf };
  });
  const segments: Segment[] = document.segments.map((segment) => {
    const duplicateOf = segmentDuplicateOf.get(segment.id) ?? null;
    return duplicateOf === segment.duplicateOf ? segment : { ...segment, duplicateOf };
  });
  return { ...document, paragraphs, segments };
}

function groupByParagraph(sentences: readonly Located<Segment>[]): Map<string, Located<Segment>[]> {
  const groups = new Map<string, Located<Segment>[]>();
  for (const sentence of sentences) {
    const group = groups.get(sentence.item.paragraph);
    if (group) group.push(sentence);
    else groups.set(sentence.item.paragraph, [sentence]);
  }
  return groups;
}

function byPosition<T extends { start: number; end: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`dedup: no passage at ${index}`);
  return item;
}

function place(documents: readonly Document[], passage: Located<{ start: number; end: number }>) {
  return { document: (documents[passage.document] as Document).id, start: passage.item.start, end: passage.item.end };
}

function compareDuplicates(a: Duplicate, b: Duplicate, order: ReadonlyMap<string, number>): number {
  const doc = (id: string): number => order.get(id) ?? 0;
  return (
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    doc(a.duplicate.document) - doc(b.duplicate.document) ||
    a.duplicate.start - b.duplicate.start ||
    a.duplicate.end - b.duplicate.end ||
    doc(a.canonical.document) - doc(b.canonical.document) ||
    a.canonical.start - b.canonical.start
  );
}

function count(duplicates: readonly Duplicate[], level: DuplicateLevel): number {
  return duplicates.filter((duplicate) => duplicate.level === level).length;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}


