/**
 * The whole pipeline on `sources/`, against a baseline of reading the same sources
 * (ingest: decode, normalize, hash) in the same process. Also the heap it holds.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processCorpus } from '../pipeline/pipeline.js';
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
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
