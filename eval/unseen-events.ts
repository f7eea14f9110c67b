/**
 * Events on text nobody tuned them on: the hand-written passages of
 * `eval/data/unseen-events/` (six English, six Tagalog, conflicts outside the seeds) are run
 * through the whole pipeline here, in memory, and scored per language against `gold.json`:
 * event recall by gold type and precision by output type (a record is right when a gold
 * event of its sentence accepts its type), the date of found events, and figure
 * recall/precision (a quantity overlapping the gold text with the gold value and category),
 * the held-out passages (written after the changes) apart,
 * with the approximation, range bound and side of found figures. A type's line counts
 * (gold found/records wrong/gold missed): its precision is over records of the type (one
 * accepted as a gold event's alternative type is right), its recall over gold events of
 * the type. `--misses` lists every missed gold event or figure and every wrong record or figure. The blind
 * passages (`eval/data/blind/`, gold in `events.json`, written before their first run) are run as
 * their own corpus and reported after, as "blind eng" and "blind tgl". Reports numbers,
 * asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document, EventRecord, Quantity } from '../pipeline/model.js';
import { processCorpus } from '../pipeline/pipeline.js';
import { readSources } from '../pipeline/sources.js';
import { codePointLength } from '../pipeline/offsets.js';
import { repoRoot } from './paths.js';
import { formatAccuracy, formatPrf, heading, prf, type Counts } from './score.js';

/** Where the passages and their gold live. */
const unseenRoot = join(repoRoot, 'eval', 'data', 'unseen-events');

/** The blind passages, their event gold in `events.json`. */
const blindRoot = join(repoRoot, 'eval', 'data', 'blind');

interface GoldEvent {
  text: string;
  type: string;
  type_alt?: string[];
  date: string | null;
  optional?: boolean;
}

interface GoldFigure {
  text: string;
  category: string;
  value: number;
  approximate: boolean;
  qualifier?: string;
  side?: string;
}

interface GoldPassage {
  file: string;
  /** Written after the changes it measures, never tuned on: scored apart. */
  held_out?: boolean;
  events: GoldEvent[];
  figures: GoldFigure[];
}

interface Span {
  start: number;
  end: number;
}

/** Tallies of one language. */
interface Tally {
  /** Missed gold events and wrong records, for `--misses`. */
  notes: string[];
  recallByType: Map<string, Counts>;
  precisionByType: Map<string, Counts>;
  events: Counts;
  dates: { right: number; total: number };
  figures: Counts;
  approximate: { right: number; total: number };
  qualifier: { right: number; total: number };
  side: { right: number; total: number };
}

/**
 * Scores the passages.
 *
 * @param misses also list each missed gold event and each wrong record.
 * @returns the lines to print.
 */
export async function evaluate(misses = false): Promise<string[]> {
  return [
    ...(await evaluateSet(unseenRoot, 'gold.json', 'events on unseen passages (eval/data/unseen-events)', '', misses)),
    ...(await evaluateSet(blindRoot, 'events.json', 'events on blind passages (eval/data/blind)', 'blind ', misses)),
  ];
}

