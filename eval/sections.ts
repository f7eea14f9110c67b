/**
 * Sections of doc 000 against the layout table of `../shared/eval/seeds/README.md` ("How
 * doc 000 is laid out"), encoded below as the gold: line ranges with the section kind
 * their lines must fall in, the clause lines of the order, the snippet headers and the
 * closing bibliography. A line falls in a kind when a section of that kind encloses its
 * first non-space character (a heading inside an article counts for the article, since
 * both enclose it). Blank lines are not counted. Reports numbers, asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { formatAccuracy, heading } from './score.js';
import { lineOf, outputDocuments, type OutputDocument } from './seeds.js';

/** A line range of the gold layout and the kind its lines must fall in. */
interface GoldRange {
  from: number;
  to: number;
  kind: string;
  what: string;
}

/** The layout table of doc 000 (README "How doc 000 is laid out"), as section kinds. */
const goldRanges: readonly GoldRange[] = [
  { from: 1, to: 1, kind: 'header', what: 'site header' },
  { from: 3, to: 81, kind: 'article', what: 'article A, extra paragraphs, bugs, blogger story' },
  { from: 82, to: 144, kind: 'order', what: 'Order No. 0040' },
  { from: 146, to: 184, kind: 'article', what: 'copy of article A' },
  { from: 186, to: 204, kind: 'article', what: 'article "Conflict at Lake Hassan"' },
  { from: 206, to: 266, kind: 'snippet', what: '"From the book … author …" snippets' },
  { from: 268, to: 290, kind: 'article', what: 'textbook extract (Polynov M.F., 2017)' },
  { from: 288, to: 290, kind: 'bibliography', what: 'its bibliographic reference' },
];

/** Lines of the order that open a numbered clause ("1.") or a lettered sub-clause ("a)"). */
const goldClauseLines: readonly number[] = [
  94, 95, 101, 102, 104, 105, 107, 110, 119, 120, 121, 122, 124, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135,
  137, 138, 139, 140, 142,
];

/** Lines that open a snippet ("From the book <title> author <name>"), and whether they name both. */
const goldSnippetHeaders: readonly { line: number; titleAndAuthor: boolean }[] = [
  { line: 206, titleAndAuthor: true },
  { line: 210, titleAndAuthor: true },
  { line: 212, titleAndAuthor: true },
  { line: 216, titleAndAuthor: true },
  { line: 220, titleAndAuthor: true },
  { line: 224, titleAndAuthor: true },
  { line: 228, titleAndAuthor: true },
  { line: 232, titleAndAuthor: false }, // "… 1941–1945] author" names no one
  { line: 236, titleAndAuthor: true },
  { line: 240, titleAndAuthor: true },
  { line: 244, titleAndAuthor: true },
  { line: 248, titleAndAuthor: true },
  { line: 252, titleAndAuthor: true },
  { line: 256, titleAndAuthor: true },
  { line: 260, titleAndAuthor: true },
  { line: 264, titleAndAuthor: false }, // "From the author's book"
];

/** A section as `documents.jsonl` writes it. */
interface OutputSection {
  id: string;
  kind: string;
  start: number;
  end: number;
  parent: string | null;
  attribution: { title: string | null; author: string | null; year: number | null } | null;
}

interface Line {
  number: number;
  /** Code-point offset of its first non-space character. */
  offset: number;
}

/** Non-blank lines of a text, by number, with the offset of their first non-space character. */
function contentLines(text: string, starts: number[]): Map<number, Line> {
  const chars = [...text];
  const lines = new Map<number, Line>();
  starts.forEach((start, index) => {
    let offset = start;
    while (offset < chars.length && chars[offset] !== '\n' && /\s/u.test(chars[offset] as string)) offset++;
    if (offset < chars.length && chars[offset] !== '\n') lines.set(index + 1, { number: index + 1, offset });
  });
  return lines;
}

