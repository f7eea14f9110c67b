/**
 * Temporal expressions, two measures.
 *
 * 1. TempEval-3 style on TimeBank + AQUAINT (`../shared/eval/timex/tbaq/`, TimeML): each
 *    document's text is tagged with its CREATION_TIME as the reference date, in the news
 *    style (year-less dates take the year nearest the document date) and with TimeML's
 *    intervals (each end its own expression); strict and
 *    relaxed (overlap) extent P/R/F1, value accuracy over relaxed matches, value F1 (a match
 *    counts only with the right value), type accuracy. Our EDTF values are written the
 *    TimeML way for the comparison (1938-22 -> 1938-SU, 193X -> 193, qualifier morning -> TMO).
 * 2. The seed gold (`../shared/eval/seeds/dates.jsonl`) against `output/timexes.jsonl`
 *    (or, before the pipeline has written output/, the tagger run on sources/ directly):
 *    extent P/R/F1 and value recall per document; optional gold records count neither as
 *    misses nor as false positives.
 *
 * Run alone: `npx tsx eval/timex.ts`. Reports numbers, asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractTimexes } from '../pipeline/dates/extract.js';
import { codePointLength } from '../pipeline/offsets.js';
import { evalRoot, repoRoot } from './paths.js';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';
import { docKey, goldSpan, lineStarts, outputDocuments, readOutput, readSeed } from './seeds.js';

interface Span {
  start: number;
  end: number;
}

interface GoldTimex extends Span {
  type: string;
  value: string | null;
}

interface SystemTimex extends Span {
  type: string;
  value: string | null;
  qualifier: string | null;
  rule?: string;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of a TimeML fragment and its TIMEX3 spans, in code points. */
export function readTimeml(fragment: string): { text: string; timexes: GoldTimex[] } {
  let text = '';
  let length = 0;
  const timexes: GoldTimex[] = [];
  const open: { start: number; type: string; value: string | null }[] = [];
  const token = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(fragment)) !== null) {
    if (match[2] !== undefined) {
      if (match[2] !== 'TIMEX3') continue;
      if (match[1] === '') {
        const attributes = match[3] ?? '';
        open.push({ start: length, type: /type="([^"]*)"/.exec(attributes)?.[1] ?? '', value: /value="([^"]*)"/.exec(attributes)?.[1] ?? null });
      } else {
        const started = open.pop();
        if (started) timexes.push({ start: started.start, end: length, type: started.type, value: started.value });
      }
      continue;
    }
    const piece = match[4] !== undefined ? (ENTITIES[match[4]] ?? match[0]) : match[0];
    text += piece;
    length += codePointLength(piece);
  }
  return { text, timexes };
}

const SEASONS: Record<string, string> = { '21': 'SP', '22': 'SU', '23': 'FA', '24': 'WI' };

/** A unit (with `T` for times) -> the next smaller unit and how many of it make one. */
const FRACTION_UNITS: Record<string, [string, number]> = { Y: ['M', 12], D: ['H', 24], TH: ['M', 60], TM: ['S', 60] };

/**
 * One spelling per value, as the gold writes the same value two ways: ISO weeks with two
 * digits ('2000-W7' = '2000-W07'), decades and centuries without their unspecified digits
 * ('198X' = '198', '19XX' = '19'), durations of decades in years ('P2DE' = 'P20Y'), fractions
 * of a unit in the next smaller one ('P2.5Y' = 'P2Y6M').
 */
function canonical(value: string | null): string | null {
  if (value === null) return null;
  const decades = /^P(\d+)(DE|CE)$/.exec(value);
  if (decades) return `P${Number(decades[1]) * (decades[2] === 'DE' ? 10 : 100)}Y`;
  const fraction = /^P(T?)(\d+)(\.\d+)([YDHM])$/.exec(value);
  if (fraction) {
    // 'P2.5Y' = 'P2Y6M', 'PT5.5H' = 'PT5H30M': the fraction in the next smaller unit
    const [, time = '', whole = '', decimals = '', unit = ''] = fraction;
    const smaller = FRACTION_UNITS[`${time}${unit}`];
    const part = smaller ? Number(decimals) * smaller[1] : Number.NaN;
    if (smaller && Number.isInteger(part)) return `P${time}${whole}${unit}${unit === 'D' ? 'T' : ''}${part}${smaller[0]}`;
  }
  return value.replace(/-W(\d)(?!\d)/, '-W0$1').replace(/^(\d{2,3})X+$/, '$1');
}

/** Our EDTF value written as TimeML writes it. */
export function toTimeml(timex: SystemTimex): string | null {
  const value = timex.value;
  if (value === null) return null;
  let match = /^(\d{4})-(2[1-4])$/.exec(value);
  if (match) return `${match[1]}-${SEASONS[match[2] as string]}`;
  match = /^(\d{4})-(3[3-6])$/.exec(value);
  if (match) return `${match[1]}-Q${Number(match[2]) - 32}`;
  match = /^(\d{3})X$/.exec(value);
  if (match) return match[1] as string;
  match = /^(\d{2})XX$/.exec(value);
  if (match) return match[1] as string;
  // TimeML writes a part of the day into the value ('this morning' = 1998-02-06TMO), though
  // mostly not after a weekday ('Friday morning' = 1998-08-07)
  const part = timex.qualifier ? DAY_PARTS[timex.qualifier] : undefined;
  if (part && /^\d{4}-\d{2}-\d{2}$/.test(value) && !timex.rule?.endsWith('/weekday')) return `${value}T${part}`;
  return value;
}

const DAY_PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const TYPES: Record<string, string> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET', range: 'DATE' };

