/**
 * Entity evaluation on unseen passages (`eval/data/unseen/`): twelve hand-written passages,
 * six English and six Tagalog, on topics the seed sources never touch. The whole pipeline
 * runs on them in memory; each output entity's mentions (with the entity's type and name)
 * are scored against the gold mentions, per language:
 * - exact span and same type (CoNLL convention);
 * - exact span, compatible type (GPE ~ LOCATION, ORG ~ MILITARY_UNIT);
 * - overlapping span and same type (HIPE's fuzzy variant);
 * - exact span, any type;
 * - the canonical name of exact matches against the gold name (folded).
 * Optional gold mentions (nested, borderline) count neither way. The blind passages
 * (`eval/data/blind/entities.json`, written before their first run) are scored the same way,
 * in their own corpus, on their own lines. `detail` as the first argument also prints each
 * miss and false positive.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EntityType } from '../pipeline/model.js';
import { processCorpus } from '../pipeline/pipeline.js';
import { compatibleTypes } from '../pipeline/entities/merge.js';
import { foldName } from '../pipeline/entities/gazetteer.js';
import { codePointLength } from '../pipeline/offsets.js';
import { repoRoot } from './paths.js';
import type { Counts } from './score.js';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';

interface GoldMention {
  text: string;
  type: EntityType;
  name: string;
  optional?: boolean;
}

interface Passage {
  id: string;
  language: string;
  topic: string;
  text: string;
  mentions: GoldMention[];
}

/** A gold passage as stored: its text inline, or (blind set) in a file beside the gold. */
type StoredPassage = Omit<Passage, 'text'> & { text?: string; file?: string };

/** A mention with code-point offsets into its passage. */
interface Placed {
  passage: string;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  name: string;
  optional: boolean;
}

const DATA = join(repoRoot, 'eval', 'data', 'unseen', 'passages.json');
const BLIND = join(repoRoot, 'eval', 'data', 'blind', 'entities.json');