/** Kinds of every section enclosing an offset, innermost (shortest) first. */
function kindsAt(sections: readonly OutputSection[], offset: number): string[] {
  return sections
    .filter((section) => section.start <= offset && offset < section.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))
    .map((section) => section.kind);
}

/** "3-5 (article), 9 (none)": line runs with the kinds found there. */
function describeMisses(misses: { line: number; found: string }[]): string {
  const runs: { from: number; to: number; found: string }[] = [];
  for (const miss of misses) {
    const last = runs[runs.length - 1];
    if (last && last.found === miss.found && miss.line - last.to <= 2) last.to = miss.line;
    else runs.push({ from: miss.line, to: miss.line, found: miss.found });
  }
  return runs.map((run) => `${run.from === run.to ? run.from : `${run.from}-${run.to}`} (${run.found})`).join(', ');
}

/** Scores the sections of doc 000 against the seed layout; returns the lines to print. */
export async function evaluate(): Promise<string[]> {
  const out = [heading('Sections of doc 000 (seed layout table)')];
  // The output records carry their sections; the shared reader types only the common fields.
  const document = outputDocuments().get('000') as
    | (OutputDocument & { lineStarts: number[]; sections?: OutputSection[] })
    | undefined;
  if (!document?.sections) return [...out, '  (no doc 000 in output/documents.jsonl: run npm run pipeline)'];
  const sections = document.sections;
  const lines = contentLines(document.text, document.lineStarts);

  for (const range of goldRanges) {
    const misses: { line: number; found: string }[] = [];
    let total = 0;
    const touched = new Set<string>();
    for (let number = range.from; number <= range.to; number++) {
      const line = lines.get(number);
      if (!line) continue;
      total++;
      const kinds = kindsAt(sections, line.offset);
      for (const section of sections) {
        const encloses = section.start <= line.offset && line.offset < section.end;
        if (section.parent === null && encloses) touched.add(section.id);
      }
      if (!kinds.includes(range.kind)) misses.push({ line: number, found: kinds.join('<') || 'none' });
    }
    const lineRange = range.from === range.to ? `line ${range.from}` : `lines ${range.from}-${range.to}`;
    const name = `${lineRange} in ${range.kind}`;
    out.push(formatAccuracy(name, total - misses.length, total) + `  ${range.what}; ${touched.size} top-level`);
    if (misses.length > 0) out.push(`      off: ${describeMisses(misses)}`);
  }

  const clauseMisses = goldClauseLines.filter((number) => {
    const line = lines.get(number);
    return !line || !kindsAt(sections, line.offset).includes('clause');
  });
  const clausesFound = goldClauseLines.length - clauseMisses.length;
  out.push(formatAccuracy('order clause lines in a clause', clausesFound, goldClauseLines.length));
  if (clauseMisses.length > 0) out.push(`      off: ${clauseMisses.join(', ')}`);

  const snippets = sections.filter((section) => section.kind === 'snippet');
  const startLines = new Map(snippets.map((section) => [lineOf(document.lineStarts, section.start), section]));
  const opened = goldSnippetHeaders.filter((header) => startLines.has(header.line));
  out.push(formatAccuracy('snippet headers opening a snippet section', opened.length, goldSnippetHeaders.length));
  const named = snippets.filter((section) => section.attribution?.title && section.attribution.author);
  const goldNamed = goldSnippetHeaders.filter((header) => header.titleAndAuthor).length;
  out.push(
    `  snippet sections with a title and an author: ${named.length} of ${snippets.length}` +
      ` (gold: ${goldNamed} of ${goldSnippetHeaders.length} headers name both)`,
  );
  const wronglyNamed = goldSnippetHeaders.filter((header) => {
    const section = startLines.get(header.line);
    const hasBoth = Boolean(section?.attribution?.title && section.attribution.author);
    return section !== undefined && hasBoth !== header.titleAndAuthor;
  });
  if (wronglyNamed.length > 0) {
    out.push(`      title/author differs from gold at lines: ${wronglyNamed.map((header) => header.line).join(', ')}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await evaluate()) console.log(line);
}
