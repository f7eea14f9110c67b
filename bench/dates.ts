/**
 * Throughput of the date tagger on the sources, in MB/s of UTF-8 text, next to a baseline
 * measured in the same process on the same text: one plain regex scan for month names and
 * four-digit years (what a naive date finder does). The ratio says what the grammar costs
 * beyond reading the text once. Reports numbers, asserts nothing.
 *
 * Run alone: `npx tsx bench/dates.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractTimexes } from '../pipeline/dates/extract.js';
import { bestOf, formatRun } from './measure.js';

const ROUNDS = 12;
const BASELINE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre|\d{4})\b/gi;

interface Source {
  name: string;
  text: string;
  language: string;
  sentences: string[];
}

function sources(): Source[] {
  const folder = join(process.cwd(), 'sources');
  return readdirSync(folder)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8').normalize('NFC');
      const language = (text.match(/\b(?:ng|ang|mga)\b/g) ?? []).length > (text.match(/\b(?:the|of|and)\b/g) ?? []).length ? 'tgl' : 'eng';
      return { name, text, language, sentences: text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s !== '') };
    });
}

/** Lines to print: throughput per mode and the ratio to the baseline scan. */
export async function bench(): Promise<string[]> {
  const all = sources();
  const bytes = all.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0);
  let matches = 0;
  const baseline = await bestOf(ROUNDS, () => {
    for (const source of all) matches += [...source.text.matchAll(BASELINE)].length;
  });
  const whole = await bestOf(ROUNDS, () => {
    for (const source of all) extractTimexes(source.text, source.language);
  });
  const bySentence = await bestOf(ROUNDS, () => {
    for (const source of all) for (const sentence of source.sentences) extractTimexes(sentence, source.language);
  });
  return [
    '\n== Dates: throughput (one core, best of rounds; bar: tagger >= 2 MB/s)',
    `  text: ${all.length} sources, ${(bytes / 1e3).toFixed(1)} kB, ${matches / (ROUNDS + 1)} baseline matches per round`,
    formatRun('baseline regex scan (months, years)', baseline, bytes),
    formatRun('tagger, whole documents', whole, bytes, baseline),
    formatRun('tagger, sentence by sentence', bySentence, bytes, baseline),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await bench()) console.log(line);
}
