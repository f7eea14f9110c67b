/**
 * The tests' pathological inputs (long runs of dots, dashes, spaces, initials, near copies,
 * thousands of names), timed here instead of in the tests. Each function runs in the same
 * process on the pathological input, on ordinary input of the same size (prose from
 * `sources/`, repeated and cut to the same length in code points; for lists of names or
 * passages, the same number taken from prose), and on the pathological input made twice as
 * large. Reports the ratio pathological/ordinary (a few × at most: no blow-up on that input)
 * and the ratio 2×/1× (about 2: linear; about 4: quadratic). Asserts nothing.
 *
 * Run alone: `npx tsx bench/pathological.ts [filter]` (a filter keeps the cases whose name
 * contains it).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type { Document, EntityType, Mention } from '../pipeline/model.js';
import { defaultConfig, type StageContext } from '../pipeline/stage.js';
import { languagePack } from '../pipeline/lang/index.js';
import { codePointLength, TextIndex } from '../pipeline/offsets.js';
import { structure } from '../pipeline/stages/structure.js';
import { segment } from '../pipeline/stages/segment.js';
import { identifyLanguage } from '../pipeline/stages/language.js';
import { extractEvents } from '../pipeline/stages/events.js';
import { deduplicate } from '../pipeline/stages/dedup.js';
import { recognizeEntities } from '../pipeline/stages/entities.js';
import { renderReviewPage } from '../pipeline/review/page.js';
import type { ReviewData } from '../pipeline/review/data.js';
import { splitSentences } from '../pipeline/segment/split-sentences.js';
import { extractTimexes } from '../pipeline/dates/extract.js';
import { detectLanguage } from '../pipeline/language/detect.js';
import { findForeignSpans } from '../pipeline/language/foreign-spans.js';
import { eldScores } from '../pipeline/language/eld-detector.js';
import { matchDuplicates } from '../pipeline/dedup/match.js';
import { Vocabulary, scanWords } from '../pipeline/dedup/words.js';
import { eventLexicon } from '../pipeline/events/lexicon.js';
import { tokenize } from '../pipeline/events/tokens.js';
import { findTriggers } from '../pipeline/events/triggers.js';
import { findQuantities } from '../pipeline/events/quantities.js';
import { analyze } from '../pipeline/events/morphology.js';
import { nominalTokens } from '../pipeline/events/pos.js';
import { clauses } from '../pipeline/events/clauses.js';
import { attachParticipants } from '../pipeline/events/participants.js';
import { forcePhrases } from '../pipeline/events/forces.js';
import { linkEntities, type Located } from '../pipeline/entities/link.js';
import { linkAcronyms } from '../pipeline/entities/acronyms.js';
import { linkShortBodies } from '../pipeline/entities/short-bodies.js';
import { gazetteer } from '../pipeline/entities/gazetteer.js';
import { rulesRecognizer } from '../pipeline/entities/recognizers/rules.js';
import { compromiseRecognizer } from '../pipeline/entities/recognizers/compromise.js';
import { createTransformersRecognizer } from '../pipeline/entities/recognizers/transformers.js';
import type { Recognizer } from '../pipeline/entities/recognizer.js';
import { splitPoint } from '../pipeline/entities/transformers/split-text.js';
import { alignTokens } from '../pipeline/entities/transformers/align-tokens.js';
import { aggregateTokens } from '../pipeline/entities/transformers/aggregate-tokens.js';
import { repoRoot } from '../eval/paths.js';
import { readSources } from '../pipeline/sources.js';
import { ingest } from '../pipeline/stages/ingest.js';
import { makeCorpus, makeDocument as paragraphsDocument } from '../test/language/fixture.js';
import { documentOf as ingested } from '../test/structure/helpers.js';
import { makeDocument as eventDocument, sentenceOf } from '../test/events/helpers.js';
import { documentOf as sentencesDocument } from '../test/entities/helpers.js';
import { TINY_NER_SPEC, writeTinyModel } from '../test/helpers/tiny-model.js';

const context: StageContext = { config: defaultConfig, lang: languagePack, report: () => undefined };
const LANGUAGES = ['eng', 'tgl'];

/** Timed work on one prepared input. */
type Work = () => unknown;

/** One function on one pathological input; preparing an input is never timed. */
interface Case {
  name: string;
  /** The pathological input at `scale` (1: the tests' size), ready to run. */
  pathological(scale: number): Work | Promise<Work>;
  /** Ordinary input as large as `pathological(1)`, ready to run. */
  ordinary(): Work | Promise<Work>;
}

