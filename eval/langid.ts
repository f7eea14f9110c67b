/**
 * Language identification, measured three ways:
 * - public sets: Tatoeba (short sentences) and FLORES-200 devtest (news/wiki), accuracy per
 *   language over all lines and over lines of at most 30 characters, candidates eng/tgl
 *   (`detectLanguage`, no context); `und` counts as wrong. Also the calibration of the
 *   confidence (expected calibration error over 10 bins);
 * - the seed sources from `output/segments.jsonl`: sentences of 20+ characters, every one of
 *   000 English and of 002 Tagalog (the seed README: 002 is Tagalog text with English spans);
 * - foreign spans of 002 against `seeds/languages.json` (`english_spans`): exact span
 *   precision/recall, and an overlap variant.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectLanguage } from '../pipeline/language/detect.js';
import { defaultConfig } from '../pipeline/stage.js';
import { evalRoot } from './paths.js';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';
import { goldSpan, outputDocuments, readOutput, readSeedJson } from './seeds.js';

interface LabelledLine {
  text: string;
  language: string;
}

/** The public sets: name → files with their language. */
const SETS: readonly { name: string; files: readonly [string, string][] }[] = [
  { name: 'Tatoeba', files: [['tatoeba/tatoeba.tgl-eng.eng', 'eng'], ['tatoeba/tatoeba.tgl-eng.tgl', 'tgl']] },
  { name: 'FLORES-200 devtest', files: [['flores200/eng_Latn.devtest', 'eng'], ['flores200/tgl_Latn.devtest', 'tgl']] },
];
const SHORT = 30;
const SEED_MIN_LENGTH = 20;
const SEED_LANGUAGE: Readonly<Record<string, string>> = { '000': 'eng', '002': 'tgl' };

function readLines(file: string, language: string): LabelledLine[] {
  const path = join(evalRoot, 'langid', file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((text) => ({ text, language }));
}

/** Expected calibration error: |accuracy − confidence| per confidence bin, weighted by bin size. */
function calibrationError(results: readonly { confidence: number; correct: boolean }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, correct: 0 }));
  for (const result of results) {
    const bin = bins[Math.min(9, Math.floor(result.confidence * 10))]!;
    bin.count++;
    bin.confidence += result.confidence;
    bin.correct += result.correct ? 1 : 0;
  }
  const total = results.length || 1;
  return bins.reduce((sum, bin) => sum + (bin.count === 0 ? 0 : Math.abs(bin.correct - bin.confidence) / total), 0);
}

function publicSets(): string[] {
  const lines: string[] = [];
  const languages = defaultConfig.languages;
  for (const set of SETS) {
    lines.push(`  ${set.name}`);
    const results: { confidence: number; correct: boolean }[] = [];
    for (const [file, language] of set.files) {
      const data = readLines(file, language);
      if (data.length === 0) {
        lines.push(`    (missing: ${file})`);
        continue;
      }
      let correct = 0;
      let shortTotal = 0;
      let shortCorrect = 0;
      for (const line of data) {
        const guess = detectLanguage(line.text, languages);
        const ok = guess.language === line.language;
        results.push({ confidence: guess.confidence, correct: ok });
        if (ok) correct++;
        if ([...line.text].length <= SHORT) {
          shortTotal++;
          if (ok) shortCorrect++;
        }
      }
      lines.push(formatAccuracy(`${language}, all lines`, correct, data.length, '≥ 99.5 %'));
      lines.push(
        shortTotal === 0
          ? `  ${`${language}, lines ≤ ${SHORT} chars`.padEnd(44)} (no such lines)`
          : formatAccuracy(`${language}, lines ≤ ${SHORT} chars`, shortCorrect, shortTotal),
      );
    }
    lines.push(`  ${'calibration error (ECE, 10 bins)'.padEnd(44)} ${(100 * calibrationError(results)).toFixed(2)} %`);
  }
  return lines;
}

interface SegmentRecord {
  document: string;
  start: number;
  end: number;
  text: string;
  language: string;
  language_confidence: number;
  foreign_spans: { start: number; end: number; text: string; language: string }[];
}

function seedSentences(segments: readonly SegmentRecord[], keyOf: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const [key, language] of Object.entries(SEED_LANGUAGE)) {
    const sentences = segments.filter(
      (segment) => keyOf.get(segment.document) === key && [...segment.text.trim()].length >= SEED_MIN_LENGTH,
    );
    const wrong = sentences.filter((segment) => segment.language !== language);
    lines.push(
      formatAccuracy(`${key} sentences of ${SEED_MIN_LENGTH}+ chars (${language})`, sentences.length - wrong.length, sentences.length, '≥ 99 %, every one'),
    );
    for (const segment of wrong.slice(0, 5)) {
      lines.push(`    wrong: ${segment.language} ${segment.language_confidence} "${segment.text.slice(0, 70)}"`);
    }
  }
  return lines;
}

interface GoldSpans {
  '002': { english_spans: { line: number; text: string; starts: number[] }[] };
}

function foreignSpans(segments: readonly SegmentRecord[], keyOf: ReadonlyMap<string, string>): string[] {
  const document = outputDocuments().get('002');
  if (!document) return ['  (no output for 002)'];
  const gold = readSeedJson<GoldSpans>('languages')['002'].english_spans.flatMap((record) =>
    record.starts.map((start) => {
      const length = [...record.text].length;
      return goldSpan(document, { line: record.line, start, end: start + length });
    }),
  );
  const predicted = segments
    .filter((segment) => keyOf.get(segment.document) === '002')
    .flatMap((segment) => segment.foreign_spans.filter((span) => span.language === 'eng'));
  const key = (span: { start: number; end: number }): string => `${span.start}:${span.end}`;
  const goldKeys = new Set(gold.map(key));
  const exactTp = predicted.filter((span) => goldKeys.has(key(span))).length;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && b.start < a.end;
  const overlapTp = predicted.filter((span) => gold.some((g) => overlaps(span, g))).length;
  const overlapFound = gold.filter((g) => predicted.some((span) => overlaps(span, g))).length;
  return [
    formatPrf('002 English spans, exact', prf({ tp: exactTp, fp: predicted.length - exactTp, fn: gold.length - exactTp })),
    formatPrf(
      '002 English spans, overlap',
      prf({ tp: overlapTp, fp: predicted.length - overlapTp, fn: gold.length - overlapFound }),
    ),
    `  ${'000 foreign spans (gold: none)'.padEnd(44)} ${segments.filter((s) => keyOf.get(s.document) === '000').reduce((n, s) => n + s.foreign_spans.length, 0)}`,
  ];
}

/** Runs the language-identification evaluation; returns the lines to print. */
export async function evaluate(): Promise<string[]> {
  const lines = [heading('Language identification'), ...publicSets()];
  const segments = readOutput<SegmentRecord>('segments');
  if (segments.length === 0) return [...lines, '  (no output/segments.jsonl: run npm run pipeline)'];
  const keyOf = new Map([...outputDocuments()].map(([key, document]) => [document.id, key]));
  lines.push('  seeds (output/segments.jsonl)', ...seedSentences(segments, keyOf), ...foreignSpans(segments, keyOf));
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await evaluate()).join('\n')}\n`);
}
