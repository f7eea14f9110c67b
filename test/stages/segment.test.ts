import { describe, expect, it } from 'vitest';
import { stableId } from '../../pipeline/ids.js';
import { MAX_SENTENCE_LENGTH } from '../../pipeline/segment/limit-length.js';
import { meta, segment } from '../../pipeline/stages/segment.js';
import { structure } from '../../pipeline/stages/structure.js';
import { contextOf, documentOf, sliceOf } from '../structure/helpers.js';

const text = [
  'The Border Crisis of 1929. A Brief Account',
  '',
  '😀 Marshal V. K. Blucher arrived. The KDfront. combat training was low.',
  '',
  'From the book Rivers of the East. Volume 2 author Ivanova M. P.',
  '',
  'Dumating si Gng. Santos kahapon. Umalis siya.',
].join('\n');

function segmented(languages?: string[]) {
  const context = contextOf(languages);
  const document = structure(documentOf('input.txt', text), context);
  return { document, result: segment(document, context), context };
}

describe('segment stage', () => {
  it('should declare what it needs and adds', () => {
    expect(meta).toMatchObject({ name: 'segment', requires: ['paragraphs'], assigns: ['segments'] });
  });

  it('should cut paragraphs into sentences whose text is the exact code-point slice', () => {
    const { result } = segmented();
    expect(result.segments.map((s) => s.text)).toEqual([
      'The Border Crisis of 1929. A Brief Account',
      '😀 Marshal V. K. Blucher arrived.',
      'The KDfront. combat training was low.',
      'From the book Rivers of the East. Volume 2 author Ivanova M. P.',
      'Dumating si Gng. Santos kahapon.',
      'Umalis siya.',
    ]);
    for (const s of result.segments) {
      expect(sliceOf(result.text, s.start, s.end)).toBe(s.text);
      const paragraph = result.paragraphs.find((p) => p.id === s.paragraph);
      expect(paragraph?.section).toBe(s.section);
      expect(s.start).toBeGreaterThanOrEqual(paragraph?.start ?? -1);
      expect(s.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
      expect(s.id).toBe(stableId('seg', result.id, s.start, s.end));
      expect(s).toMatchObject({ language: 'und', languageConfidence: 0, foreignSpans: [], duplicateOf: null });
    }
  });

  it('should count offsets in code points after a non-BMP character', () => {
    const { result } = segmented();
    const second = result.segments[2];
    // Line 3 starts at code point 44; "😀 Marshal V. K. Blucher arrived. " is 33 code points.
    expect(second?.start).toBe(44 + 33);
  });

  it('should report a guessed abbreviation as a warning with its place', () => {
    const { result, context } = segmented();
    expect(context.messages).toHaveLength(1);
    const [message] = context.messages;
    expect(message).toMatchObject({ ruleId: 'segment/unknown-abbreviation', fatal: false, actual: 'KDfront.' });
    expect(sliceOf(result.text, message?.place?.start ?? 0, message?.place?.end ?? 0)).toBe('KDfront.');
  });

  it('should apply the abbreviations of the configured languages only', () => {
    const { result } = segmented(['eng']);
    expect(result.segments.map((s) => s.text)).toContain('Dumating si Gng.');
  });

  it('should keep glued initials with their name and split before a starter of a configured language', () => {
    const context = contextOf();
    const input = structure(documentOf('input.txt', 'Signed by VK. Blucher and ni K. Noong Agosto ay umalis siya.'), context);
    expect(segment(input, context).segments.map((s) => s.text)).toEqual([
      'Signed by VK. Blucher and ni K.',
      'Noong Agosto ay umalis siya.',
    ]);
    const english = contextOf(['eng']);
    expect(segment(input, english).segments).toHaveLength(1);
  });

  it('should leave its input untouched and give the same output twice', () => {
    const { document } = segmented();
    const before = JSON.stringify(document);
    const context = contextOf();
    const first = JSON.stringify(segment(document, context));
    expect(JSON.stringify(document)).toBe(before);
    expect(JSON.stringify(segment(document, context))).toBe(first);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should cut a 200k-character paragraph of dots and spaces into capped sentences that lose no dot', () => {
    const context = contextOf();
    const document = structure(documentOf('input.txt', 'Start. ' + '. '.repeat(100_000)), context);
    const { segments, text: result } = segment(document, context);
    const chars = [...result];
    let previousEnd = 0;
    for (const s of segments) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(s.start).toBeGreaterThanOrEqual(previousEnd);
      expect(chars.slice(s.start, s.end).join('')).toBe(s.text);
      previousEnd = s.end;
    }
    expect(segments[0]!.text.startsWith('Start.')).toBe(true);
    expect(segments.reduce((dots, s) => dots + s.text.split('.').length - 1, 0)).toBe(100_001);
  });
});
