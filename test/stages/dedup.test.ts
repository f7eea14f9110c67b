import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../pipeline/stages/dedup.js';
import { codePointIndex, deepFreeze, makeContext, makeCorpus, makeDocument } from '../language/fixture.js';
import { seededRandom } from '../helpers/seeded-random.js';

const REPORT =
  'On the same day, armistice negotiations began in the capital, and at noon on the eleventh the stopping of fighting was announced to the troops of both sides along the whole front.';
const EDITED = REPORT.replace('stopping of fighting', 'stopping of hostilities');
const CLAUSE_A =
  'a) the First Separate Army as part of the troops in accordance with Appendix No. 1, subordinating the Northern Fleet to the military council of the First Army.';
const CLAUSE_B =
  'b) the Second Separate Army as part of the troops in accordance with Appendix No. 2, subordinating the River Flotilla to the military council of the Second Army.';
const OTHER = 'The reinforcements that arrived were not fully staffed, and the artillery did not count the shells it had left.';

/** `count` distinct paragraphs of two 10-word sentences, words made of syllables. */
function madeUpParagraphs(count: number): string[] {
  const random = seededRandom(1938);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const syllables = ['ka', 'ran', 'to', 'vel', 'mi', 'sor', 'da', 'lin', 'po', 'ser', 'gu', 'ath'];
  const word = (): string => `${pick(syllables)}${pick(syllables)}${pick(syllables)}`;
  const sentence = (): string => `${Array.from({ length: 10 }, word).join(' ')}.`;
  return Array.from({ length: count }, () => `${sentence()} ${sentence()}`);
}

