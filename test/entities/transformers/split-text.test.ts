import { describe, expect, it } from 'vitest';
import { splitPoint } from '../../../pipeline/entities/transformers/split-text.js';

describe('splitPoint', () => {
  const cases: { name: string; text: string; expected: number }[] = [
    { name: 'should cut at the whitespace nearest the middle', text: 'Lake Khasan battle', expected: 11 },
    { name: 'should cut at a space left of the middle', text: 'ab cdefgh', expected: 2 },
    { name: 'should cut in the middle without whitespace', text: 'abcdef', expected: 3 },
    { name: 'should not cut a surrogate pair', text: '𝔸𝔸𝔸', expected: 4 },
    { name: 'should not cut at the edges', text: ' a', expected: 1 },
  ];

  it.each(cases)('$name', ({ text, expected }) => {
    const cut = splitPoint(text);
    expect(cut).toBe(expected);
    expect(cut).toBeGreaterThan(0);
    expect(cut).toBeLessThan(text.length);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should cut a long run of dots in the middle', () => {
    expect(splitPoint('.'.repeat(200_000))).toBe(100_000);
  });
});
