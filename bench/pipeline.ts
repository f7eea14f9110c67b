/**
 * The whole pipeline on `sources/`, against a baseline of reading the same sources
 * (ingest: decode, normalize, hash) in the same process. Also the heap it holds.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusStages, documentStages, processCorpus, resolveConfig } from '../pipeline/pipeline.js';
import { languagePack } from '../pipeline/lang/index.js';
import type { Corpus, Document } from '../pipeline/model.js';
import type { StageContext } from '../pipeline/stage.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { readSources } from '../pipeline/sources.js';
import { repoRoot } from '../eval/paths.js';
import { bestOf, formatRun } from './measure.js';

export async function bench(): Promise<string[]> {
  const files = readSources(join(repoRoot, 'sources'));
  const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const baseline = await bestOf(20, () => files.map(ingest));
  const heapBefore = process.memoryUsage().heapUsed;
  const full = await bestOf(3, () => processCorpus(files));
  const heapAfter = process.memoryUsage().heapUsed;
  return [
    `  sources/: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB`,
    formatRun('baseline: ingest only', baseline, bytes),
    formatRun('full pipeline', full, bytes, baseline),
    `  heap growth over the runs: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`,
    '  time per stage (one warm run):',
    ...(await stageTimes(files.map(ingest).flatMap((r) => ('document' in r ? [r.document] : [])))).map(
      ([name, ms]) => formatRun(`  ${name}`, ms, bytes, baseline),
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}

/** Milliseconds each stage takes over all documents, in pipeline order. */
async function stageTimes(documents: Document[]): Promise<[string, number][]> {
  const context: StageContext = { config: resolveConfig(), lang: languagePack, report: () => undefined };
  const times: [string, number][] = [];
  let current = documents;
  for (const stage of documentStages) {
    const start = process.hrtime.bigint();
    const next: Document[] = [];
    for (const document of current) next.push(await stage.run(document, context));
    times.push([stage.meta.name, Number(process.hrtime.bigint() - start) / 1e6]);
    current = next;
  }
  let corpus: Corpus = { documents: current, duplicates: [], entities: [], events: [], claims: [] };
  for (const stage of corpusStages) {
    const start = process.hrtime.bigint();
    corpus = await stage.run(corpus, context);
    times.push([stage.meta.name, Number(process.hrtime.bigint() - start) / 1e6]);
  }
  return times;
}
