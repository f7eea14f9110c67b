/** `manifest.json`: what produced the dataset, from which sources, and how much of everything. */
import type { RunResult } from '../pipeline.js';

export const SCHEMA_VERSION = 1;

/** Name and version of the program that wrote the dataset. */
export interface Generator {
  name: string;
  version: string;
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** The manifest of a run. Holds no time: the run log has that. */
export function manifestRecord(result: RunResult, generator: Generator) {
  const { corpus, config } = result;
  const documents = corpus.documents;
  const paragraphs = documents.flatMap((document) => document.paragraphs);
  const duplicateParagraphs = paragraphs.filter((paragraph) => paragraph.duplicateOf !== null);
  const paragraphLength = (list: typeof paragraphs): number =>
    list.reduce((sum, paragraph) => sum + paragraph.end - paragraph.start, 0);
  const totalLength = paragraphLength(paragraphs);
  const segments = documents.flatMap((document) => document.segments);
  const mentions = documents.flatMap((document) => document.mentions);

  return {
    schema_version: SCHEMA_VERSION,
    generator: { name: generator.name, version: generator.version },
    config: {
      languages: [...config.languages],
      recognizers: [...config.recognizers],
      ner_model: config.nerModel,
      document_dates: config.documentDates,
    },
    recognizers: sorted(mentions.map((mention) => mention.recognizer)),
    sources: documents.map((document) => ({
      path: document.source,
      sha256: document.sha256,
      document: document.id,
      language: document.language,
    })),
    rejected: result.rejected.map((message) => ({ path: message.file, rule: message.ruleId, reason: message.reason })),
    counts: {
      documents: documents.length,
      rejected: result.rejected.length,
      sections: documents.reduce((sum, document) => sum + document.sections.length, 0),
      paragraphs: paragraphs.length,
      duplicate_paragraphs: duplicateParagraphs.length,
      duplicate_share: totalLength === 0 ? 0 : Math.round((paragraphLength(duplicateParagraphs) / totalLength) * 10000) / 10000,
      segments: segments.length,
      duplicate_segments: segments.filter((segment) => segment.duplicateOf !== null).length,
      duplicates: corpus.duplicates.length,
      timexes: documents.reduce((sum, document) => sum + document.timexes.length, 0),
      mentions: mentions.length,
      entities: corpus.entities.length,
      event_mentions: documents.reduce((sum, document) => sum + document.events.length, 0),
      events: corpus.events.length,
      claims: corpus.claims.length,
    },
  };
}
