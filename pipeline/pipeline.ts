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
import { createWorkerPool, siblingModule, type WorkerPool } from './pool.js';
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
  /**
   * How many documents go through the document stages at once: this thread and `jobs - 1`
   * worker threads (default 1: one after the other in this thread, no worker). The result,
   * the messages and the `onDocument` calls are the same, in source order, whatever the number.
   */
  jobs?: number;
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

/** A document after the document stages, with the messages they reported, in order. */
export interface ProcessedDocument {
  document: Document;
  messages: Message[];
}

/**
 * Run the document stages on one ingested document, keeping its messages for the caller to
 * record later (in source order, when documents run in parallel).
 *
 * @param document An ingested document.
 * @param config The resolved configuration (`resolveConfig`).
 * @returns the document with every per-document layer and the messages reported, in order.
 * @example const { document, messages } = await processDocumentQuietly(ingested, resolveConfig());
 */
export async function processDocumentQuietly(document: Document, config: Config): Promise<ProcessedDocument> {
  const messages: Message[] = [];
  const processed = await processDocument(document, { config, onMessage: (message) => messages.push(message) });
  return { document: processed, messages };
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

  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`jobs must be a whole number of at least 1, got ${jobs}`);
  const sources = ordered.map((file) => prepare(file, config, options.cache));
  const pending = sources.flatMap((source) => ('document' in source && !source.cached ? [source.document] : []));
  const pool = jobs > 1 && pending.length > 1 ? documentPool(Math.min(jobs, pending.length) - 1, config) : null;
  // Every pending document starts at once; results are taken in source order below, and a
  // failure is raised when its turn comes (the empty handler keeps it from going unhandled).
  const running = new Map<string, Promise<ProcessedDocument>>();
  if (pool) {
    for (const document of pending) {
      const result = pool.run(document, document.source);
      result.catch(() => undefined);
      running.set(document.source, result);
    }
  }

  /** A prepared source's document after the document stages, its messages recorded in turn. */
  const settle = async (source: IngestedSource): Promise<Document> => {
    if (source.cached) {
      source.cached.messages.forEach(record);
      return source.cached;
    }
    const result = running.get(source.document.source);
    let document: Document;
    if (result) {
      const processed = await result;
      processed.messages.forEach(record);
      document = processed.document;
    } else {
      document = await processDocument(source.document, { config, onMessage: record });
    }
    options.cache?.set(source.key, document);
    return document;
  };

  const documents: Document[] = [];
  const rejected: Message[] = [];
  try {
    for (const [index, source] of sources.entries()) {
      if ('error' in source) {
        rejected.push(source.error);
        record(source.error);
        continue;
      }
      const document = await settle(source);
      documents.push(document);
      options.onDocument?.(document, index, ordered.length, source.cached !== undefined);
    }
  } finally {
    await pool?.close();
  }

  let corpus: Corpus = { documents, duplicates: [], entities: [], events: [], claims: [] };
  const context = createContext(config, '', record);
  for (const stage of corpusStages) corpus = await stage.run(corpus, context);
  return { corpus, config, rejected, messages };
}

/** A source ingest accepted: its document, cache key and cached result. */
interface IngestedSource {
  document: Document;
  key: string;
  cached: Document | undefined;
}

/** A source after ingest: its fatal message, or what ingest made of it. */
type PreparedSource = { error: Message } | IngestedSource;

function prepare(file: SourceFile, config: Config, cache: DocumentCache | undefined): PreparedSource {
  const result = ingest(file);
  if ('error' in result) return result;
  const key = cacheKey(file.path, result.document.sha256, documentStages, config);
  return { document: result.document, key, cached: cache?.get(key) };
}

/**
 * Worker threads running the document stages (pipeline/document-worker.ts) under `config`,
 * and this thread with them: it has the stages loaded already and starts while they load.
 */
function documentPool(workers: number, config: Config): WorkerPool<Document, ProcessedDocument> {
  return createWorkerPool({
    entry: siblingModule(import.meta.url, 'document-worker'),
    workers,
    workerData: config,
    local: (document) => processDocumentQuietly(document, config),
  });
}
