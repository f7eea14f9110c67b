/**
 * The events stage on `sources/` (after every stage before it), against a baseline of
 * scanning the same sentences for words with a plain Unicode regular expression in the
 * same process; and compromise's part-of-speech tagging of the sentences the stage tags
 * (those where a verb trigger matched its bare form), run alone: most of the stage's
 * time, and the part no code of ours can speed up.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import type { Document } from '../pipeline/model.js';
import { documentStages, resolveConfig } from '../pipeline/pipeline.js';
import { languagePack } from '../pipeline/lang/index.js';
import type { StageContext } from '../pipeline/stage.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { extractEvents } from '../pipeline/stages/events.js';
import { eventLexicon, lexiconLanguage } from '../pipeline/events/lexicon.js';
import { hasBareVerbTrigger } from '../pipeline/events/pos.js';
import { findTriggers } from '../pipeline/events/triggers.js';
import { tokenize } from '../pipeline/events/tokens.js';
import { readSources } from '../pipeline/sources.js';
import { repoRoot } from '../eval/paths.js';
import { bestOf, formatRun } from './measure.js';

const context: StageContext = { config: resolveConfig(), lang: languagePack, report: () => undefined };

/** The documents of `sources/` with every layer the events stage reads. */
async function preparedSources(): Promise<Document[]> {
  const documents: Document[] = [];
  for (const file of readSources(join(repoRoot, 'sources'))) {
    const result = ingest(file);
    if (!('document' in result)) continue;
    let document = result.document;
    for (const stage of documentStages) {
      if (stage.meta.name === 'events') break;
      document = await stage.run(document, context);
    }
    documents.push(document);
  }
  return documents;
}

function wordScan(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) words++;
  return words;
}

export async function bench(): Promise<string[]> {
  const documents = await preparedSources();
  const segments = documents.flatMap((document) => document.segments);
  const sentences = segments.map((segment) => segment.text);
  const bytes = sentences.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  // The sentences the tagger runs on: a verb trigger matched its bare form (the stage's gate).
  const tagged = documents.flatMap((document) =>
    document.segments.filter((segment) => {
      const code = lexiconLanguage(segment, document);
      if (code === null) return false;
      const lexicon = eventLexicon(code, context);
      const tokens = tokenize(segment);
      return lexicon.tagger === 'compromise' && hasBareVerbTrigger(tokens, findTriggers(tokens, () => '', lexicon));
    }),
  );
  const taggedBytes = tagged.reduce((sum, segment) => sum + Buffer.byteLength(segment.text), 0);
  const baseline = await bestOf(10, () => wordScan(sentences));
  const stage = await bestOf(5, () => documents.map((document) => extractEvents(document, context)));
  const tagging = await bestOf(5, () => tagged.map((segment) => nlp(segment.text).json({ offset: true, terms: { offset: true } })));
  return [
    `  sources/: ${documents.length} documents, ${sentences.length} sentences, ${(bytes / 1024).toFixed(1)} KiB`,
    formatRun('baseline: regex word scan', baseline, bytes),
    formatRun('events stage', stage, bytes, baseline),
    `  sentences tagged by compromise: ${tagged.length}, ${(taggedBytes / 1024).toFixed(1)} KiB`,
    formatRun('  compromise nlp() on them alone', tagging, bytes, baseline),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
