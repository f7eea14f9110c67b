/**
 * The whole pipeline on a batch of documents (copies of `sources/` written to a temporary
 * folder and read back), with one job as the baseline and two jobs (a worker thread besides
 * this one) as the ratio. No cache. Every parallel run starts its worker afresh, as a
 * command-line run does, so the time includes loading the pipeline in the worker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processCorpus } from '../pipeline/pipeline.js';
import { readSources } from '../pipeline/sources.js';
import type { SourceFile } from '../pipeline/stages/ingest.js';
import { repoRoot } from '../eval/paths.js';
import { formatRun } from './measure.js';

/**
 * Copies of each source. Copies, not edited variants: dedup (a corpus stage, in this thread
 * whatever the jobs) finds a copied document at once, while near copies cost it far more than
 * all the document stages and would hide what the jobs change.
 */
const COPIES = 6;
const RUNS = 2;

/** Writes the copies to a temporary folder and reads them back as a run would. */
function batch(folder: string): SourceFile[] {
  for (let k = 0; k < COPIES; k++) {
    mkdirSync(join(folder, `copy-${k}`));
    for (const source of readSources(join(repoRoot, 'sources'))) writeFileSync(join(folder, `copy-${k}`, source.path), source.bytes);
  }
  return readSources(folder);
}

/** Milliseconds of one run with `jobs`. */
async function timed(files: readonly SourceFile[], jobs: number): Promise<number> {
  const start = process.hrtime.bigint();
  await processCorpus(files, { jobs });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function bench(): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'salaysay-bench-parallel-'));
  try {
    const files = batch(folder);
    const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
    await timed(files, 1); // warm-up of this thread; workers are always cold
    let single = Number.POSITIVE_INFINITY;
    let parallel = Number.POSITIVE_INFINITY;
    for (let run = 0; run < RUNS; run++) {
      // Alternated, so that a change in the machine's load falls on both alike.
      single = Math.min(single, await timed(files, 1));
      parallel = Math.min(parallel, await timed(files, 2));
    }
    return [
      `  ${files.length} documents (copies of sources/), ${(bytes / 1024).toFixed(1)} KiB, no cache, best of ${RUNS}`,
      formatRun('baseline: --jobs 1 (this thread)', single, bytes),
      formatRun('--jobs 2 (a worker and this thread)', parallel, bytes, single),
      `  speed-up of --jobs 2: ${(single / parallel).toFixed(2)}x`,
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
