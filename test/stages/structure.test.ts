import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableId } from '../../pipeline/ids.js';
import type { Document, Section } from '../../pipeline/model.js';
import { meta, structure } from '../../pipeline/stages/structure.js';
import { contextOf, documentOf, lineAt, sliceOf } from '../structure/helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

interface Expected {
  sections: {
    kind: string;
    title: string | null;
    lines: [number, number];
    parent: number | null;
    attribution: { title: string | null; author: string | null; year: number | null } | null;
  }[];
  paragraphs: { line: number; kind: string }[];
}

function loadFixture(name: string): { document: Document; languages: string[]; expected: Expected } {
  const folder = join(fixtures, name);
  const input = readdirSync(folder).find((file) => file.startsWith('input.')) as string;
  const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as { languages: string[] };
  return {
    document: documentOf(input, readFileSync(join(folder, input), 'utf8')),
    languages: config.languages,
    expected: JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Expected,
  };
}

/** The structure of a document in the fixtures' terms: kinds, titles, lines, parents by index. */
function describeStructure(document: Document): Expected {
  const index = new Map(document.sections.map((section, i) => [section.id, i]));
  return {
    sections: document.sections.map((section) => ({
      kind: section.kind,
      title: section.title,
      lines: [lineAt(document.text, section.start), lineAt(document.text, section.end)],
      parent: section.parent === null ? null : (index.get(section.parent) ?? -1),
      attribution: section.attribution && {
        title: section.attribution.title,
        author: section.attribution.author,
        year: section.attribution.year,
      },
    })),
    paragraphs: document.paragraphs.map((paragraph) => ({
      line: lineAt(document.text, paragraph.start),
      kind: paragraph.kind,
    })),
  };
}

const fixtureNames = readdirSync(fixtures).filter((name) => name.startsWith('structure-')).sort();

