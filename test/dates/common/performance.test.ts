import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../pipeline/dates/extract.js';

// Timing on these inputs lives in bench/pathological.ts; here, what they must produce.
describe('long runs', () => {
  it.each([
    ['dots', '.'.repeat(20_000), true],
    ['dashes', '-'.repeat(20_000), true],
    ['spaces', ' '.repeat(20_000), true],
    ['digits and dashes', '1938-'.repeat(4_000), false],
    ['month words', 'July '.repeat(4_000), false],
    ['Tagalog linkers', 'ng ika- '.repeat(3_000), false],
  ])('should tag a long run of %s with ordered timexes that slice to their text, none in punctuation', (_name, input, none) => {
    const chars = [...input];
    for (const language of ['eng', 'tgl']) {
      const timexes = extractTimexes(input, language);
      const wrong = timexes.filter((timex, i) => {
        const previousEnd = i === 0 ? 0 : timexes[i - 1]!.end;
        return timex.start < previousEnd || chars.slice(timex.start, timex.end).join('') !== timex.text || !/[\p{L}\p{N}]/u.test(timex.text);
      });
      expect(wrong).toEqual([]);
      if (none) expect(timexes).toEqual([]);
    }
  });
});
