/**
 * The seed gold of `../shared/eval/seeds/` and the dataset in `output/`, aligned: gold
 * records name a line (1-based, split on `\n`) and code-point offsets in it; the output
 * names code-point offsets in the document text. `lineStarts` bridges the two.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalRoot, outputRoot } from './paths.js';

/** Reads a JSON Lines file. */
export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Records of a seed file (`dates`, `entities`, `casualties`, `events`). */
export function readSeed<T>(name: string): T[] {
  return readJsonl<T>(join(evalRoot, 'seeds', `${name}.jsonl`));
}

/** A JSON seed file (`duplicates`, `languages`). */
export function readSeedJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(evalRoot, 'seeds', `${name}.json`), 'utf8')) as T;
}

/** Records of an output file (`documents`, `segments`, …). */
export function readOutput<T>(name: string): T[] {
  return readJsonl<T>(join(outputRoot, `${name}.jsonl`));
}

/** The seed's short document key: `000` for `000_2bbb75ac86e56445.txt`. */
export function docKey(source: string): string {
  return source.replace(/^.*\//, '').split('_')[0] ?? source;
}

/** Code-point offset at which each line starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let offset = 0;
  for (const char of text) {
    offset++;
    if (char === '\n') starts.push(offset);
  }
  return starts;
}

/** The 1-based line of a code-point offset. */
export function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export interface OutputDocument {
  id: string;
  source: string;
  text: string;
  language: string;
}

/** The output documents by seed key, with their line starts. */
export function outputDocuments(): Map<string, OutputDocument & { lineStarts: number[] }> {
  const map = new Map<string, OutputDocument & { lineStarts: number[] }>();
  for (const document of readOutput<OutputDocument>('documents')) {
    map.set(docKey(document.source), { ...document, lineStarts: lineStarts(document.text) });
  }
  return map;
}

/** Document-level code-point span of a gold record given by line and in-line offsets. */
export function goldSpan(
  document: { lineStarts: number[] },
  record: { line: number; start: number; end: number },
): { start: number; end: number } {
  const base = document.lineStarts[record.line - 1] ?? 0;
  return { start: base + record.start, end: base + record.end };
}
