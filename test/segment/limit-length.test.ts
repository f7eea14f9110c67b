import { describe, expect, it } from 'vitest';
import { limitLength } from '../../pipeline/segment/limit-length.js';

const pieces = (text: string, max: number): string[] => {
  const chars = [...text];
  return limitLength(chars, { start: 0, end: chars.length }, max).map((span) => chars.slice(span.start, span.end).join(''));
};

describe('limitLength', () => {
  it.each([
    ['should keep a short sentence whole', 'On July 29 they attacked.', 40, ['On July 29 they attacked.']],
    ['should cut at the last clause mark', 'alpha beta, gamma delta; epsilon zeta', 26, ['alpha beta, gamma delta;', 'epsilon zeta']],
    ['should cut at white space when no clause mark is near', 'aaaa bbbb cccc dddd eeee', 12, ['aaaa bbbb', 'cccc dddd', 'eeee']],
    ['should cut at the limit inside a run without spaces', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['should count code points, not UTF-16 units', '𝔸𝔸𝔸 𝔹𝔹𝔹 ℂℂℂ', 8, ['𝔸𝔸𝔸 𝔹𝔹𝔹', 'ℂℂℂ']],
  ])('%s', (_name, text, max, expected) => {
    expect(pieces(text, max)).toEqual(expected);
  });

  it('should give pieces no longer than the limit that together cover every word', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `w${i},` : `w${i}`)).join(' ');
    const result = pieces(text, 500);
    expect(Math.max(...result.map((piece) => [...piece].length))).toBeLessThanOrEqual(500);
    expect(result.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });
});
