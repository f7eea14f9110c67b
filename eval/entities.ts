/**
 * Entity evaluation.
 * (a) Seeds: entity inventory per document against `../shared/eval/seeds/entities.jsonl`
 *     (an output entity matches a gold entity of the same document when one of its mention
 *     texts there equals one of the gold aliases and the types are compatible: GPE ~
 *     LOCATION, ORG ~ MILITARY_UNIT; also type-agnostic), the share of multi-form gold
 *     entities that come out as one entity, and whether entities named in both documents
 *     share one id. Reads `output/`; without it, runs the entity stages on `sources/` with
 *     line-based sentences and says so.
 * (b) HIPE-2020 English dev (pers/loc/org, coarse literal), strict and fuzzy F1.
 * (c) UNER Tagalog TRG (IOB2), strict and fuzzy F1.
 * (b) and (c) run the recognisers directly on the text rebuilt from the tokens.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus, Document, EntityType, Segment } from '../pipeline/model.js';
import { defaultConfig } from '../pipeline/stage.js';
import type { StageContext } from '../pipeline/stage.js';
import { languagePack } from '../pipeline/lang/index.js';
import { recognizeEntities } from '../pipeline/stages/entities.js';
import { linkEntities } from '../pipeline/entities/link.js';
import { compatibleTypes } from '../pipeline/entities/merge.js';
import { normalizeName } from '../pipeline/entities/names.js';
import { entityLexicon } from '../pipeline/entities/lexicon.js';
import { TextIndex } from '../pipeline/offsets.js';
import { evalRoot, outputRoot, repoRoot } from './paths.js';
import { docKey, outputDocuments, readOutput, readSeed } from './seeds.js';
import type { Prf } from './score.js';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';

interface GoldEntity {
  doc: string;
  type: EntityType;
  canonical: string;
  aliases: string[];
}

interface OutputEntity {
  id: string;
  type: EntityType;
  name: string;
  mentions: { document: string; text: string; start: number; end: number }[];
}

const context: StageContext = { config: defaultConfig, lang: languagePack, report: () => undefined };

/** Precision and recall counted on different sides (outputs matched, gold found). */
function inventory(matchedOut: number, totalOut: number, foundGold: number, totalGold: number): Prf {
  const precision = totalOut === 0 ? 0 : matchedOut / totalOut;
  const recall = totalGold === 0 ? 0 : foundGold / totalGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: foundGold, fp: totalOut - matchedOut, fn: totalGold - foundGold, precision, recall, f1 };
}

/** The entities of `output/`, or of a direct run of the entity stages when it is missing. */
async function outputEntities(): Promise<{ entities: OutputEntity[]; documents: Map<string, string>; note: string | null }> {
  if (existsSync(join(outputRoot, 'entities.jsonl')) && existsSync(join(outputRoot, 'documents.jsonl'))) {
    const documents = new Map([...outputDocuments()].map(([key, document]) => [document.id, key]));
    return { entities: readOutput<OutputEntity>('entities'), documents, note: null };
  }
  const corpus = await directCorpus();
  return {
    entities: corpus.entities,
    documents: new Map(corpus.documents.map((document) => [document.id, docKey(document.source)])),
    note: 'output/entities.jsonl missing: entity stages run directly on sources/ with line-based sentences',
  };
}

