/**
 * The command line (`salaysay run --no-cache`, from the sources through tsx as `npm run
 * pipeline` runs it) on a batch of documents, copies of `sources/` in a temporary folder, with
 * `--jobs 1` as the baseline and `--jobs 2` (a worker thread besides the main one) as the
 * ratio. Whole runs, so both pay what a user waits for: loading the pipeline, and in the
 * worker again, before its first document.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSources } from '../pipeline/sources.js';
import type { SourceFile } from '../pipeline/stages/ingest.js';
import { repoRoot } from '../eval/paths.js';
import { formatRun } from './measure.js';

/**
 * Copies of each source. Copies, not edited variants: dedup (a corpus stage, in this thread
 * whatever the jobs) finds a copied document at once, while near copies cost it far more than
 * all the document stages and would hide what the jobs change.
 */
const COPIES = 8;
const RUNS = 2;

/** Writes the copies to a temporary folder and reads them back as a run would. */
function batch(folder: string): SourceFile[] {
  for (let k = 0; k < COPIES; k++) {
    mkdirSync(join(folder, `copy-${k}`));
    for (const source of readSources(join(repoRoot, 'sources'))) writeFileSync(join(folder, `copy-${k}`, source.path), source.bytes);
  }
  return readSources(folder);
}

/** Milliseconds of one command-line run over `folder` with `jobs`. */
function timed(folder: string, jobs: number): number {
  const cli = join(repoRoot, 'pipeline', 'cli.ts');
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, ['--import', 'tsx', cli, 'run', folder, '--out', `${folder}-out`, '--no-cache', '--quiet', '--jobs', String(jobs)]);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function bench(): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'salaysay-bench-parallel-'));
  try {
    const files = batch(folder);
    const bytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
    let single = Number.POSITIVE_INFINITY;
    let parallel = Number.POSITIVE_INFINITY;
    for (let run = 0; run < RUNS; run++) {
      // Alternated, so that a change in the machine's load falls on both alike.
      single = Math.min(single, timed(folder, 1));
      parallel = Math.min(parallel, timed(folder, 2));
    }
    return [
      `  ${files.length} documents (copies of sources/), ${(bytes / 1024).toFixed(1)} KiB, no cache, best of ${RUNS}`,
      formatRun('baseline: run --jobs 1', single, bytes),
      formatRun('run --jobs 2 (a worker and the main thread)', parallel, bytes, single),
      `  speed-up of --jobs 2: ${(single / parallel).toFixed(2)}x`,
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}-out`, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
