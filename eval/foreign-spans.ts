/**
 * Foreign spans (`findForeignSpans`), measured on a synthetic but honest set built from the
 * aligned public lines of `langid/` (Tatoeba, FLORES-200 devtest), in both directions:
 * - mixed sentences: a line of one language (the host) gets text of the other language (the
 *   guest, taken from another pair of the set, never the host's translation) inserted at a
 *   word boundary: the whole guest sentence or a 2–6-word slice of it, each in quotation
 *   marks and bare. The guest is the one gold span. Slices begin and end on a word that is
 *   not a function word of the guest language and hold no punctuation, as an untranslated
 *   phrase or title does (a slice "ng mga bata sa" is no phrase a writer would leave
 *   untranslated); the guest goes between two lower-case host words where the host has
 *   such a place (a phrase glued to a name would have no knowable boundary). Guest lines
 *   with quotation marks or brackets of their own are skipped (nested quotations are
 *   another problem). Spans are scored exact and by overlap (precision: found spans
 *   overlapping the gold; recall: gold spans overlapped), and by code points (found spans' code points inside the gold span
 *   against the gold's, so that a span cut in pieces or run into the host costs what it
 *   misses or adds). Spans the host line gets on its own (names and loans in it, scored
 *   below) are left out. The host's language is given as the matrix (the span finder's
 *   contract), so sentence identification errors do not count here;
 * - untouched lines of both languages: how many get any foreign span at all. English lines
 *   should get none; the Tagalog lines of FLORES hold English names and loans ("computer"),
 *   so some of theirs are right.
 * The 002 seed spans (English inside Tagalog, against `seeds/languages.json`) are scored by
 * `langid.ts` on `output/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { languagePack } from '../pipeline/lang/index.js';
import { findForeignSpans } from '../pipeline/language/foreign-spans.js';
import { codePointLength } from '../pipeline/offsets.js';
import { functionWords } from '../pipeline/language/function-words.js';
import type { ForeignSpan, LanguageCode } from '../pipeline/model.js';
import { evalRoot } from './paths.js';
import { formatAccuracy, formatPrf, heading, prf, type Counts } from './score.js';
import { seededRandom } from '../test/helpers/seeded-random.js';

const LANGUAGES: readonly LanguageCode[] = ['eng', 'tgl'];
const SETS: readonly { name: string; files: Readonly<Record<LanguageCode, string>> }[] = [
  { name: 'Tatoeba', files: { eng: 'tatoeba/tatoeba.tgl-eng.eng', tgl: 'tatoeba/tatoeba.tgl-eng.tgl' } },
  { name: 'FLORES-200 devtest', files: { eng: 'flores200/eng_Latn.devtest', tgl: 'flores200/tgl_Latn.devtest' } },
];
const KINDS = ['quoted sentence', 'bare sentence', 'quoted slice', 'bare slice'] as const;
type Kind = (typeof KINDS)[number];
const SLICE_WORDS = { min: 2, max: 6 };
/** Quotation marks the mixed sentences alternate between. */
const QUOTES: readonly [string, string][] = [['“', '”'], ['"', '"']];
const EXAMPLES = 3;

interface Mixed {
  text: string;
  matrix: LanguageCode;
  gold: ForeignSpan;
  /** The host line's own spans (found in it alone), at their offsets in `text`: neither right nor wrong here. */
  hostSpans: ForeignSpan[];
}