/** The sources as documents with rough sentences (one per line part), for a direct run. */
async function directCorpus(): Promise<Corpus> {
  const folder = join(repoRoot, 'sources');
  const documents: Document[] = [];
  for (const file of readdirSync(folder).filter((name) => /\.(txt|md)$/.test(name)).sort()) {
    const text = readFileSync(join(folder, file), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
    const language = /^002/.test(file) ? 'tgl' : 'eng';
    const id = `doc-${docKey(file)}`;
    const document = roughDocument(id, file, text, language);
    documents.push(await recognizeEntities(document, context));
  }
  return linkEntities({ documents, duplicates: [], entities: [], events: [], claims: [] }, context);
}

/** A document whose sentences are split at ". " before a capital (good enough to measure with). */
export function roughDocument(id: string, source: string, text: string, language: string): Document {
  const segments: Segment[] = [];
  const index = new TextIndex(text);
  let offset = 0;
  for (const line of text.split('\n')) {
    const pieces = line.split(/(?<=[.!?…]["”]?)(?<!\b\p{Lu}\p{Ll}?\.)\s+(?=["“]?\p{Lu})/u);
    let at = 0;
    for (const piece of pieces) {
      const start = line.indexOf(piece, at);
      at = start + piece.length;
      if (piece.trim() === '') continue;
      const cpStart = index.toCodePoint(offset + start);
      segments.push({
        id: `seg-${id}-${segments.length}`,
        section: 's',
        paragraph: 'p',
        start: cpStart,
        end: cpStart + [...piece].length,
        text: piece,
        language,
        languageConfidence: 1,
        foreignSpans: [],
        duplicateOf: null,
      });
    }
    offset += line.length + 1;
  }
  return {
    id, source, sha256: '', text, language, languageConfidence: 1, languages: { [language]: 1 },
    sections: [], paragraphs: [], segments, timexes: [], mentions: [], events: [], messages: [],
  };
}

async function seeds(): Promise<string[]> {
  const gold = readSeed<GoldEntity>('entities');
  const { entities, documents, note } = await outputEntities();
  const lines = [heading('entities: seed inventory (../shared/eval/seeds/entities.jsonl)')];
  if (note) lines.push(`  (${note})`);
  const lexicon = entityLexicon(languagePack('eng'));
  // Forms are compared without titles ("Marshal Blucher" = "Blucher") for people only.
  const strip = (text: string, type: EntityType): string => normalizeName(text, type, lexicon);
  const matchedIds = new Map<string, Map<string, Set<string>>>();
  for (const doc of ['000', '002']) {
    const goldHere = gold.filter((record) => record.doc === doc);
    const outHere = entities
      .map((entity) => ({ entity, texts: new Set(entity.mentions.filter((m) => documents.get(m.document) === doc).map((m) => m.text)) }))
      .filter((item) => item.texts.size > 0);
    const allTexts = new Set(outHere.flatMap((item) => [...item.texts]));
    for (const typed of [true, false]) {
      const matches = (item: (typeof outHere)[number], record: GoldEntity): boolean =>
        (!typed || compatibleTypes(item.entity.type, record.type)) && record.aliases.some((alias) => item.texts.has(alias));
      const matchedOut = outHere.filter((item) => goldHere.some((record) => matches(item, record))).length;
      const foundGold = goldHere.filter((record) => outHere.some((item) => matches(item, record))).length;
      const bar = typed ? (doc === '000' ? 'F1 >= 85' : 'F1 >= 80') : undefined;
      lines.push(formatPrf(`${doc} inventory${typed ? '' : ' (type-agnostic)'}`, inventory(matchedOut, outHere.length, foundGold, goldHere.length), bar));
      if (typed) {
        const ids = new Map<string, Set<string>>();
        for (const record of goldHere) ids.set(record.canonical, new Set(outHere.filter((item) => matches(item, record)).map((item) => item.entity.id)));
        matchedIds.set(doc, ids);
      }
    }
    // Multi-form gold entities: one output entity holding all their forms.
    const multi = goldHere.filter((record) => new Set(record.aliases.map((alias) => strip(alias, record.type))).size > 1);
    let strict = 0;
    let foundForms = 0;
    let foundTotal = 0;
    for (const record of multi) {
      const forms = [...new Set(record.aliases.map((alias) => strip(alias, record.type)))];
      const holds = (item: (typeof outHere)[number], wanted: string[]): boolean => {
        const stripped = new Set([...item.texts].map((text) => strip(text, record.type)));
        return wanted.every((form) => stripped.has(form));
      };
      if (outHere.some((item) => holds(item, forms))) strict++;
      const present = forms.filter((form) => [...allTexts].some((text) => strip(text, record.type) === form));
      if (present.length >= 2) {
        foundTotal++;
        if (outHere.some((item) => holds(item, present))) foundForms++;
      }
    }
    lines.push(formatAccuracy(`${doc} multi-form: one entity, all forms`, strict, multi.length));
    lines.push(formatAccuracy(`${doc} multi-form: one entity, all found forms`, foundForms, foundTotal, '>= 90 %'));
  }
  const both = [...(matchedIds.get('000')?.keys() ?? [])].filter((name) => matchedIds.get('002')?.has(name));
  const shared = both.filter((name) => [...matchedIds.get('000')!.get(name)!].some((id) => matchedIds.get('002')!.get(name)!.has(id)));
  lines.push(formatAccuracy('entities in both documents sharing one id', shared.length, both.length));
  const missing = both.filter((name) => !shared.includes(name));
  if (missing.length > 0) lines.push(`    not shared: ${missing.join(', ')}`);
  return lines;
}

interface Span {
  start: number;
  end: number;
  type: string;
}

interface Sentence {
  text: string;
  gold: Span[];
}

const HIPE_TYPES: Partial<Record<EntityType, string>> = { PERSON: 'pers', LOCATION: 'loc', GPE: 'loc', ORG: 'org', MILITARY_UNIT: 'org' };
const UNER_TYPES: Partial<Record<EntityType, string>> = { PERSON: 'PER', LOCATION: 'LOC', GPE: 'LOC', ORG: 'ORG', MILITARY_UNIT: 'ORG' };

/** Sentences of a token-per-line file, with gold spans from B-/I- tags. */
function rebuild(rows: { token: string; tag: string; noSpaceAfter: boolean; endOfSentence: boolean }[], keep: (type: string) => boolean): Sentence[] {
  const sentences: Sentence[] = [];
  let text = '';
  let gold: Span[] = [];
  let open: Span | null = null;
  const close = (): void => {
    if (open && keep(open.type)) gold.push(open);
    open = null;
  };
  const flush = (): void => {
    close();
    if (text.trim() !== '') sentences.push({ text: text.trimEnd(), gold });
    text = '';
    gold = [];
  };
  for (const row of rows) {
    const [prefix, type = ''] = row.tag.split('-', 2) as [string, string?];
    if (prefix !== 'I' || !open || open.type !== type) close();
    const start = text.length;
    text += row.token;
    if (prefix === 'B' || (prefix === 'I' && !open)) open = { start, end: text.length, type };
    else if (prefix === 'I' && open) open.end = text.length;
    if (!row.noSpaceAfter) text += ' ';
    if (row.endOfSentence) flush();
  }
  flush();
  return sentences;
}

function hipeSentences(): Sentence[] {
  const file = join(evalRoot, 'ner', 'hipe2020_en', 'HIPE-2022-v2.1-hipe2020-dev-en.tsv');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('TOKEN\t'))
    .map((line) => {
      const columns = line.split('\t');
      const misc = columns[9] ?? '';
      return { token: columns[0] ?? '', tag: columns[1] ?? 'O', noSpaceAfter: misc.includes('NoSpaceAfter'), endOfSentence: misc.includes('EndOfSentence') };
    });
  return rebuild(rows, (type) => ['pers', 'loc', 'org'].includes(type));
}