/** Scores the `.txt` passages of `root`, run as one corpus, against `goldFile`; `prefix` starts each language's label. */
async function evaluateSet(root: string, goldFile: string, title: string, prefix: string, misses: boolean): Promise<string[]> {
  const gold = (JSON.parse(readFileSync(join(root, goldFile), 'utf8')) as { passages: GoldPassage[] }).passages;
  const sources = readSources(root).filter((file) => file.path.endsWith('.txt'));
  const { corpus } = await processCorpus(sources);
  const names = new Map(corpus.entities.map((e) => [e.id, new Set([e.name, ...e.aliases.map((a) => a.text)].map((n) => n.toLowerCase()))]));
  const tallies = new Map<string, Tally>();
  for (const passage of gold) {
    const document = corpus.documents.find((d) => d.source === passage.file);
    if (!document) throw new Error(`unseen-events: no document for ${passage.file}`);
    const language = `${prefix}${passage.file.slice(0, 3)}${passage.held_out ? ' held-out' : ''}`;
    const tally = tallies.get(language) ?? emptyTally();
    tallies.set(language, tally);
    scorePassage(passage, document, corpus.events, names, tally);
  }
  const lines = [heading(title)];
  for (const [language, tally] of [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  -- ${language}`);
    lines.push(formatPrf(`events (type and sentence), ${language}`, prf(tally.events)));
    const types = [...new Set([...tally.recallByType.keys(), ...tally.precisionByType.keys()])].sort();
    for (const type of types) {
      const recall = tally.recallByType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      const precision = tally.precisionByType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      lines.push(typeLine(type, precision, recall));
    }
    lines.push(formatAccuracy(`date of found events, ${language}`, tally.dates.right, tally.dates.total));
    lines.push(formatPrf(`figures (value and category), ${language}`, prf(tally.figures)));
    lines.push(formatAccuracy(`approximate of found figures, ${language}`, tally.approximate.right, tally.approximate.total));
    lines.push(formatAccuracy(`range bound of found figures, ${language}`, tally.qualifier.right, tally.qualifier.total));
    lines.push(formatAccuracy(`side of found figures, ${language}`, tally.side.right, tally.side.total));
    if (misses) lines.push(...tally.notes.map((note) => `    ${note}`));
  }
  return lines;
}

/**
 * One event type: its records' precision and its gold events' recall, each with its own
 * counts, since a record may match a gold event of another type its alternatives accept.
 */
function typeLine(type: string, records: Counts, gold: Counts): string {
  const percent = (part: number, whole: number): string => (whole === 0 ? '    –' : (100 * part / whole).toFixed(1).padStart(5));
  const made = records.tp + records.fp;
  const told = gold.tp + gold.fn;
  return `    ${type.padEnd(42)} P ${percent(records.tp, made)}  R ${percent(gold.tp, told)}  (records right ${records.tp}/${made}, gold found ${gold.tp}/${told})`;
}

function emptyTally(): Tally {
  return {
    notes: [],
    recallByType: new Map(),
    precisionByType: new Map(),
    events: { tp: 0, fp: 0, fn: 0 },
    dates: { right: 0, total: 0 },
    figures: { tp: 0, fp: 0, fn: 0 },
    approximate: { right: 0, total: 0 },
    qualifier: { right: 0, total: 0 },
    side: { right: 0, total: 0 },
  };
}

function bump(map: Map<string, Counts>, key: string, field: keyof Counts): void {
  const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  counts[field]++;
  map.set(key, counts);
}

function scorePassage(passage: GoldPassage, document: Document, events: readonly EventRecord[], names: ReadonlyMap<string, Set<string>>, tally: Tally): void {
  const anchor = (text: string): Span => {
    const at = document.text.indexOf(text);
    if (at < 0) throw new Error(`unseen-events: '${text}' not in ${passage.file}`);
    const start = codePointLength(document.text.slice(0, at));
    return { start, end: start + codePointLength(text) };
  };
  const sentenceOf = (span: Span): Span => document.segments.find((s) => s.start <= span.start && s.end >= span.end) ?? span;
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;
  const places = (record: EventRecord): Span[] => [record.evidence, ...record.alsoReported].filter((p) => p.document === document.id);
  const records = events.filter((record) => places(record).length > 0);
  const accepts = (g: GoldEvent, type: string): boolean => g.type === type || (g.type_alt ?? []).includes(type);
  const goldSentences = passage.events.map((g) => ({ g, sentence: sentenceOf(anchor(g.text)) }));
  const covers = (record: EventRecord, sentence: Span): boolean => places(record).some((p) => overlaps(p, sentence));

  for (const { g, sentence } of goldSentences) {
    const hits = records.filter((r) => covers(r, sentence) && accepts(g, r.type));
    if (g.optional) continue;
    bump(tally.recallByType, g.type, hits.length > 0 ? 'tp' : 'fn');
    if (hits.length === 0) tally.notes.push(`missed ${g.type} "${g.text}" (${passage.file})`);
    tally.events[hits.length > 0 ? 'tp' : 'fn']++;
    if (hits.length > 0 && g.date !== null) {
      tally.dates.total++;
      if (hits.some((r) => r.date?.value?.replace(/T.*$/, '') === g.date)) tally.dates.right++;
    }
  }
  for (const record of records) {
    const right = goldSentences.some(({ g, sentence }) => covers(record, sentence) && accepts(g, record.type));
    bump(tally.precisionByType, record.type, right ? 'tp' : 'fp');
    if (!right) {
      tally.events.fp++;
      tally.notes.push(`wrong ${record.type} "${record.evidence.text.slice(0, 70)}" (${passage.file})`);
    }
  }

  // Each figure once, though several records of a sentence may carry it.
  const figures = new Map<string, Quantity>();
  for (const record of records) {
    for (const q of record.quantities) {
      if (!places(record).some((p) => q.start >= p.start && q.end <= p.end)) continue;
      figures.set(`${q.start}:${q.end}:${q.value}:${q.category}`, q);
    }
  }
  const golden = passage.figures.map((f) => ({ f, span: anchor(f.text) }));
  const matches = (q: Quantity, f: GoldFigure, span: Span): boolean => overlaps(q, span) && q.value === f.value && q.category === f.category;
  for (const { f, span } of golden) {
    const hit = [...figures.values()].find((q) => matches(q, f, span));
    tally.figures[hit ? 'tp' : 'fn']++;
    if (!hit) {
      tally.notes.push(`missed figure ${f.value} ${f.category} "${f.text}" (${passage.file})`);
      continue;
    }
    tally.approximate.total++;
    if (hit.approximate === f.approximate) tally.approximate.right++;
    tally.qualifier.total++;
    const bound = hit.qualifier === 'at_least' || hit.qualifier === 'at_most' ? hit.qualifier : undefined;
    if (bound === (f.qualifier === 'at_least' || f.qualifier === 'at_most' ? f.qualifier : undefined)) tally.qualifier.right++;
    if (f.side) {
      tally.side.total++;
      const side = hit.side ?? '';
      if (side.toLowerCase() === f.side.toLowerCase() || names.get(side)?.has(f.side.toLowerCase())) tally.side.right++;
    }
  }
  for (const q of figures.values()) {
    if (golden.some(({ f, span }) => matches(q, f, span))) continue;
    tally.figures.fp++;
    tally.notes.push(`wrong figure ${q.value} ${q.category} "${q.text}" (${passage.file})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await evaluate(process.argv.includes('--misses'))).join('\n')}\n`);
}
