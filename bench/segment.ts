/**
 * Sentence segmentation throughput on the project's sources (every `.txt`/`.md` in
 * `sources/`, repeated to about 1 MB), paragraph by paragraph as the stage does it.
 * Baseline: a naive regex split at `[.?!]` + whitespace over the same paragraphs, in the
 * same process. Reports both times and the segmenter's ratio to the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { abbreviationsFor } from '../pipeline/segment/abbreviations.js';
import { sentenceStartersFor } from '../pipeline/segment/sentence-starters.js';
import { findSentences } from '../pipeline/segment/split-sentences.js';
import { defaultConfig } from '../pipeline/stage.js';
import { repoRoot } from '../eval/paths.js';
import { bestOf, formatRun } from './measure.js';

const targetBytes = 1_000_000;

/** The sources' non-blank lines (their paragraphs), repeated to about `targetBytes`. */
function paragraphs(): string[] {
  const folder = join(repoRoot, 'sources');
  const lines = readdirSync(folder)
    .filter((name) => /\.(?:txt|md)$/u.test(name))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '');
  const size = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0);
  const copies = Math.max(1, Math.round(targetBytes / Math.max(size, 1)));
  return Array.from({ length: copies }, () => lines).flat();
}

/** Segmenter vs naive regex split, on the same paragraphs. */
export async function bench(): Promise<string[]> {
  const input = paragraphs();
  const bytes = input.reduce((sum, line) => sum + Buffer.byteLength(line), 0);
  const data = {
    abbreviations: abbreviationsFor(defaultConfig.languages),
    starters: sentenceStartersFor(defaultConfig.languages),
  };
  let naiveCount = 0;
  let count = 0;
  const baseline = await bestOf(5, () => {
    naiveCount = 0;
    for (const paragraph of input) naiveCount += paragraph.split(/(?<=[.?!])\s+/u).length;
  });
  const segmenter = await bestOf(5, () => {
    count = 0;
    for (const paragraph of input) count += findSentences(paragraph, data).sentences.length;
  });
  return [
    formatRun(`naive regex split (${naiveCount} pieces)`, baseline, bytes),
    formatRun(`splitSentences (${count} sentences)`, segmenter, bytes, baseline),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await bench()) console.log(line);
}