describe('deduplicate', () => {
  it('should pair identical paragraphs across two documents, first occurrence canonical', () => {
    const a = makeDocument('a', [OTHER, REPORT]);
    const b = makeDocument('b', [REPORT]);
    const corpus = deduplicate(makeCorpus([a, b]), makeContext());
    const [first, second] = corpus.documents;
    expect(second!.paragraphs[0]!.duplicateOf).toBe(first!.paragraphs[1]!.id);
    expect(first!.paragraphs.every((paragraph) => paragraph.duplicateOf === null)).toBe(true);
    expect(second!.segments[0]!.duplicateOf).toBe(first!.segments[1]!.id);
    expect(corpus.duplicates).toEqual([
      {
        level: 'paragraph',
        canonical: { document: 'a', start: a.paragraphs[1]!.start, end: a.paragraphs[1]!.end },
        duplicate: { document: 'b', start: 0, end: [...REPORT].length },
        similarity: 1,
        changes: [],
      },
    ]);
  });

  it('should pair a near duplicate with one word changed and list the change', () => {
    const corpus = deduplicate(makeCorpus([makeDocument('a', [REPORT, OTHER, EDITED])]), makeContext());
    expect(corpus.duplicates).toHaveLength(1);
    const [duplicate] = corpus.duplicates;
    expect(duplicate!.level).toBe('paragraph');
    expect(duplicate!.similarity).toBeLessThan(1);
    expect(duplicate!.similarity).toBeGreaterThanOrEqual(0.9);
    expect(duplicate!.changes).toEqual([{ op: 'replace', canonical: 'fighting', duplicate: 'hostilities' }]);
    expect(corpus.documents[0]!.paragraphs[2]!.duplicateOf).toBe(corpus.documents[0]!.paragraphs[0]!.id);
  });

  it('should not pair parallel clauses built on one template', () => {
    const corpus = deduplicate(makeCorpus([makeDocument('a', [CLAUSE_A, CLAUSE_B])]), makeContext());
    expect(corpus.duplicates).toEqual([]);
    expect(corpus.documents[0]!.paragraphs.every((paragraph) => paragraph.duplicateOf === null)).toBe(true);
  });

  it.each([
    ['a repeated one-word heading', ['denouement', OTHER, 'denouement'], 1],
    ['a repeated trivial sentence inside different paragraphs', [`Comrade. ${OTHER}`, `Comrade. ${CLAUSE_A}`], 0],
    ['repeated lines of digits only', ['2017.', OTHER, '2017.'], 0],
  ])('should count %s correctly', (_name, paragraphs, expected) => {
    const corpus = deduplicate(makeCorpus([makeDocument('a', paragraphs)]), makeContext());
    expect(corpus.duplicates).toHaveLength(expected);
  });

  it('should record a sentence repeated inside a different paragraph', () => {
    const corpus = deduplicate(makeCorpus([makeDocument('a', [`${REPORT} ${OTHER}`, `${CLAUSE_A} ${REPORT}`])]), makeContext());
    expect(corpus.duplicates.map((duplicate) => duplicate.level)).toEqual(['sentence']);
    const copies = corpus.documents[0]!.segments.filter((segment) => segment.text === REPORT);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.duplicateOf).toBeNull();
    expect(copies[1]!.duplicateOf).toBe(copies[0]!.id);
  });

  it('should record a duplicate document', () => {
    const a = makeDocument('a', [REPORT, OTHER]);
    const b = makeDocument('b', [REPORT, OTHER.replace('shells', 'rounds')]);
    const corpus = deduplicate(makeCorpus([a, b]), makeContext());
    const document = corpus.duplicates.find((duplicate) => duplicate.level === 'document');
    expect(document).toEqual({
      level: 'document',
      canonical: { document: 'a', start: 0, end: [...a.text].length },
      duplicate: { document: 'b', start: 0, end: [...b.text].length },
      similarity: expect.any(Number),
      changes: [{ op: 'replace', canonical: 'shells', duplicate: 'rounds' }],
    });
    expect(corpus.duplicates.map((duplicate) => duplicate.level)).toEqual(['document', 'paragraph', 'paragraph']);
  });

  it('should give code-point offsets after a non-BMP character', () => {
    const corpus = deduplicate(makeCorpus([makeDocument('a', [`😀 ${OTHER}`, REPORT, REPORT])]), makeContext());
    const text = corpus.documents[0]!.text;
    const second = codePointIndex(text, `${REPORT}`) + [...REPORT].length + 2;
    expect(corpus.duplicates[0]!.duplicate).toEqual({ document: 'a', start: second, end: second + [...REPORT].length });
    expect([...text].slice(second, second + [...REPORT].length).join('')).toBe(REPORT);
  });

  it('should not mutate its input and give the same output twice', () => {
    const input = deepFreeze(makeCorpus([makeDocument('a', [REPORT, OTHER]), makeDocument('b', [EDITED, CLAUSE_A])]));
    const before = JSON.stringify(input);
    const first = deduplicate(input, makeContext());
    const second = deduplicate(input, makeContext());
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.duplicates).toHaveLength(1);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should pair every paragraph of documents that rotate one text with its first occurrence, and nothing else', () => {
    const base = madeUpParagraphs(30);
    const step = base.length / 6;
    const rotation = (k: number): number[] => base.map((_, i) => (i + k * step) % base.length);
    const NEW = 'Not in the base text at all, this closing paragraph is new and must stay unpaired.';
    const documents = Array.from({ length: 6 }, (_, k) =>
      makeDocument(`d${k}`, [...rotation(k).map((j) => base[j] as string), ...(k === 5 ? [NEW] : [])]),
    );
    const corpus = deduplicate(makeCorpus(documents), makeContext());
    const [first, ...others] = corpus.documents;
    expect(first!.paragraphs.every((paragraph) => paragraph.duplicateOf === null)).toBe(true);
    expect(first!.segments.every((segment) => segment.duplicateOf === null)).toBe(true);
    others.forEach((document, d) => {
      rotation(d + 1).forEach((j, i) => {
        expect(document.paragraphs[i]!.duplicateOf).toBe(`d0-p${j}`);
        expect(document.segments.filter((s) => s.paragraph === `d${d + 1}-p${i}`).map((s) => s.duplicateOf)).toEqual([`d0-p${j}-s0`, `d0-p${j}-s1`]);
      });
    });
    expect(others[4]!.paragraphs[base.length]!.duplicateOf).toBeNull();
    const expected = others.flatMap((document, d) =>
      rotation(d + 1).map((j, i) => ({
        level: 'paragraph',
        canonical: { document: 'd0', start: first!.paragraphs[j]!.start, end: first!.paragraphs[j]!.end },
        duplicate: { document: document.id, start: document.paragraphs[i]!.start, end: document.paragraphs[i]!.end },
        similarity: 1,
        changes: [],
      })),
    );
    expect(corpus.duplicates).toEqual(expected);
  });

  it('should pair no paragraphs made of long runs of dots, dashes and spaces', () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `${'.'.repeat(500)} ${'-'.repeat(500)}${' '.repeat(100)}${i}`);
    const corpus = deduplicate(makeCorpus([makeDocument('a', paragraphs)]), makeContext());
    expect(corpus.duplicates).toEqual([]);
    const [document] = corpus.documents;
    expect(document!.paragraphs).toHaveLength(200);
    expect(document!.paragraphs.every((paragraph) => paragraph.duplicateOf === null)).toBe(true);
    expect(document!.segments.every((segment) => segment.duplicateOf === null)).toBe(true);
  });
});