describe('structure stage', () => {
  it('should declare what it needs and adds', () => {
    expect(meta).toMatchObject({ name: 'structure', requires: ['text'], assigns: ['sections', 'paragraphs'] });
  });

  it.each(fixtureNames)('should read the sections and paragraphs of fixture %s', (name) => {
    const { document, languages, expected } = loadFixture(name);
    expect(describeStructure(structure(document, contextOf(languages)))).toEqual(expected);
  });

  it.each(fixtureNames)('should keep the invariants of the model on fixture %s', (name) => {
    const { document, languages } = loadFixture(name);
    const before = JSON.stringify(document);
    const result = structure(document, contextOf(languages));
    expect(JSON.stringify(document)).toBe(before);
    const byId = new Map(result.sections.map((section) => [section.id, section]));
    const depth = (section: Section): number => (section.parent ? 1 + depth(byId.get(section.parent) as Section) : 0);
    expect(new Set(result.sections.map((section) => section.id)).size).toBe(result.sections.length);
    expect(new Set(result.paragraphs.map((paragraph) => paragraph.id)).size).toBe(result.paragraphs.length);
    for (let i = 1; i < result.sections.length; i++) {
      expect((result.sections[i] as Section).start).toBeGreaterThanOrEqual((result.sections[i - 1] as Section).start);
    }
    for (const section of result.sections) {
      expect(section.id).toBe(stableId('sec', document.id, section.start, section.end));
      if (section.parent) {
        const parent = byId.get(section.parent) as Section;
        expect(section.start).toBeGreaterThanOrEqual(parent.start);
        expect(section.end).toBeLessThanOrEqual(parent.end);
      }
    }
    for (const paragraph of result.paragraphs) {
      const text = sliceOf(result.text, paragraph.start, paragraph.end);
      expect(text).toBe(text.trim());
      expect(paragraph).toMatchObject({ language: 'und', languageConfidence: 0, duplicateOf: null });
      expect(paragraph.id).toBe(stableId('par', document.id, paragraph.start, paragraph.end));
      const containing = result.sections.filter((s) => s.start <= paragraph.start && paragraph.end <= s.end);
      const innermost = containing.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      expect(paragraph.section).toBe(innermost.id);
    }
  });

  it('should give the same output twice', () => {
    const { document, languages } = loadFixture('structure-order');
    expect(JSON.stringify(structure(document, contextOf(languages)))).toBe(
      JSON.stringify(structure(document, contextOf(languages))),
    );
  });

  it('should count offsets in code points after a non-BMP character', () => {
    const { document, languages } = loadFixture('structure-markdown');
    const result = structure(document, contextOf(languages));
    const second = result.paragraphs[1];
    expect(second?.start).toBe(17); // "# 😀 Field Notes\n\n" is 17 code points, 18 UTF-16 units
    expect(sliceOf(result.text, second?.start ?? 0, second?.end ?? 0)).toBe('Opening paragraph with `code` and *emphasis*.');
  });

  it('should keep backticks and one paragraph per line in text without blank lines', () => {
    const { document, languages } = loadFixture('structure-tagalog');
    const result = structure(document, contextOf(languages));
    expect(result.paragraphs).toHaveLength(4);
    const second = result.paragraphs[1];
    expect(sliceOf(result.text, second?.start ?? 0, second?.end ?? 0)).toBe(
      'Ayon sa ulat, iba`t ibang yunit ang ipinadala sa lugar.',
    );
  });

  it.each([
    ['an order word not followed by clauses', 'Order\n\nThe order was never signed. Nobody read it.\n\nIt was lost.\n'],
    ['a citation cue inside a sentence', 'He quoted from the book Rivers of the East author Ivanova in his talk.\n'],
    ['a numbered line outside an order', '3. The army moved north.\n4. The army stopped.\n'],
  ])('should not find an order, snippet or clause in %s', (_, text) => {
    const result = structure(documentOf('input.txt', text), contextOf());
    expect(result.sections.map((section) => section.kind)).not.toContain('order');
    expect(result.sections.map((section) => section.kind)).not.toContain('snippet');
    expect(result.sections.map((section) => section.kind)).not.toContain('clause');
  });

  it('should open an article with a title line that follows an order', () => {
    const text = 'ORDER\n\n1. Repair the line.\n2. Report weekly.\n\nAftermath of the order\n\nThe work began.\n';
    const result = structure(documentOf('input.txt', text), contextOf());
    expect(result.sections.map(({ kind, title }) => ({ kind, title }))).toEqual([
      { kind: 'order', title: 'ORDER' },
      { kind: 'clause', title: '1' },
      { kind: 'clause', title: '2' },
      { kind: 'article', title: 'Aftermath of the order' },
    ]);
  });

  it.each([
    ['a colon-ended lead-in', 'The line was lost\n\nThe army held the pass for a week.\n\nThe commander wrote as follows:\n\nORDER\n\n1. Repair the line.\n2. Report weekly.\n', 'The commander wrote as follows:'],
    ['a lead-in in Tagalog', 'Ang linya\n\nNanatili ang hukbo sa lambak.\n\nNarito ang teksto ng utos:\n\nORDER\n\n1. Ayusin ang linya.\n2. Mag-ulat lingguhan.\n', 'Narito ang teksto ng utos:'],
  ])('should begin an order with %s', (_, text, leadIn) => {
    const result = structure(documentOf('input.txt', text), contextOf());
    const order = result.sections.find((section) => section.kind === 'order');
    const article = result.sections.find((section) => section.kind === 'article');
    expect(sliceOf(result.text, order?.start ?? 0, order?.end ?? 0).startsWith(leadIn)).toBe(true);
    expect(sliceOf(result.text, article?.start ?? 0, article?.end ?? 0)).not.toContain(leadIn);
  });

  it('should leave a line without a colon before an order in the article', () => {
    const text = 'The line was lost\n\nThe army held the pass for a week.\n\nThe commander wrote an order.\n\nORDER\n\n1. Repair the line.\n2. Report weekly.\n';
    const result = structure(documentOf('input.txt', text), contextOf());
    const order = result.sections.find((section) => section.kind === 'order');
    expect(sliceOf(result.text, order?.start ?? 0, order?.end ?? 0).startsWith('ORDER')).toBe(true);
  });

  it('should read Markdown syntax only in Markdown sources', () => {
    const text = '# Not a heading in plain text\n\nText.\n';
    const plain = structure(documentOf('notes.txt', text), contextOf());
    const markdown = structure(documentOf('notes.md', text), contextOf());
    expect(sliceOf(plain.text, plain.paragraphs[0]?.start ?? 0, plain.paragraphs[0]?.end ?? 0)).toBe(
      '# Not a heading in plain text',
    );
    expect(sliceOf(markdown.text, markdown.paragraphs[0]?.start ?? 0, markdown.paragraphs[0]?.end ?? 0)).toBe(
      'Not a heading in plain text',
    );
  });

  // Timing on these inputs lives in bench/pathological.ts; here, what they must produce.
  it.each([
    ['dots and spaces', '. '.repeat(100_000), 1],
    ['dashes', '-'.repeat(200_000), 1],
    ['short lines', 'A\n'.repeat(100_000), 100_000],
  ])('should read 200k characters of %s into ordered, trimmed paragraphs', (_, text, count) => {
    const result = structure(documentOf('input.txt', text), contextOf());
    expect(result.paragraphs).toHaveLength(count);
    const chars = [...result.text];
    const sections = new Set(result.sections.map((section) => section.id));
    // One expect over the whole list: 100,000 expect calls would cost seconds of their own.
    const wrong = result.paragraphs.filter((paragraph, i) => {
      const body = chars.slice(paragraph.start, paragraph.end).join('');
      const previousEnd = i === 0 ? 0 : result.paragraphs[i - 1]!.end;
      return paragraph.start < previousEnd || paragraph.end > chars.length || body === '' || body.trim() !== body || !sections.has(paragraph.section);
    });
    expect(wrong).toEqual([]);
  });
});
