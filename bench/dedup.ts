/**
 * Dedup of 100,000 synthetic paragraphs (100 documents × 1,000 paragraphs of 2 sentences,
 * 40–80 words from a 5,000-word vocabulary), 10 % of them near copies of an earlier
 * paragraph with 1–3 words changed and 5 % exact copies, generated with a seeded PRNG so
 * every run measures the same corpus. Baseline: sha256 of every paragraph in the same
 * process. Reports the stage's time (bar: under 10 s on 2 cores) and its ratio to the baseline.
 */
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Corpus, Document, Paragraph, Segment } from '../pipeline/model.js';
import { deduplicate } from '../pipeline/stages/dedup.js';
import { emptyDocument } from '../pipeline/stages/ingest.js';
import { defaultConfig, type StageContext } from '../pipeline/stage.js';
import { languagePack } from '../pipeline/lang/index.js';
import { bestOf, formatRun } from './measure.js';
import { seededRandom } from '../test/helpers/seeded-random.js';

const DOCUMENTS = 100;
const PARAGRAPHS_PER_DOCUMENT = 1000;
const VOCABULARY = 5000;
const NEAR_SHARE = 0.1;
const EXACT_SHARE = 0.05;

/**
 * Builds the synthetic corpus, the list of its paragraph texts and, per paragraph, the
 * index of the earlier paragraph it was planted as a copy of (-1 for an original).
 */
export function syntheticCorpus(seed = 1938): { corpus: Corpus; paragraphs: string[]; planted: number[] } {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const syllables = ['ka', 'ran', 'to', 'vel', 'mi', 'sor', 'da', 'lin', 'po', 'ser', 'gu', 'ath', 'ne', 'bro', 'il'];
  const vocabulary = Array.from({ length: VOCABULARY }, () =>
    Array.from({ length: 1 + pick(3) }, () => syllables[pick(syllables.length)]).join(''),
  );
  const sentence = (): string => {
    const words = Array.from({ length: 20 + pick(21) }, () => vocabulary[pick(VOCABULARY)] as string);
    return `${(words[0] as string).replace(/^./, (c) => c.toUpperCase())} ${words.slice(1).join(' ')}.`;
  };
  const edit = (text: string): string => {
    const words = text.split(' ');
    for (let i = 1 + pick(3); i > 0; i--) words[1 + pick(words.length - 2)] = vocabulary[pick(VOCABULARY)] as string;
    return words.join(' ');
  };

  const all: string[] = [];
  const planted: number[] = [];
  const documents: Document[] = [];
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `doc-${String(d).padStart(3, '0')}`;
    const texts: string[] = [];
    for (let p = 0; p < PARAGRAPHS_PER_DOCUMENT; p++) {
      const roll = random();
      const source = all.length > 0 ? pick(all.length) : -1;
      const earlier = all[source];
      const text =
        earlier && roll < EXACT_SHARE ? earlier : earlier && roll < EXACT_SHARE + NEAR_SHARE ? edit(earlier) : `${sentence()} ${sentence()}`;
      texts.push(text);
      all.push(text);
      planted.push(earlier !== undefined && roll < EXACT_SHARE + NEAR_SHARE ? source : -1);
    }
    documents.push(makeDocument(id, texts));
  }
  return { corpus: { documents, duplicates: [], entities: [], events: [], claims: [] }, paragraphs: all, planted };
}

function makeDocument(id: string, texts: readonly string[]): Document {
  const paragraphs: Paragraph[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  texts.forEach((text, p) => {
    const paragraph = `${id}-p${p}`;
    paragraphs.push({ id: paragraph, section: `${id}-s`, kind: 'paragraph', start: offset, end: offset + text.length, language: 'und', languageConfidence: 0, duplicateOf: null });
    let start = 0;
    text.split(/(?<=\.) /).forEach((sentence, s) => {
      segments.push({ id: `${paragraph}-${s}`, section: `${id}-s`, paragraph, start: offset + start, end: offset + start + sentence.length, text: sentence, language: 'und', languageConfidence: 0, foreignSpans: [], duplicateOf: null });
      start += sentence.length + 1;
    });
    offset += text.length + 1;
  });
  return { ...emptyDocument({ id, source: `${id}.txt`, sha256: '', text: texts.join('\n') }), paragraphs, segments };
}

/** CPU milliseconds (user + system) of this process so far. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export async function bench(): Promise<string[]> {
  const { corpus, paragraphs, planted } = syntheticCorpus();
  const bytes = paragraphs.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const context: StageContext = { config: defaultConfig, lang: languagePack, report: () => undefined };
  const baseline = await bestOf(3, () => paragraphs.map((text) => createHash('sha256').update(text).digest('hex')));
  deduplicate(syntheticCorpusOfSize(corpus, 5), context); // warm-up on a slice: one full run is long enough to time
  const cpuBefore = cpuMs();
  const started = process.hrtime.bigint();
  const result = deduplicate(corpus, context);
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const cpu = cpuMs() - cpuBefore;
  const levels = (level: string): number => result.duplicates.filter((d) => d.level === level).length;
  const flagged = result.documents.flatMap((document) => document.paragraphs.map((p) => p.duplicateOf !== null));
  const plantedFound = flagged.filter((isDuplicate, i) => isDuplicate && (planted[i] as number) >= 0).length;
  const plantedTotal = planted.filter((source) => source >= 0).length;
  const unplantedFlagged = flagged.filter((isDuplicate, i) => isDuplicate && planted[i] === -1).length;
  return [
    `  ${paragraphs.length} synthetic paragraphs in ${DOCUMENTS} documents (${(bytes / 1e6).toFixed(1)} MB), ${NEAR_SHARE * 100} % near and ${EXACT_SHARE * 100} % exact copies`,
    formatRun('baseline: sha256 of every paragraph', baseline, bytes),
    formatRun('dedup (documents, paragraphs, sentences)', wall, bytes, baseline),
    `  ${'dedup CPU time'.padEnd(40)} ${cpu.toFixed(1).padStart(9)} ms  (load average ${loadavg()[0]?.toFixed(1)} when it ended)  [bar: under 10 s]`,
    `  ${'found'.padEnd(40)} ${levels('paragraph')} paragraph, ${levels('sentence')} sentence, ${levels('document')} document duplicates`,
    `  ${'planted copies found'.padEnd(40)} ${plantedFound}/${plantedTotal} (${((100 * plantedFound) / plantedTotal).toFixed(2)} %), other paragraphs flagged: ${unplantedFlagged}`,
  ];
}

/** The first `count` documents of a corpus (for the warm-up run). */
function syntheticCorpusOfSize(corpus: Corpus, count: number): Corpus {
  return { ...corpus, documents: corpus.documents.slice(0, count) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
