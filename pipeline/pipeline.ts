/**
 * The runner: the declared order of stages, checked against what each requires and
 * assigns, and the two entry points `processDocument` and `processCorpus`.
 */
import type { Corpus, Document, Message } from './model.js';
import type { Config, CorpusStage, DocumentStage, Layer, StageContext, StageMeta } from './stage.js';
import { defaultConfig } from './stage.js';
import { languagePack } from './lang/index.js';
import { ingest, type SourceFile } from './stages/ingest.js';
import { cacheKey, type DocumentCache } from './cache.js';
import * as structure from './stages/structure.js';
import * as segment from './stages/segment.js';
import * as language from './stages/language.js';
import * as dates from './stages/dates.js';
import * as entities from './stages/entities.js';
import * as events from './stages/events.js';
import * as dedup from './stages/dedup.js';
import * as link from './entities/link.js';
import * as consolidate from './events/consolidate.js';
import * as corrections from './stages/corrections.js';

/** Per-document stages, in order. Dedup is a corpus stage: it compares documents. */
export const documentStages: readonly DocumentStage[] = [
  { meta: structure.meta, run: structure.structure },
  { meta: segment.meta, run: segment.segment },
  { meta: language.meta, run: language.identifyLanguage },
  { meta: dates.meta, run: dates.tagDates },
  { meta: entities.meta, run: entities.recognizeEntities },
  { meta: events.meta, run: events.extractEvents },
];

/**
 * Corpus stages, in order: duplicates first (later stages must not count a repeated
 * passage twice), then entity linking, then event consolidation, which needs both; a
 * historian's corrections last, since they may name entities, events and claims.
 */
export const corpusStages: readonly CorpusStage[] = [
  { meta: dedup.meta, run: dedup.deduplicate },
  { meta: link.meta, run: link.linkEntities },
  { meta: consolidate.meta, run: consolidate.consolidateEvents },
  { meta: corrections.meta, run: corrections.applyCorrectionsStage },
];

/**
 * Check that every stage's `requires` is assigned by an earlier stage.
 *
 * @throws naming the first stage whose requirement is not met.
 */
export function checkStageOrder(stages: readonly { meta: StageMeta }[], given: readonly Layer[] = ['text']): void {
  const available = new Set<Layer>(given);
  for (const { meta } of stages) {
    const missing = meta.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new Error(`Stage '${meta.name}' requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const layer of meta.assigns) available.add(layer);
  }
}

checkStageOrder([...documentStages, ...corpusStages]);

export interface RunOptions {
  /** Settings; missing keys take the embedded defaults. */
  config?: Partial<Config>;
  /** Called with every message as it is reported (the run log). */
  onMessage?: (message: Message) => void;
  /** Called after each document has passed the document stages. */
  onDocument?: (document: Document, index: number, total: number, cached: boolean) => void;
  /** Per-document results of earlier runs; unchanged sources are not processed again. */
  cache?: DocumentCache;
}

/** The result of a run: the corpus and the sources that could not be read. */
export interface RunResult {
  corpus: Corpus;
  config: Config;
  /** One fatal message per rejected source, in source order. */
  rejected: Message[];
  /** Every message reported, in the order reported. */
  messages: Message[];
}

/** The full configuration: defaults overlaid with the given keys. */
export function resolveConfig(config: Partial<Config> = {}): Config {
  const merged: Config = { ...defaultConfig, ...config };
  for (const code of merged.languages) languagePack(code); // throws early on an unknown language
  return merged;
}

function createContext(config: Config, file: string, sink: (message: Message) => void): StageContext {
  return {
    config,
    lang: languagePack,
    report: (message) => sink({ ...message, source: message.ruleId.split('/')[0] ?? 'pipeline', file }),
  };
}

/**
 * Run the document stages on one already ingested document.
 *
 * @returns the document with every per-document layer; duplicates, entity linking and
 *   event consolidation need the corpus (`processCorpus`).
 */
export async function processDocument(document: Document, options: RunOptions = {}): Promise<Document> {
  const config = resolveConfig(options.config);
  const messages: Message[] = [];
  const context = createContext(config, document.source, (message) => {
    messages.push(message);
    options.onMessage?.(message);
  });
  let current = document;
  for (const stage of documentStages) current = await stage.run(current, context);
  return { ...current, messages: [...current.messages, ...messages] };
}

/**
 * Run the whole pipeline on a set of source files.
 *
 * @param files Sources with paths relative to their root; processed in path order.
 * @returns the corpus (documents, duplicates, entities, events, claims) and what was rejected.
 * @example
 *   const { corpus } = await processCorpus([{ path: 'a.txt', bytes }]);
 */
export async function processCorpus(files: readonly SourceFile[], options: RunOptions = {}): Promise<RunResult> {
  const config = resolveConfig(options.config);
  const messages: Message[] = [];
  const record = (message: Message): void => {
    messages.push(message);
    options.onMessage?.(message);
  };
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const duplicatePath = ordered.find((file, i) => i > 0 && ordered[i - 1]?.path === file.path);
  if (duplicatePath) throw new Error(`Two sources share the path '${duplicatePath.path}'`);

  const documents: Document[] = [];
  const rejected: Message[] = [];
  for (const [index, file] of ordered.entries()) {
    const result = ingest(file);
    if ('error' in result) {
      rejected.push(result.error);
      record(result.error);
      continue;
    }
    const key = cacheKey(file.path, result.document.sha256, documentStages, config);
    const cached = options.cache?.get(key);
    if (cached) cached.messages.forEach(record);
    const document = cached ?? (await processDocument(result.document, { config, onMessage: record }));
    if (!cached) options.cache?.set(key, document);
    documents.push(document);
    options.onDocument?.(document, index, ordered.length, cached !== undefined);
  }

  let corpus: Corpus = { documents, duplicates: [], entities: [], events: [], claims: [] };
  const context = createContext(config, '', record);
  for (const stage of corpusStages) corpus = await stage.run(corpus, context);
  return { corpus, config, rejected, messages };
}
