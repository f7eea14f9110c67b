import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderCache } from '../pipeline/cache.js';
import type { Message } from '../pipeline/model.js';
import { processCorpus, processDocumentQuietly, resolveConfig, type ProcessedDocument, type RunOptions, type RunResult } from '../pipeline/pipeline.js';
import { createWorkerPool, siblingModule } from '../pipeline/pool.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { serializeDataset } from '../pipeline/output/write.js';
import type { Document } from '../pipeline/model.js';
import type { SourceFile } from '../pipeline/stages/ingest.js';

const generator = { name: 'salaysay', version: 'test' };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Passages of sources/ cut into documents of a few lines, plus a copy, non-BMP text, an overlong sentence and unreadable files. */
function generatedCorpus(): SourceFile[] {
  const lines = (file: string): string[] => readFileSync(join('sources', file), 'utf8').split('\n');
  const english = lines('000_2bbb75ac86e56445.txt');
  const tagalog = lines('002_72cd50726f35cc8d.txt');
  const text = (from: string[], start: number, end: number): Uint8Array => encode(`${from.slice(start, end).join('\n')}\n`);
  return [
    { path: 'eng/a.txt', bytes: text(english, 0, 14) },
    { path: 'eng/b.txt', bytes: text(english, 14, 30) },
    { path: 'eng/b-copy.txt', bytes: text(english, 14, 30) },
    { path: 'tgl/c.txt', bytes: text(tagalog, 0, 3) },
    { path: 'tgl/d.md', bytes: encode(`# Khalkhin Gol\n\n${tagalog.slice(3, 6).join('\n\n')}\n`) },
    { path: 'mixed.txt', bytes: encode('𝔸😀 On July 29, 1938, the Japanese attacked the Soviet border post near Lake Khasan.\nNoong Mayo 11, 1939, sumalakay ang mga Hapon sa Mongolia.\n') },
    { path: 'long.txt', bytes: encode(`${'the border post '.repeat(200)}\n`) }, // one 3,200-character sentence: a warning
    { path: 'empty.txt', bytes: new Uint8Array() },
    { path: 'binary.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]) },
    { path: 'latin1.txt', bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) },
  ];
}

/** A run with everything it told: the result, the messages and the progress calls, in order. */
async function observedRun(files: readonly SourceFile[], options: RunOptions): Promise<{ result: RunResult; messages: Message[]; progress: string[] }> {
  const messages: Message[] = [];
  const progress: string[] = [];
  const result = await processCorpus(files, {
    ...options,
    onMessage: (message) => messages.push(message),
    onDocument: (document, index, total, cached) => progress.push(`${document.source} ${index + 1}/${total}${cached ? ' cached' : ''}`),
  });
  return { result, messages, progress };
}

describe('processCorpus with jobs', async () => {
  const files = generatedCorpus();
  const single = await observedRun(files, { jobs: 1 });

  it('should find what the generated corpus holds (so the comparisons below compare something)', () => {
    expect(single.result.corpus.documents.map((document) => document.source)).toEqual([
      'eng/a.txt', 'eng/b-copy.txt', 'eng/b.txt', 'long.txt', 'mixed.txt', 'tgl/c.txt', 'tgl/d.md',
    ]);
    expect(single.messages.filter((message) => message.file === 'long.txt').map((message) => message.ruleId)).toContain('segment/long-sentence');
    expect(single.result.rejected.map((message) => message.file)).toEqual(['binary.txt', 'empty.txt', 'latin1.txt']);
    expect(single.result.corpus.duplicates.length).toBeGreaterThan(0);
    expect(single.result.corpus.events.length).toBeGreaterThan(0);
    const mixed = single.result.corpus.documents.find((document) => document.source === 'mixed.txt');
    const timex = mixed?.timexes.find((found) => found.text === 'July 29, 1938');
    expect(timex && [...(mixed?.text ?? '')].slice(timex.start, timex.end).join('')).toBe('July 29, 1938');
    expect(timex?.start).toBe(6); // two non-BMP characters, a space and "On " before it
  });

  it.each([[2], [3], [16]])(
    'should give the same dataset, messages and progress with %i jobs as with one',
    async (jobs) => {
      const parallel = await observedRun([...files].reverse(), { jobs });
      expect(serializeDataset(parallel.result, generator)).toEqual(serializeDataset(single.result, generator));
      expect(parallel.messages).toEqual(single.messages);
      expect(parallel.result.messages).toEqual(single.result.messages);
      expect(parallel.result.rejected).toEqual(single.result.rejected);
      expect(parallel.progress).toEqual(single.progress);
    },
    120_000,
  );

  it('should share the document cache with single-threaded runs: the same keys, hits not processed', async () => {
    const parallelCache = mkdtempSync(join(tmpdir(), 'salaysay-jobs-cache-'));
    const singleCache = mkdtempSync(join(tmpdir(), 'salaysay-jobs-cache-'));
    const first = await observedRun(files, { jobs: 2, cache: folderCache(parallelCache) });
    await observedRun(files, { jobs: 1, cache: folderCache(singleCache) });
    expect(readdirSync(parallelCache).sort()).toEqual(readdirSync(singleCache).sort());
    expect(first.progress.some((line) => line.endsWith('cached'))).toBe(false);

    const again = await observedRun(files, { jobs: 1, cache: folderCache(parallelCache) });
    expect(again.progress).toEqual(single.progress.map((line) => `${line} cached`));
    const againParallel = await observedRun(files, { jobs: 2, cache: folderCache(singleCache) });
    expect(againParallel.progress).toEqual(again.progress);
    expect(serializeDataset(againParallel.result, generator)).toEqual(serializeDataset(single.result, generator));
  }, 120_000);

  it('should name the first document in source order when a document stage throws', async () => {
    const config = { recognizers: ['no-such-recogniser'] };
    await expect(processCorpus(files, { jobs: 2, config })).rejects.toThrow(/^eng\/a\.txt: entities: unknown recogniser 'no-such-recogniser'/);
  }, 120_000);

  it('should give the same documents and messages from the document worker as from this thread', async () => {
    // The pool of a run lets this thread take documents too; here only workers do.
    const config = resolveConfig();
    const documents = files.flatMap((file) => {
      const result = ingest(file);
      return 'document' in result ? [result.document] : [];
    });
    const pool = createWorkerPool<Document, ProcessedDocument>({
      entry: siblingModule(new URL('../pipeline/pipeline.ts', import.meta.url).href, 'document-worker'),
      workers: 2,
      workerData: config,
    });
    try {
      const fromWorkers = await Promise.all(documents.map((document) => pool.run(document, document.source)));
      const here = await Promise.all(documents.map((document) => processDocumentQuietly(document, config)));
      expect(fromWorkers.map(({ messages }) => messages.length).reduce((a, b) => a + b)).toBeGreaterThan(0);
      expect(fromWorkers).toStrictEqual(here);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it.each([[0], [-2], [1.5], [Number.NaN]])('should refuse %s jobs', async (jobs) => {
    await expect(processCorpus(files, { jobs })).rejects.toThrow(/jobs must be a whole number/);
  });
});