/** The passages of a gold file; a passage naming a `file` takes that file's text without its final newline. */
function readPassages(path: string): Passage[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { passages?: StoredPassage[] };
  if (!Array.isArray(json.passages)) throw new Error(`${path}: expected { "passages": [...] }`);
  return json.passages.map(({ file, text, ...passage }) => ({
    ...passage,
    text: file === undefined ? (text ?? '') : readFileSync(join(dirname(path), file), 'utf8').replace(/\n$/, ''),
  }));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The gold mentions of a passage with offsets: each is the first word-bounded occurrence
 * after the previous required mention (at or after its end; an optional one may sit inside
 * it, so at or after its start) that no earlier mention took.
 *
 * @throws When a mention is not in the text (a broken gold file).
 */
function placeGold(passage: Passage, path: string): Placed[] {
  const placed: Placed[] = [];
  const taken = new Set<string>();
  let previous = { start: 0, end: 0 };
  for (const mention of passage.mentions) {
    const cursor = mention.optional === true ? previous.start : previous.end;
    let at = passage.text.indexOf(mention.text, cursor);
    for (; at >= 0; at = passage.text.indexOf(mention.text, at + 1)) {
      const end = at + mention.text.length;
      const bounded = !WORD_CHAR.test(passage.text.charAt(at - 1)) && !WORD_CHAR.test(passage.text.charAt(end));
      if (bounded && !taken.has(`${at}:${end}`)) break;
    }
    if (at < 0) throw new Error(`${path}: '${mention.text}' not found in ${passage.id} after offset ${cursor}`);
    taken.add(`${at}:${at + mention.text.length}`);
    if (mention.optional !== true) previous = { start: at, end: at + mention.text.length };
    const start = codePointLength(passage.text.slice(0, at));
    placed.push({ passage: passage.id, start, end: start + codePointLength(mention.text), text: mention.text, type: mention.type, name: mention.name, optional: mention.optional === true });
  }
  return placed;
}

/** The pipeline's mentions of every passage, typed and named by their entity. */
async function predict(passages: readonly Passage[]): Promise<Placed[]> {
  const files = passages.map((passage) => ({ path: `${passage.id}.txt`, bytes: new TextEncoder().encode(`${passage.text}\n`) }));
  const { corpus } = await processCorpus(files);
  const passageOf = new Map(corpus.documents.map((document) => [document.id, document.source.replace(/\.txt$/, '')]));
  return corpus.entities.flatMap((entity) =>
    entity.mentions.map((mention) => ({ passage: passageOf.get(mention.document) ?? '', start: mention.start, end: mention.end, text: mention.text, type: entity.type, name: entity.name, optional: false })),
  );
}

type Match = (gold: Placed, predicted: Placed) => boolean;

const exact = (gold: Placed, predicted: Placed): boolean => gold.passage === predicted.passage && gold.start === predicted.start && gold.end === predicted.end;
const overlaps = (gold: Placed, predicted: Placed): boolean => gold.passage === predicted.passage && gold.start < predicted.end && predicted.start < gold.end;

/** One-to-one greedy matching in text order; optional gold is matched but not counted. */
function score(gold: readonly Placed[], predicted: readonly Placed[], match: Match): Counts & { pairs: [Placed, Placed][]; missed: Placed[]; extra: Placed[] } {
  const used = new Set<Placed>();
  const pairs: [Placed, Placed][] = [];
  const missed: Placed[] = [];
  let tp = 0;
  // Required gold first, so an optional nested mention never takes a required one's match.
  for (const g of [...gold].sort((a, b) => Number(a.optional) - Number(b.optional))) {
    const hit = predicted.find((p) => !used.has(p) && match(g, p));
    if (hit) {
      used.add(hit);
      if (!g.optional) {
        tp++;
        pairs.push([g, hit]);
      }
    } else if (!g.optional) missed.push(g);
  }
  const extra = predicted.filter((p) => !used.has(p));
  return { tp, fp: extra.length, fn: missed.length, pairs, missed, extra };
}

function describe(mention: Placed): string {
  return `${mention.passage} [${mention.start},${mention.end}) ${mention.type} "${mention.text}" -> ${mention.name}`;
}

/**
 * Scores the pipeline on the unseen passages.
 *
 * @param detail Also list misses and false positives of the strict match.
 * @returns Lines to print.
 */
export async function evaluate(detail = false): Promise<string[]> {
  return [...(await evaluateSet('unseen', DATA, detail)), ...(await evaluateSet('blind', BLIND, detail))];
}

/** Scores one gold file, its passages run as one corpus, under `label`. */
async function evaluateSet(label: string, path: string, detail: boolean): Promise<string[]> {
  const passages = readPassages(path);
  const gold = passages.flatMap((passage) => placeGold(passage, path));
  const predicted = await predict(passages);
  const lines: string[] = [];
  for (const language of [...new Set(passages.map((passage) => passage.language))].sort()) {
    const ids = new Set(passages.filter((passage) => passage.language === language).map((passage) => passage.id));
    const g = gold.filter((mention) => ids.has(mention.passage));
    const p = predicted.filter((mention) => ids.has(mention.passage));
    const strict = score(g, p, (a, b) => exact(a, b) && a.type === b.type);
    const compatible = score(g, p, (a, b) => exact(a, b) && compatibleTypes(a.type, b.type));
    const fuzzy = score(g, p, (a, b) => overlaps(a, b) && a.type === b.type);
    const untyped = score(g, p, exact);
    const named = untyped.pairs.filter(([a, b]) => foldName(a.name) === foldName(b.name)).length;
    lines.push(heading(`${label} entities: ${language} (${ids.size} passages, ${g.filter((m) => !m.optional).length} gold mentions)`));
    lines.push(
      formatPrf('exact span, same type', prf(strict)),
      formatPrf('exact span, compatible type', prf(compatible)),
      formatPrf('overlapping span, same type', prf(fuzzy)),
      formatPrf('exact span, any type', prf(untyped)),
      formatAccuracy('canonical name of exact-span matches', named, untyped.pairs.length),
    );
    if (detail) {
      lines.push('  missed:', ...strict.missed.map((m) => `    ${describe(m)}`));
      lines.push('  false positives:', ...strict.extra.map((m) => `    ${describe(m)}`));
      lines.push('  misnamed:', ...untyped.pairs.filter(([a, b]) => foldName(a.name) !== foldName(b.name)).map(([a, b]) => `    ${describe(b)} (gold: ${a.name})`));
    }
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await evaluate(process.argv[2] === 'detail')).join('\n')}\n`);
}
