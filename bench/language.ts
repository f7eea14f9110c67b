/**
 * The language stage on `sources/` (after ingest, structure and segment), against a
 * baseline of scanning the same sentences for words with a plain Unicode regular
 * expression in the same process; eld's n-gram scoring of the same sentences alone, the
 * part of the stage no code of ours can speed up; and the stage's two halves (sentence
 * evidence, foreign spans). Also the per-sentence detector alone on the Tatoeba and
 * FLORES lines, when `../shared/eval/langid/` is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document } from '../pipeline/model.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { structure } from '../pipeline/stages/structure.js';
import { segment } from '../pipeline/stages/segment.js';
import { identifyLanguage } from '../pipeline/stages/language.js';
import { detectLanguage } from '../pipeline/language/detect.js';
import { eldScores } from '../pipeline/language/eld-detector.js';
import { textEvidence } from '../pipeline/language/evidence.js';
import { findForeignSpans } from '../pipeline/language/foreign-spans.js';
import { readSources } from '../pipeline/sources.js';
import { defaultConfig, type StageContext } from '../pipeline/stage.js';
import { languagePack } from '../pipeline/lang/index.js';
import { evalRoot, repoRoot } from '../eval/paths.js';
import { bestOf, formatRun } from './measure.js';

const context: StageContext = { config: defaultConfig, lang: languagePack, report: () => undefined };

function segmentedSources(): Document[] {
  return readSources(join(repoRoot, 'sources')).flatMap((file) => {
    const result = ingest(file);
    return 'document' in result ? [segment(structure(result.document, context), context)] : [];
  });
}

function wordScan(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) for (const _ of text.matchAll(/[\p{L}\p{N}]+/gu)) words++;
  return words;
}

export async function bench(): Promise<string[]> {
  const documents = segmentedSources();
  const sentences = documents.flatMap((document) => document.segments.map((s) => s.text));
  const bytes = sentences.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const baseline = await bestOf(10, () => wordScan(sentences));
  const stage = await bestOf(5, () => documents.map((document) => identifyLanguage(document, context)));
  const candidates = [...defaultConfig.languages].sort();
  const eldAlone = await bestOf(5, () => sentences.map((text) => eldScores(text, candidates)));
  const evidence = await bestOf(5, () => sentences.map((text) => textEvidence(text, candidates, languagePack)));
  const identified = documents.map((document) => identifyLanguage(document, context));
  const spans = await bestOf(5, () =>
    identified.map((document) => {
      const verdicts = new Map();
      return document.segments.map((s) => findForeignSpans(s.text, s.language, candidates, languagePack, verdicts));
    }),
  );
  const lines = [
    `  sources/: ${documents.length} documents, ${sentences.length} sentences, ${(bytes / 1024).toFixed(1)} KiB`,
    formatRun('baseline: regex word scan', baseline, bytes),
    formatRun('language stage (with foreign spans)', stage, bytes, baseline),
    formatRun('  eld n-gram scores alone (floor)', eldAlone, bytes, baseline),
    formatRun('  sentence evidence (eld + words)', evidence, bytes, baseline),
    formatRun('  foreign spans', spans, bytes, baseline),
  ];
  const lineFiles = ['tatoeba/tatoeba.tgl-eng.eng', 'tatoeba/tatoeba.tgl-eng.tgl', 'flores200/eng_Latn.devtest', 'flores200/tgl_Latn.devtest']
    .map((file) => join(evalRoot, 'langid', file))
    .filter(existsSync);
  if (lineFiles.length > 0) {
    const texts = lineFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line !== ''));
    const textBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const scan = await bestOf(10, () => wordScan(texts));
    const detect = await bestOf(3, () => texts.map((text) => detectLanguage(text, defaultConfig.languages)));
    lines.push(
      `  Tatoeba + FLORES lines: ${texts.length}, ${(textBytes / 1024).toFixed(1)} KiB`,
      formatRun('baseline: regex word scan', scan, textBytes),
      formatRun('detectLanguage per line', detect, textBytes, scan),
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
