/**
 * Duplicate detection against `seeds/duplicates.json` (doc 000): each of the 20 repeated
 * lines must be found as a paragraph duplicate whose canonical is its first copy; any other
 * predicted paragraph pair is a false pair (those listed in `not_duplicates`, the parallel
 * items of the order and two books by one author, are shown by name). Also how many of
 * the word-level changes of the edited pairs match the gold edits, and the counts of the
 * sentence- and document-level duplicates (not in the gold; for information).
 */
import { pathToFileURL } from 'node:url';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';
import { lineOf, outputDocuments, readOutput, readSeedJson } from './seeds.js';

interface Place {
  document: string;
  start: number;
  end: number;
}

interface DuplicateRecord {
  level: 'document' | 'paragraph' | 'sentence';
  canonical: Place;
  duplicate: Place;
  similarity: number;
  changes: { op: string; canonical: string; duplicate: string }[];
}

interface GoldPair {
  line_a: number;
  line_b: number;
  identical?: boolean;
  edits?: { op: string; a: string; b: string }[];
}

interface GoldDuplicates {
  duplicates: GoldPair[];
  not_duplicates: GoldPair[];
}

/** Runs the duplicate evaluation; returns the lines to print. */
export async function evaluate(): Promise<string[]> {
  const lines = [heading('Duplicates (seed 000)')];
  const document = outputDocuments().get('000');
  if (!document) return [...lines, '  (no output for 000: run npm run pipeline)'];
  const gold = readSeedJson<GoldDuplicates>('duplicates');
  const records = readOutput<DuplicateRecord>('duplicates');
  const within = records.filter((r) => r.canonical.document === document.id && r.duplicate.document === document.id);
  const pairKey = (a: number, b: number): string => `${a}/${b}`;
  const lineOfStart = (place: Place): number => lineOf(document.lineStarts, place.start);

  const predicted = new Map<string, DuplicateRecord>();
  for (const record of within.filter((r) => r.level === 'paragraph')) {
    predicted.set(pairKey(lineOfStart(record.canonical), lineOfStart(record.duplicate)), record);
  }
  const goldKeys = new Set(gold.duplicates.map((pair) => pairKey(pair.line_a, pair.line_b)));
  const found = [...goldKeys].filter((key) => predicted.has(key));
  const falsePairs = [...predicted.keys()].filter((key) => !goldKeys.has(key));
  const notDuplicates = new Set(gold.not_duplicates.map((pair) => pairKey(pair.line_a, pair.line_b)));

  lines.push(
    formatAccuracy('repeats paired with their first copy', found.length, goldKeys.size, 'all 20'),
    formatPrf('paragraph pairs', prf({ tp: found.length, fp: falsePairs.length, fn: goldKeys.size - found.length })),
    `  ${'false pairs'.padEnd(44)} ${falsePairs.length}${falsePairs.length ? ` (${falsePairs.join(', ')})` : ''}  [bar: 0]`,
    `  ${'of which listed as not duplicates'.padEnd(44)} ${falsePairs.filter((key) => notDuplicates.has(key)).length}`,
  );
  for (const key of [...goldKeys].filter((k) => !predicted.has(k))) lines.push(`    missed: lines ${key}`);

  // Word-level changes of the edited pairs, compared as (op, canonical, duplicate) triples.
  let editsGold = 0;
  let editsFound = 0;
  let editsPredicted = 0;
  for (const pair of gold.duplicates.filter((p) => p.edits && p.edits.length > 0)) {
    const record = predicted.get(pairKey(pair.line_a, pair.line_b));
    const goldEdits = new Set((pair.edits ?? []).map((e) => `${e.op}|${e.a}|${e.b}`));
    const predictedEdits = (record?.changes ?? []).map((c) => `${c.op}|${c.canonical}|${c.duplicate}`);
    editsGold += goldEdits.size;
    editsPredicted += predictedEdits.length;
    editsFound += predictedEdits.filter((edit) => goldEdits.has(edit)).length;
  }
  lines.push(
    formatPrf(
      'word changes of the edited pairs',
      prf({ tp: editsFound, fp: editsPredicted - editsFound, fn: editsGold - editsFound }),
    ),
  );

  const count = (level: DuplicateRecord['level']): number => records.filter((r) => r.level === level).length;
  const sentencePairs = within
    .filter((r) => r.level === 'sentence')
    .map((r) => `${lineOfStart(r.canonical)}/${lineOfStart(r.duplicate)}`);
  lines.push(
    `  ${'sentence-level duplicates (all documents)'.padEnd(44)} ${count('sentence')}${sentencePairs.length ? ` (000 lines ${sentencePairs.join(', ')})` : ''}`,
    `  ${'document-level duplicates'.padEnd(44)} ${count('document')}`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await evaluate()).join('\n')}\n`);
}