/** Scores the tagger on the TimeML corpus. */
export function evaluateTimeml(root = join(evalRoot, 'timex', 'tbaq')): string[] {
  if (!existsSync(root)) return [heading('Timex: TBAQ'), `  (no corpus at ${root})`];
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(root, entry.name)).filter((name) => name.endsWith('.tml')).sort().map((name) => join(root, entry.name, name)));
  let strictTp = 0;
  let relaxedTp = 0;
  let systemTotal = 0;
  let goldTotal = 0;
  let valueRight = 0;
  let typeRight = 0;
  for (const file of files) {
    const xml = readFileSync(file, 'utf8');
    const reference = /functionInDocument="CREATION_TIME"[^>]*>|<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
    const dct = reference ? (/value="([^"]*)"/.exec(reference[0])?.[1] ?? null) : null;
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
    const { text, timexes: gold } = readTimeml(body);
    const system: SystemTimex[] = extractTimexes(text, 'eng', { reference: dct, style: 'news', intervals: 'ends' });
    systemTotal += system.length;
    goldTotal += gold.length;
    const used = new Set<number>();
    for (const g of gold) {
      const index = system.findIndex((s, i) => !used.has(i) && overlaps(s, g));
      if (index < 0) continue;
      used.add(index);
      const s = system[index] as SystemTimex;
      relaxedTp++;
      if (s.start === g.start && s.end === g.end) strictTp++;
      if (canonical(toTimeml(s)) === canonical(g.value)) valueRight++;
      if (TYPES[s.type] === g.type) typeRight++;
    }
  }
  const counts = (tp: number) => prf({ tp, fp: systemTotal - tp, fn: goldTotal - tp });
  return [
    heading(`Timex: TimeBank + AQUAINT (${files.length} documents, ${goldTotal} gold, ${systemTotal} tagged)`),
    formatPrf('extent strict', counts(strictTp)),
    formatPrf('extent relaxed', counts(relaxedTp), 'F1 >= 85.0'),
    formatAccuracy('value accuracy (relaxed matches)', valueRight, relaxedTp),
    formatPrf('value F1', counts(valueRight), 'F1 >= 80.0'),
    formatAccuracy('type accuracy (relaxed matches)', typeRight, relaxedTp),
  ];
}

interface SeedDate {
  doc: string;
  line: number;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
  optional?: boolean;
}

interface OutputTimex extends SystemTimex {
  document: string;
  text: string;
}

/** The tagger's timexes per seed document: from output/ when present, else run on sources/. */
function seedSystem(): Map<string, { lineStarts: number[]; timexes: OutputTimex[] }> {
  const result = new Map<string, { lineStarts: number[]; timexes: OutputTimex[] }>();
  const documents = outputDocuments();
  if (documents.size > 0) {
    const all = readOutput<OutputTimex>('timexes');
    for (const [key, document] of documents) {
      result.set(key, { lineStarts: document.lineStarts, timexes: all.filter((timex) => timex.document === document.id) });
    }
    return result;
  }
  const folder = join(repoRoot, 'sources');
  for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
    const text = readFileSync(join(folder, name), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
    // without the pipeline there is no language stage: the text's function words decide
    const language = (text.match(/\b(?:ng|ang|sa|mga)\b/g) ?? []).length > (text.match(/\b(?:the|of|and)\b/g) ?? []).length ? 'tgl' : 'eng';
    const timexes = extractTimexes(text, language).map((timex) => ({ ...timex, document: name }));
    result.set(docKey(name), { lineStarts: lineStarts(text), timexes });
  }
  return result;
}

/** Scores the tagger on the seed gold. */
export function evaluateSeeds(): string[] {
  const gold = readSeed<SeedDate>('dates');
  const system = seedSystem();
  const lines = [heading(`Timex: seed gold (${outputDocuments().size > 0 ? 'output/' : 'tagger run on sources/'})`)];
  const bars: Record<string, string> = { '000': 'value recall >= 95.0', '002': 'value recall >= 90.0' };
  for (const key of [...new Set(gold.map((record) => record.doc))].sort()) {
    const document = system.get(key);
    if (!document) {
      lines.push(`  ${key}: no output`);
      continue;
    }
    const records = gold.filter((record) => record.doc === key).map((record) => ({ ...record, ...goldSpan(document, record) }));
    const required = records.filter((record) => !record.optional);
    let tp = 0;
    let strict = 0;
    let valueRight = 0;
    const missed: string[] = [];
    for (const record of required) {
      const match = document.timexes.find((timex) => overlaps(timex, record));
      if (!match) {
        missed.push(`${record.line}:'${record.text}'`);
        continue;
      }
      tp++;
      if (match.start === record.start && match.end === record.end) strict++;
      if (match.value === record.value) valueRight++;
      else missed.push(`${record.line}:'${record.text}'=${record.value} got '${match.text}'=${match.value}`);
    }
    const fp = document.timexes.filter((timex) => !records.some((record) => overlaps(timex, record)));
    lines.push(formatPrf(`${key} extent relaxed`, prf({ tp, fp: fp.length, fn: required.length - tp })));
    lines.push(formatPrf(`${key} extent strict`, prf({ tp: strict, fp: document.timexes.length - strict, fn: required.length - strict })));
    lines.push(formatAccuracy(`${key} found (issue 2: >= 60 %)`, tp, required.length));
    lines.push(formatAccuracy(`${key} value recall`, valueRight, required.length, bars[key]));
    if (process.env.SALAYSAY_VERBOSE) {
      for (const miss of missed) lines.push(`    miss ${miss}`);
      for (const extra of fp) lines.push(`    extra '${extra.text}'=${extra.value}`);
    }
  }
  return lines;
}

/** Both measures, as lines to print. */
export async function evaluate(): Promise<string[]> {
  return [...evaluateTimeml(), ...evaluateSeeds()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await evaluate()) console.log(line);
}