function readLines(file: string): string[] {
  const path = join(evalRoot, 'langid', file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A text without the punctuation at its ends. */
const bare = (text: string): string => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Punctuation a slice may not hold inside. */
const INNER_PUNCTUATION = /[,.;:!?…]/u;
/** A host word after which a guest may go: lower-case, no punctuation after it. */
const OPEN_LEFT = /^[\p{Ll}\p{N}][\p{L}\p{N}'’-]*$/u;
/** A host word before which a guest may go: lower-case. */
const OPEN_RIGHT = /^\p{Ll}/u;

/** Quotation marks and brackets: a guest holding any would nest them in its host. */
const NESTING = /["“”„«»()[\]]/u;

/** The guest text: the sentence without its closing punctuation, or a slice of its words; null for a line with quotation marks or brackets. */
function guestText(line: string, kind: Kind, language: LanguageCode, random: () => number): string | null {
  if (NESTING.test(line)) return null;
  const sentence = line.replace(/[\s.!?…]+$/u, '');
  if (kind.endsWith('sentence')) return sentence;
  const words = sentence.split(/\s+/u);
  const fn = functionWords(languagePack(language));
  const edgeOk = (word: string | undefined): boolean => word !== undefined && bare(word) !== '' && !fn.has(bare(word).toLowerCase());
  const length = SLICE_WORDS.min + Math.floor(random() * (SLICE_WORDS.max - SLICE_WORDS.min + 1));
  if (words.length < length) return null;
  const first = Math.floor(random() * (words.length - length + 1));
  // The first slice from the drawn position on whose edges are content words, with no
  // punctuation inside (a slice across a comma or a full stop is no phrase).
  for (let start = first; start + length <= words.length; start++) {
    const slice = words.slice(start, start + length);
    const text = bare(slice.join(' '));
    if (edgeOk(slice[0]) && edgeOk(slice[slice.length - 1]) && !INNER_PUNCTUATION.test(text)) return text;
  }
  return null;
}

/**
 * A host line with the guest inserted at a word boundary, never before the first word:
 * where one exists, between two lower-case words with no punctuation between them, as an
 * untranslated phrase stands in a sentence (glued to a name or across a comma, the
 * boundary itself would be unknowable).
 */
function mix(host: string, ownSpans: readonly ForeignSpan[], guest: string, kind: Kind, matrix: LanguageCode, foreign: LanguageCode, random: () => number, n: number): Mixed {
  const words = host.split(' ');
  const open = [...words.keys()].filter((k) => k > 0 && OPEN_LEFT.test(words[k - 1] as string) && OPEN_RIGHT.test(words[k] as string));
  const at =
    open.length > 0
      ? (open[Math.floor(random() * open.length)] as number)
      : words.length < 2
        ? words.length
        : 1 + Math.floor(random() * (words.length - 1));
  const before = words.slice(0, at).join(' ');
  const after = words.slice(at).join(' ');
  const [opening, close] = kind.startsWith('quoted') ? (QUOTES[n % QUOTES.length] as [string, string]) : ['', ''];
  const lead = `${before} ${opening}`;
  const text = `${lead}${guest}${close}${after === '' ? '' : ` ${after}`}`;
  const start = codePointLength(lead);
  const end = start + codePointLength(guest);
  const shift = end + codePointLength(close) - codePointLength(before); // where the host's rest moved to
  const hostSpans = ownSpans.map((span) =>
    span.start < codePointLength(before) ? span : { ...span, start: span.start + shift, end: span.end + shift },
  );
  return { text, matrix, gold: { start, end, language: foreign, text: guest }, hostSpans };
}

interface Score {
  exact: Counts;
  overlap: Counts;
  /** Code points inside found spans against code points inside the gold span. */
  characters: Counts;
  misses: string[];
}

function score(cases: readonly Mixed[]): Score {
  const exact = { tp: 0, fp: 0, fn: 0 };
  const overlap = { tp: 0, fp: 0, fn: 0 };
  const characters = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const item of cases) {
    const hostKeys = new Set(item.hostSpans.map((span) => `${span.start}:${span.end}`));
    const found = findForeignSpans(item.text, item.matrix, LANGUAGES, languagePack).filter(
      (span) => !hostKeys.has(`${span.start}:${span.end}`),
    );
    const { gold } = item;
    const same = (span: ForeignSpan): boolean => span.start === gold.start && span.end === gold.end && span.language === gold.language;
    const touches = (span: ForeignSpan): boolean => span.language === gold.language && span.start < gold.end && gold.start < span.end;
    const exactHits = found.filter(same).length;
    exact.tp += exactHits;
    exact.fp += found.length - exactHits;
    exact.fn += exactHits > 0 ? 0 : 1;
    const overlapping = found.filter(touches).length;
    overlap.tp += overlapping;
    overlap.fp += found.length - overlapping;
    overlap.fn += overlapping > 0 ? 0 : 1;
    const inGold = found.reduce((n, span) => n + Math.max(0, Math.min(span.end, gold.end) - Math.max(span.start, gold.start)), 0);
    const foundLength = found.reduce((n, span) => n + span.end - span.start, 0);
    characters.tp += inGold;
    characters.fp += foundLength - inGold;
    characters.fn += gold.end - gold.start - inGold;
    if (exactHits === 0 && misses.length < EXAMPLES) {
      misses.push(`    e.g. ${JSON.stringify(item.text.slice(0, 110))} gold "${gold.text}" found ${JSON.stringify(found.map((s) => s.text))}`);
    }
  }
  return { exact, overlap, characters, misses };
}

/** The lines of a set by language, and each line's own foreign spans (found once: the mixes and the untouched lines both need them). */
interface SetLines {
  lines: Readonly<Record<LanguageCode, string[]>>;
  spans: Readonly<Record<LanguageCode, ForeignSpan[][]>>;
}

function mixedSentences(set: (typeof SETS)[number], { lines, spans }: SetLines, verbose: boolean): string[] {
  const out: string[] = [];
  for (const matrix of LANGUAGES) {
    for (const foreign of LANGUAGES) {
      if (foreign === matrix) continue;
      const hosts = lines[matrix] as string[];
      const guests = lines[foreign] as string[];
      const hostSpans = spans[matrix] as ForeignSpan[][];
      const random = seededRandom(0x5a1a + hosts.length);
      for (const kind of KINDS) {
        const cases: Mixed[] = [];
        hosts.forEach((host, i) => {
          // Half the set away from the host: a guest never translates its host.
          const guestLine = guests[(i + Math.floor(guests.length / 2)) % guests.length] as string;
          const guest = guestText(guestLine, kind, foreign, random);
          if (guest) cases.push(mix(host, hostSpans[i] as ForeignSpan[], guest, kind, matrix, foreign, random, i));
        });
        const result = score(cases);
        const name = `${foreign} in ${matrix}, ${kind}`;
        out.push(
          formatPrf(`${name}, exact`, prf(result.exact)),
          formatPrf(`${name}, overlap`, prf(result.overlap)),
          formatPrf(`${name}, characters`, prf(result.characters)),
        );
        if (verbose) out.push(...result.misses);
      }
    }
  }
  return [`  ${set.name}: mixed sentences (one inserted span each)`, ...out];
}

function untouched(set: (typeof SETS)[number], { lines, spans }: SetLines, verbose: boolean): string[] {
  const out: string[] = [`  ${set.name}: untouched lines`];
  for (const matrix of LANGUAGES) {
    const all = lines[matrix] as string[];
    const own = spans[matrix] as ForeignSpan[][];
    const withSpans = all.map((text, i) => ({ text, spans: own[i] as ForeignSpan[] })).filter((line) => line.spans.length > 0);
    out.push(formatAccuracy(`${matrix} lines with any foreign span`, withSpans.length, all.length));
    if (verbose) {
      for (const line of withSpans.slice(0, EXAMPLES)) out.push(`    e.g. ${JSON.stringify(line.spans.map((s) => `${s.language}:${s.text}`))} in ${JSON.stringify(line.text.slice(0, 90))}`);
    }
  }
  return out;
}

/** Runs the foreign-span evaluation; returns the lines to print (`--verbose` adds examples of misses). */
export async function evaluate(verbose = process.argv.includes('--verbose')): Promise<string[]> {
  const out = [heading('Foreign spans (synthetic mixes of Tatoeba and FLORES-200 lines)')];
  for (const set of SETS) {
    const lines = { eng: readLines(set.files.eng as string), tgl: readLines(set.files.tgl as string) };
    if (lines.eng.length === 0 || lines.tgl.length === 0) {
      out.push(`  (missing: ${set.name})`);
      continue;
    }
    const spans = { eng: lines.eng.map((text) => findForeignSpans(text, 'eng', LANGUAGES, languagePack)), tgl: lines.tgl.map((text) => findForeignSpans(text, 'tgl', LANGUAGES, languagePack)) };
    out.push(...mixedSentences(set, { lines, spans }, verbose), ...untouched(set, { lines, spans }, verbose));
  }
  out.push('  (002 seed: English spans inside Tagalog are scored under "Language identification")');
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await evaluate()).join('\n')}\n`);
}