// ---------------------------------------------------------------------------------------
// Ordinary text

interface Source {
  language: string;
  text: string;
}

let sourceCache: Source[] | null = null;

/** The sources' texts as ingest reads them, each with the language the detector gives it. */
function sources(): Source[] {
  sourceCache ??= readSources(join(repoRoot, 'sources')).flatMap((file) => {
    const result = ingest(file);
    return 'document' in result ? [{ text: result.document.text, language: detectLanguage(result.document.text, LANGUAGES).language }] : [];
  });
  return sourceCache;
}

/**
 * Prose of exactly `length` code points: the sources (only those in `language`, when given)
 * repeated and cut; on one line unless `lines`.
 */
function prose(length: number, language?: string, lines = false): string {
  const picked = sources().filter((source) => language === undefined || source.language === language);
  const joined = picked.map((source) => source.text.trim()).join('\n\n');
  const text = lines ? joined : joined.replace(/\s+/gu, ' ');
  const chars = [...text];
  const out: string[] = [];
  while (out.length < length) out.push(...chars.slice(0, length - out.length));
  return out.join('');
}

/** The paragraphs of the first source, each written `times` times over (a longer text of as many paragraphs). */
function sourceParagraphs(times: number): string[] {
  const paragraphs = (sources()[0]?.text ?? '').split(/\n\s*\n/u).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  return paragraphs.map((paragraph) => Array.from({ length: times }, () => paragraph).join(' '));
}

/** Prose without sentence marks, so the splitters read it as one sentence. */
const oneSentence = (length: number, language?: string): string => prose(length, language).replace(/[.!?]/gu, ',');

/** The prose's sentences, as the test builders want them. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+/u).filter((sentence) => sentence !== '');

/** A case on one text: `make(scale)` builds the pathological text, `work` prepares a text to run. */
function textCase(name: string, make: (scale: number) => string, work: (text: string) => Work | Promise<Work>, ordinaryText: (length: number) => string = (length) => prose(length)): Case {
  return { name, pathological: (scale) => work(make(scale)), ordinary: () => work(ordinaryText(codePointLength(make(1)))) };
}

// ---------------------------------------------------------------------------------------
// Helpers the cases share

/** A recogniser's work on one text as a one-segment document. */
function recognizing(recognizer: Recognizer, language: string): (text: string) => Work {
  return (text) => {
    const document = sentencesDocument([text], language);
    return () => recognizer.recognize(document.segments[0]!, document, context);
  };
}

/** Triggers of a text read as one sentence (tokens and trigger search, as the stage does them). */
function triggersOf(text: string, code: string) {
  const index = new TextIndex(text);
  return findTriggers(tokenize({ text, start: 0 }), (s, e) => index.slice(s, e), eventLexicon(code, context));
}

let proseCache: Document | null = null;

/** The first `count` mentions the entities stage finds in English prose, and the prose document. */
async function proseMentions(count: number): Promise<{ document: Document; mentions: Mention[] }> {
  for (let length = 100_000; proseCache === null || proseCache.mentions.length < count; length *= 2) {
    proseCache = await recognizeEntities(sentencesDocument(sentencesOf(prose(length, 'eng')), 'eng', 'prose'), context);
  }
  return { document: proseCache, mentions: proseCache.mentions.slice(0, count) };
}

/**
 * Clusters keyed as the linker keys them before its passes: gazetteer entry or folded name.
 * Built inside the timed work, since the passes change them; linear, a few ms.
 */
