import { describe, expect, it } from 'vitest';
import { alignTokens, type UnitSpan } from '../../../pipeline/entities/transformers/align-tokens.js';

/** The text each span covers, or null. */
function covered(text: string, spans: (UnitSpan | null)[]): (string | null)[] {
  return spans.map((span) => (span === null ? null : text.slice(span.start, span.end)));
}

describe('alignTokens', () => {
  const cases: { name: string; text: string; surfaces: (string | null)[]; expected: (string | null)[] }[] = [
    {
      name: 'should place sub-words of a cased text',
      text: 'General Blucher met',
      surfaces: ['General', 'Blu', 'cher', 'met'],
      expected: ['General', 'Blu', 'cher', 'met'],
    },
    {
      name: 'should place lowercased, accent-stripped tokens on the original text',
      text: 'BLÜCHER à Khasan',
      surfaces: ['blu', 'cher', 'a', 'kha', 'san'],
      expected: ['BLÜ', 'CHER', 'à', 'Kha', 'san'],
    },
    {
      name: 'should place a decomposed accent with its letter',
      text: 'Blu\u0308cher',
      surfaces: ['blu', 'cher'],
      expected: ['Blu\u0308', 'cher'],
    },
    {
      name: 'should give unknown tokens the words between their neighbours',
      text: 'at 😀 𝔸 Lake',
      surfaces: ['at', null, null, 'lake'],
      expected: ['at', '😀', '𝔸', 'Lake'],
    },
    {
      name: 'should give one unknown token a whole gap of several words',
      text: 'at 😀 𝔸 Lake',
      surfaces: ['at', null, 'lake'],
      expected: ['at', '😀 𝔸', 'Lake'],
    },
    {
      name: 'should place an unknown token at the start and end',
      text: '😀 Lake 𝔸',
      surfaces: [null, 'lake', null],
      expected: ['😀', 'Lake', '𝔸'],
    },
    {
      name: 'should leave a token that is not in the text unplaced',
      text: 'Lake Khasan',
      surfaces: ['lake', 'zzz', 'khasan'],
      expected: ['Lake', null, 'Khasan'],
    },
    {
      name: 'should match a final sigma lowercased inside a word',
      text: 'ΟΔΥΣΣΕΥΣ left',
      surfaces: ['οδυσσευς', 'left'],
      expected: ['ΟΔΥΣΣΕΥΣ', 'left'],
    },
    {
      name: 'should match repeated words in order',
      text: 'the the the',
      surfaces: ['the', 'the', 'the'],
      expected: ['the', 'the', 'the'],
    },
  ];

  it.each(cases)('$name', ({ text, surfaces, expected }) => {
    expect(covered(text, alignTokens(text, surfaces))).toEqual(expected);
  });

  it('should give UTF-16 spans after a non-BMP character', () => {
    expect(alignTokens('𝔸 Lake', ['lake'])).toEqual([{ start: 3, end: 7 }]);
  });

  // Timing on these inputs lives in bench/pathological.ts; here, what they must produce.
  it('should align every token of long runs of dots, dashes and spaces to its own character', () => {
    const text = `${'.'.repeat(20_000)}${' '.repeat(20_000)}${'-'.repeat(20_000)}`;
    const surfaces = [...'.'.repeat(20_000), ...'-'.repeat(20_000)];
    const spans = alignTokens(text, surfaces);
    expect(spans).toHaveLength(surfaces.length);
    expect(spans.at(-1)).toEqual({ start: 59_999, end: 60_000 });
    const misaligned = spans.filter((span, i) => span === null || span.end - span.start !== 1 || text[span.start] !== surfaces[i]);
    expect(misaligned).toEqual([]);
  });

  it('should give a run of many tokens not in the text the whole text on the first, nothing on the rest', () => {
    const text = 'a '.repeat(50_000);
    const spans = alignTokens(text, new Array<string>(20_000).fill('zzz'));
    // The unplaced run takes the whole text; with more words than tokens, the first gets it.
    expect(spans[0]).toEqual({ start: 0, end: text.length - 1 });
    expect(spans.slice(1).every((span) => span === null)).toBe(true);
  });
});
