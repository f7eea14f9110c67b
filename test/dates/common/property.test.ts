import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractTimexes } from '../../../pipeline/dates/extract.js';

const pieces = ['July 29', ' 1938', '-', '–', ' to ', ' hanggang ', 'ika-20 ng Agosto', ' of this year', 'the end of ', '😀', '𝔸', 'May', 'Mayo', ' ', '.', ',', '08/06/38', 'three days later', 'noon on ', 'kalagitnaan ng ', '\n'];

describe('tagger properties', () => {
  it('should never throw, and spans should lie inside the text and slice to the reported text', () => {
    const input = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(input, fc.constantFrom('eng', 'tgl', 'und'), (text, language) => {
        const points = [...text];
        for (const timex of extractTimexes(text, language)) {
          expect(timex.start).toBeGreaterThanOrEqual(0);
          expect(timex.end).toBeLessThanOrEqual(points.length);
          expect(timex.start).toBeLessThan(timex.end);
          expect(points.slice(timex.start, timex.end).join('')).toBe(timex.text);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