function clustersOf(items: readonly Located[]): Map<string, Located[]> {
  const clusters = new Map<string, Located[]>();
  for (const item of items) {
    const key = item.mention.gazetteer ? `gaz:${item.mention.gazetteer}` : `body:${item.mention.normalized.toLowerCase()}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.push(item);
    else clusters.set(key, [item]);
  }
  return clusters;
}

/** Mentions with the given texts, one per segment of a document of those texts. */
function namedMentions(id: string, items: readonly [string, EntityType, string][]): Document {
  const document = sentencesDocument(items.map(([text]) => text), 'eng', id);
  const mentions: Mention[] = items.map(([text, type, normalized], i) => ({
    id: `m-${id}-${i}`, segment: document.segments[i]!.id, start: document.segments[i]!.start, end: document.segments[i]!.end,
    text, type, language: 'eng', normalized, gazetteer: null, recognizer: 'bench',
  }));
  return { ...document, mentions };
}

/** The review page rendered and opened in happy-dom (scripts run), then closed. */
async function openReviewPage(data: ReviewData): Promise<void> {
  const window = new Window({ url: 'file:///tmp/review.html', settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  window.document.write(renderReviewPage(data));
  await window.happyDOM.waitUntilComplete();
  await window.happyDOM.close();
}

/** Review data for one document with an entity mentioned at the given code-point spans. */
function reviewData(text: string, spans: readonly [number, number][]): ReviewData {
  const id = 'doc-0000000000aa';
  const chars = [...text];
  const mentions = spans.map(([start, end]) => ({ document: id, segment: 'seg-0000000000aa', start, end, text: chars.slice(start, end).join('') }));
  return {
    title: 'bench',
    documents: [{ id, source: 'bench.txt', language: 'eng', text }],
    entities: [{ id: 'en-bench', type: 'PERSON', name: 'Bench', wikidata: null, aliases: [], mentions }],
    timexes: [],
    events: [],
    corrections: [],
  };
}

// ---------------------------------------------------------------------------------------
// The cases: the tests' inputs, `scale` times as long (runs) or as many (items)

function stageCases(): Case[] {
  const structured = (text: string): Work => {
    const document = ingested('input.txt', text);
    return () => structure(document, context);
  };
  const proseWithLines = (length: number): string => prose(length, undefined, true);
  const dedupParagraphs = (s: number): string[] => Array.from({ length: 200 }, (_, i) => `${'.'.repeat(500 * s)} ${'-'.repeat(500 * s)}${' '.repeat(100 * s)}${i}`);
  const deduplicating = (paragraphs: readonly string[]): Work => {
    const corpus = makeCorpus([paragraphsDocument('a', paragraphs)]);
    return () => deduplicate(corpus, context);
  };
  /** Paragraph i of document k is paragraph (i + k·n/6) mod n of the first source (each written `scale` times). */
  const rotatedDocuments = (scale: number): string[][] => {
    const base = sourceParagraphs(scale);
    const step = Math.floor(base.length / 6);
    return Array.from({ length: 6 }, (_, k) => base.map((_, i) => base[(i + k * step) % base.length] as string));
  };
  const deduplicating6 = (documents: readonly (readonly string[])[]): Work => {
    const corpus = makeCorpus(documents.map((paragraphs, k) => paragraphsDocument(`d${k}`, paragraphs)));
    return () => deduplicate(corpus, context);
  };
  const entitySentences = (count: number): string[] => {
    const runs = `${'.'.repeat(2000)} ${'- '.repeat(1000)}${' '.repeat(2000)}`;
    return Array.from({ length: count }, (_, i) => (i % 100 === 0 ? runs : `On day ${i} Marshal Blucher met G.M. Stern near Lake Khasan.`));
  };
  const recognizingAll = (sentences: readonly string[]): Work => {
    const document = sentencesDocument(sentences);
    return () => recognizeEntities(document, context);
  };
  const pageLine = '😀 Blyukher met the Japanese ... --- on July 29.      \n';
  return [
    textCase('structure: dots and spaces', (s) => '. '.repeat(100_000 * s), structured, proseWithLines),
    textCase('structure: dashes', (s) => '-'.repeat(200_000 * s), structured, proseWithLines),
    textCase('structure: short lines', (s) => 'A\n'.repeat(100_000 * s), structured, proseWithLines),
    textCase('segment: a paragraph of dots and spaces', (s) => `Start. ${'. '.repeat(100_000 * s)}`, (text) => {
      const document = structure(ingested('input.txt', text), context);
      return () => segment(document, context);
    }, proseWithLines),
    textCase('language: runs around a sentence', (s) => `${'.'.repeat(20000 * s)} ${'-'.repeat(20000 * s)}${' '.repeat(20000 * s)}Ang mga tropa ay umatras. ${'—'.repeat(20000 * s)}`, (text) => {
      const document = paragraphsDocument('d', [text]);
      return () => identifyLanguage(document, context);
    }),
    textCase('events: runs, then numbers', (s) => `${'.'.repeat(4000 * s)} ${'-'.repeat(4000 * s)} ${' '.repeat(4000 * s)} attacked\n\n${'1, '.repeat(2000 * s)}killed`, (text) => {
      const document = eventDocument({ paragraphs: text.split('\n\n'), language: 'eng' });
      return () => extractEvents(document, context);
    }, (length) => prose(length, 'eng')),
    {
      name: 'dedup: 200 paragraphs of runs',
      pathological: (s) => deduplicating(dedupParagraphs(s)),
      ordinary: () => {
        // Paragraphs as long as the runs; the sources repeat about 2.5 times, so the prose holds copies.
        const lengths = dedupParagraphs(1).map(codePointLength);
        const chars = [...prose(lengths.reduce((sum, length) => sum + length, 0))];
        let at = 0;
        return deduplicating(lengths.map((length) => chars.slice(at, (at += length)).join('').trim()));
      },
    },
    {
      // Every pair of documents has the same words in another order: no cheap bound rejects it.
      name: 'dedup: 6 documents, paragraphs rotated',
      pathological: (s) => deduplicating6(rotatedDocuments(s)),
      ordinary: () => deduplicating6(Array.from({ length: 6 }, () => sourceParagraphs(1))),
    },
    {
      name: 'entities: 3,000 sentences among runs',
      pathological: (s) => recognizingAll(entitySentences(3000 * s)),
      ordinary: () => recognizingAll(sentencesOf(prose(codePointLength(entitySentences(3000).join(' ')), 'eng'))),
    },
    {
      name: 'review page: 1 MB, a highlight per line',
      pathological: (s) => {
        const count = Math.ceil((1_000_000 * s) / pageLine.length);
        const length = [...pageLine].length;
        const data = reviewData(pageLine.repeat(count), Array.from({ length: count }, (_, i) => [i * length + 2, i * length + 10]));
        return () => openReviewPage(data);
      },
      ordinary: () => {
        const count = Math.ceil(1_000_000 / pageLine.length);
        const text = prose(codePointLength(pageLine.repeat(count)), 'eng', true);
        const index = new TextIndex(text);
        const spans = [...text.matchAll(/\p{Lu}\p{L}+/gu)].slice(0, count).map((match): [number, number] => [index.toCodePoint(match.index), index.toCodePoint(match.index + match[0].length)]);
        const data = reviewData(text, spans);
        return () => openReviewPage(data);
      },
    },
  ];
}

function segmentAndLanguageCases(): Case[] {
  const split = (text: string): Work => () => splitSentences(text, LANGUAGES);
  const timexes = (text: string): Work => () => LANGUAGES.map((language) => extractTimexes(text, language));
  return [
    textCase('splitSentences: dots and spaces', (s) => '. '.repeat(100_000 * s), split),
    textCase('splitSentences: dots', (s) => '.'.repeat(200_000 * s), split),
    textCase('splitSentences: dashes and spaces', (s) => '- '.repeat(100_000 * s), split),
    textCase('splitSentences: spaces', (s) => ' '.repeat(200_000 * s), split),
    textCase('splitSentences: initials', (s) => 'A. '.repeat(66_667 * s), split),
    textCase('splitSentences: question marks and quotes', (s) => '?" '.repeat(66_667 * s), split),
    textCase('splitSentences: initials before starters', (s) => 'A. B. The '.repeat(20_000 * s), split),
    textCase('splitSentences: glued initials before names', (s) => 'VK. Blucher '.repeat(16_667 * s), split),
    textCase('extractTimexes: dots', (s) => '.'.repeat(20_000 * s), timexes),
    textCase('extractTimexes: dashes', (s) => '-'.repeat(20_000 * s), timexes),
    textCase('extractTimexes: spaces', (s) => ' '.repeat(20_000 * s), timexes),
    textCase('extractTimexes: digits and dashes', (s) => '1938-'.repeat(4_000 * s), timexes),
    textCase('extractTimexes: month words', (s) => 'July '.repeat(4_000 * s), timexes),
    textCase('extractTimexes: Tagalog linkers', (s) => 'ng ika- '.repeat(3_000 * s), timexes),
    textCase('findForeignSpans: runs around a word', (s) => `${'. '.repeat(20000 * s)}${'-'.repeat(20000 * s)} Army ${' '.repeat(20000 * s)}`, (text) => () => findForeignSpans(text, 'tgl', LANGUAGES, languagePack), (length) => prose(length, 'tgl')),
    textCase('eldScores: runs before a word', (s) => `${'.'.repeat(20000 * s)}${'-'.repeat(20000 * s)}${' '.repeat(20000 * s)}war`, (text) => () => eldScores(text, LANGUAGES)),
  ];
}

function eventCases(): Case[] {
  const eng = eventLexicon('eng', context);
  const tgl = eventLexicon('tgl', context);
  const english = (length: number): string => prose(length, 'eng');
  const participantsText = (filler: string): string => `The Japanese attacked the Red Army ${filler} of the Red Army.`;
  const participants = (text: string): Work => {
    const document = eventDocument({ paragraphs: [text], language: 'eng', mentions: [{ text: 'Japanese', type: 'GPE' }, { text: 'Red Army', type: 'ORG' }] });
    const sentence = sentenceOf(document);
    return () => {
      const nominal = nominalTokens(sentence.tokens, sentence.segment, sentence.lexicon);
      const trigger = findTriggers(sentence.tokens, sentence.slice, sentence.lexicon, nominal)[0]!;
      const clause = clauses(sentence.tokens, sentence.lexicon).find((c) => trigger.start >= c.start && trigger.end <= c.end)!;
      return attachParticipants(sentence, clause, trigger);
    };
  };
  const filler = (s: number): string => `${'.-'.repeat(1000 * s)}${' '.repeat(4000 * s)}that, who, of the of the `.repeat(3);
  return [
    textCase('findTriggers: runs, then letters', (s) => `${'.'.repeat(5000 * s)} ${'-'.repeat(5000 * s)} ${' '.repeat(5000 * s)} attacked ${'a '.repeat(3000 * s)}`, (text) => () => triggersOf(text, 'eng'), english),
    textCase('findQuantities: ones and commas, runs', (s) => `${'1,'.repeat(3000 * s)} ${'-'.repeat(5000 * s)} ${'. '.repeat(3000 * s)} 5 killed`, (text) => {
      // Every sentence of the paragraph, as the stage reads them.
      const document = eventDocument({ paragraphs: [text], language: 'eng' });
      const sentences = document.segments.map((_, n) => sentenceOf(document, n));
      return () => sentences.map(findQuantities);
    }, english),
    {
      name: 'analyze (morphology): a long word',
      // analyze() memoizes per lexicon object: a fresh copy each run times the analysis itself.
      pathological: (s) => {
        const word = `nagpa${'pa'.repeat(200 * s)}sinalakayan`;
        return () => analyze(word, { ...tgl });
      },
      ordinary: () => {
        const words = prose(codePointLength(`nagpa${'pa'.repeat(200)}sinalakayan`), 'tgl').toLowerCase().match(/\p{L}+/gu) ?? [];
        return () => {
          const fresh = { ...tgl };
          return words.map((word) => analyze(word, fresh));
        };
      },
    },
    {
      name: 'attachParticipants: runs inside the clause',
      pathological: (s) => participants(participantsText(filler(s))),
      ordinary: () => participants(participantsText(oneSentence(codePointLength(filler(1)), 'eng'))),
    },
    textCase('forcePhrases: names, runs, linkers', (s) => ['Soviet '.repeat(20000 * s), '.'.repeat(20000 * s), ' - '.repeat(20000 * s), ' '.repeat(20000 * s), 'tropang '.repeat(20000 * s), 'Soviet-'.repeat(4)].join(''), (text) => {
      const tokens = tokenize({ text, start: 0 });
      return () => LANGUAGES.map((language) => forcePhrases(tokens, language));
    }),
    textCase('nominalTokens (pos): runs in a sentence', (s) => `The attack ${'. '.repeat(2000 * s)}${'-'.repeat(2000 * s)}${' '.repeat(2000 * s)} was repeated.`, (text) => {
      const tokens = tokenize({ text, start: 0 });
      return () => nominalTokens(tokens, { text, start: 0 }, eng);
    }, english),
  ];
}

function dedupMatchCase(): Case {
  const LONG = 'the chief of staff telegraphed that the fighting capacity of the division was declining every day and the enemy had been heavily damaged';
  const options = { threshold: 0.9, minWordsExact: 1, minWordsNear: 5 };
  const passages = (texts: readonly string[]): Work => {
    const vocabulary = new Vocabulary();
    const words = texts.map((text) => scanWords(text, vocabulary).ids);
    return () => matchDuplicates(words, options);
  };
  return {
    name: 'matchDuplicates: 20,000 near copies',
    pathological: (s) => passages(Array.from({ length: 20000 * s }, (_, i) => `${LONG} ${i % 1000} number ${i}`)),
    ordinary: () => {
      // 20,000 passages of the same length cut from prose; the sources repeat, so prose holds copies too.
      const length = codePointLength(`${LONG} 999 number 19999`);
      const chars = [...prose(length * 20000, 'eng')];
      return passages(Array.from({ length: 20000 }, (_, i) => chars.slice(i * length, (i + 1) * length).join('')));
    },
  };
}

function entityCases(transformers: Recognizer): Case[] {
  const english = (length: number): string => prose(length, 'eng');
  const names = (count: number): [string, EntityType, string][] =>
    Array.from({ length: count }, (_, i) => {
      const name = `Name${i.toString(36)}`;
      const type: EntityType = i % 3 === 0 ? 'PERSON' : i % 3 === 1 ? 'ORG' : 'GPE';
      return [name, type, i % 5 === 0 ? `Ivan ${name}` : `${name} ${type === 'ORG' ? 'Council' : ''}`.trim()];
    });
  const locatedFrom = (mentions: readonly Mention[], document: string): Located[] => mentions.map((mention) => ({ document, mention }));
  const bodies = (count: number): Located[] => {
    const items: [string, EntityType, string][] = [];
    for (let i = 0; i < count / 2; i++) {
      const name = i.toString(36);
      items.push([`Name${name} Council`, 'ORG', `Name${name} Council`], [`Council of Name${name}`, 'ORG', `Council of Name${name}`]);
    }
    return locatedFrom(namedMentions('d1', items).mentions, 'd1');
  };
  const acronymDocument = (count: number): { document: Document; items: Located[] } => {
    const sentences = Array.from({ length: count }, (_, i) => `The Body Number${i.toString(36)} (BN) met.`);
    const document = sentencesDocument(sentences);
    const items: Located[] = [];
    sentences.forEach((sentence, i) => {
      const at = document.segments[i]!.start;
      const name = sentence.slice(4, sentence.indexOf(' ('));
      const make = (text: string, start: number, k: number): Located => ({
        document: document.id,
        mention: { id: `m${start}-${k}`, segment: 's', start, end: start + text.length, text, type: 'ORG', language: 'eng', normalized: text, gazetteer: null, recognizer: 'bench' },
      });
      items.push(make(name, at + 4, 0), make('BN', at + sentence.indexOf('(BN)') + 1, 1));
    });
    return { document, items };
  };
  return [
    textCase('rules recogniser: runs, then a long name', (s) => `${'.'.repeat(5000 * s)}${'-'.repeat(5000 * s)}${' '.repeat(5000 * s)}si ${'Aa '.repeat(3000 * s)}`, recognizing(rulesRecognizer, 'tgl'), (length) => prose(length, 'tgl')),
    textCase('compromise recogniser: runs, initials', (s) => `${'.'.repeat(5000 * s)} ${'- '.repeat(5000 * s)}${' '.repeat(5000 * s)}A. B. C. ${'Xx '.repeat(2000 * s)}`, recognizing(compromiseRecognizer, 'eng'), english),
    textCase('compromise recogniser: &, ¬, particles, commas', (s) => `${'Xx & '.repeat(3000 * s)}${'Ab¬ cd '.repeat(3000 * s)}${'Van der '.repeat(3000 * s)}${'Yy, '.repeat(3000 * s)}Va. ${'Mr. '.repeat(2000 * s)}`, recognizing(compromiseRecognizer, 'eng'), english),
    textCase('transformers recogniser (tiny model): runs', (s) => `${'.'.repeat(5_000 * s)}${' '.repeat(5_000 * s)}${'-'.repeat(5_000 * s)} Blucher`, recognizing(transformers, 'eng'), english),
    textCase('splitPoint: dots', (s) => '.'.repeat(200_000 * s), (text) => () => splitPoint(text)),
    textCase('alignTokens: runs, a token per character', (s) => `${'.'.repeat(20_000 * s)}${' '.repeat(20_000 * s)}${'-'.repeat(20_000 * s)}`, (text) => {
      const surfaces = text.match(/\S/gu) ?? [];
      return () => alignTokens(text, surfaces);
    }, (length) => english(length)),
    {
      name: 'alignTokens: 20,000 tokens not in the text',
      pathological: (s) => {
        const text = 'a '.repeat(50_000 * s);
        const surfaces = new Array<string>(20_000 * s).fill('zzz');
        return () => alignTokens(text, surfaces);
      },
      ordinary: () => {
        const text = english(100_000);
        const surfaces = text.match(/\S+/gu) ?? [];
        return () => alignTokens(text, surfaces);
      },
    },
    {
      name: 'aggregateTokens: tagged punctuation',
      pathological: (s) => {
        const text = '.-'.repeat(50_000 * s);
        const tokens = Array.from(text, (_char, index) => ({ start: index, end: index + 1, label: 'I-PER', score: 0.5 }));
        return () => aggregateTokens(tokens, text);
      },
      ordinary: () => {
        // A token per word, the capitalised ones a person.
        const text = english(100_000);
        const tokens = [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, label: /^\p{Lu}/u.test(match[0]) ? 'B-PER' : 'O', score: 0.5 }));
        return () => aggregateTokens(tokens, text);
      },
    },
    {
      name: 'linkEntities: 3,000 distinct names',
      pathological: (s) => {
        const corpus = makeCorpus([namedMentions('d1', names(3000 * s))]);
        return () => linkEntities(corpus, context);
      },
      ordinary: async () => {
        const { document, mentions } = await proseMentions(3000);
        const corpus = makeCorpus([{ ...document, mentions }]);
        return () => linkEntities(corpus, context);
      },
    },
    {
      name: 'linkShortBodies: 4,000 bodies',
      pathological: (s) => {
        const items = bodies(4000 * s);
        const places = gazetteer();
        return () => linkShortBodies(clustersOf(items), places, context);
      },
      ordinary: async () => {
        const items = locatedFrom((await proseMentions(4000)).mentions, 'prose');
        const places = gazetteer();
        return () => linkShortBodies(clustersOf(items), places, context);
      },
    },
    {
      name: 'linkAcronyms: 3,000 acronyms',
      pathological: (s) => {
        const { document, items } = acronymDocument(3000 * s);
        return () => linkAcronyms(clustersOf(items), [document]);
      },
      ordinary: async () => {
        const { document, mentions } = await proseMentions(6000);
        const items = locatedFrom(mentions, document.id);
        return () => linkAcronyms(clustersOf(items), [document]);
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------

/** Milliseconds one call of `work` takes. */
async function timed(work: Work): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The fastest of several calls of each work, taken in turns (the machine is shared: a burst
 * of load then slows one round of all three, not all rounds of one). Rounds after the
 * warm-up: 5 when one round is quick, 3 under 3 s, 1 for the slow cases.
 */
async function interleavedBest(works: readonly Work[]): Promise<number[]> {
  let round = 0;
  for (const work of works) round += await timed(work);
  const best = works.map(() => Number.POSITIVE_INFINITY);
  const rounds = round < 300 ? 5 : round < 3000 ? 3 : 1;
  for (let r = 0; r < rounds; r++) {
    for (const [i, work] of works.entries()) best[i] = Math.min(best[i] as number, await timed(work));
  }
  return best;
}

/** A ratio with two significant digits at most: 0.042, 0.9, 37. */
const ratio = (value: number): string => `${Number(value.toPrecision(2))}x`;

/** `  name  12.3 ms  2.1x ordinary  2x at 2x input`. */
function formatCase(name: string, ms: number, ordinaryMs: number, doubleMs: number): string {
  return `  ${name.padEnd(48)} ${ms.toFixed(1).padStart(9)} ms ${ratio(ms / ordinaryMs).padStart(8)} ordinary ${ratio(doubleMs / ms).padStart(6)} at 2x input`;
}

/** One line per case: its time, its ratio to ordinary input, its ratio at twice the input. */
export async function bench(filter = ''): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'salaysay-bench-pathological-'));
  try {
    const transformers = await createTransformersRecognizer({ model: await writeTinyModel(folder, TINY_NER_SPEC) });
    const cases = [...stageCases(), ...segmentAndLanguageCases(), ...eventCases(), dedupMatchCase(), ...entityCases(transformers)].filter((item) => item.name.includes(filter));
    const lines = ['  time on the tests\' pathological input; its ratio to ordinary input of the same size; time at 2x that input / at 1x (2: linear)'];
    for (const item of cases) {
      const [ms, ordinaryMs, doubleMs] = await interleavedBest([await item.pathological(1), await item.ordinary(), await item.pathological(2)]);
      lines.push(formatCase(item.name, ms as number, ordinaryMs as number, doubleMs as number));
    }
    return lines;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench(process.argv[2])).join('\n')}\n`);
}