function unerSentences(): Sentence[] {
  const file = join(evalRoot, 'ner', 'uner_tagalog_trg', 'TRG_tl_trg-ud-test.iob2');
  const rows: { token: string; tag: string; noSpaceAfter: boolean; endOfSentence: boolean }[] = [];
  const blocks = readFileSync(file, 'utf8').split(/\n\s*\n/);
  for (const block of blocks) {
    const tokens = block.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
    tokens.forEach((columns, i) => rows.push({ token: columns[1] ?? '', tag: columns[2] ?? 'O', noSpaceAfter: false, endOfSentence: i === tokens.length - 1 }));
  }
  return rebuild(rows, (type) => ['PER', 'LOC', 'ORG'].includes(type));
}

/** Runs the entity stage on each sentence as a one-sentence document. */
async function predict(sentences: readonly Sentence[], language: string, types: Partial<Record<EntityType, string>>): Promise<Span[][]> {
  const result: Span[][] = [];
  for (const [i, sentence] of sentences.entries()) {
    const document = roughDocument(`s${i}`, 'x', sentence.text, language);
    const single: Document = { ...document, segments: [{ ...document.segments[0]!, start: 0, end: [...sentence.text].length, text: sentence.text }].slice(0, document.segments.length) };
    const { mentions } = await recognizeEntities(single, context);
    const units = [...sentence.text];
    const toUnit = (cp: number): number => units.slice(0, cp).join('').length;
    result.push(
      mentions.flatMap((mention) => {
        const type = types[mention.type];
        return type ? [{ start: toUnit(mention.start), end: toUnit(mention.end), type }] : [];
      }),
    );
  }
  return result;
}

function scoreNer(sentences: readonly Sentence[], predicted: readonly Span[][]): { strict: Prf; fuzzy: Prf } {
  let strictTp = 0;
  let fuzzyTp = 0;
  let fuzzyPredTp = 0;
  let gold = 0;
  let pred = 0;
  sentences.forEach((sentence, i) => {
    const guesses = predicted[i] ?? [];
    gold += sentence.gold.length;
    pred += guesses.length;
    strictTp += guesses.filter((g) => sentence.gold.some((s) => s.start === g.start && s.end === g.end && s.type === g.type)).length;
    const overlaps = (a: Span, b: Span): boolean => a.type === b.type && a.start < b.end && b.start < a.end;
    fuzzyTp += sentence.gold.filter((s) => guesses.some((g) => overlaps(g, s))).length;
    fuzzyPredTp += guesses.filter((g) => sentence.gold.some((s) => overlaps(g, s))).length;
  });
  const strict = prf({ tp: strictTp, fp: pred - strictTp, fn: gold - strictTp });
  return { strict, fuzzy: inventory(fuzzyPredTp, pred, fuzzyTp, gold) };
}

async function publicSets(): Promise<string[]> {
  const lines: string[] = [];
  const hipe = hipeSentences();
  const hipeScores = scoreNer(hipe, await predict(hipe, 'eng', HIPE_TYPES));
  lines.push(heading('entities: HIPE-2020 English dev (pers/loc/org, coarse literal)'));
  lines.push(formatPrf('strict', hipeScores.strict, 'best published 63.0'), formatPrf('fuzzy', hipeScores.fuzzy, 'best published 81.0'));
  const uner = unerSentences();
  const unerScores = scoreNer(uner, await predict(uner, 'tgl', UNER_TYPES));
  lines.push(heading('entities: UNER Tagalog TRG (PER/LOC/ORG)'));
  lines.push(formatPrf('strict', unerScores.strict), formatPrf('fuzzy', unerScores.fuzzy));
  return lines;
}

/** Every entity evaluation; lines to print. */
export async function evaluate(): Promise<string[]> {
  return [...(await seeds()), ...(await publicSets())];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv[2];
  const lines = only === 'seeds' ? await seeds() : only === 'public' ? await publicSets() : await evaluate();
  process.stdout.write(`${lines.join('\n')}\n`);
}
