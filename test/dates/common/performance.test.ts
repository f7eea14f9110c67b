import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../pipeline/dates/extract.js';

const BUDGET_MS = 1500;

describe('backtracking budget', () => {
  it.each([
    ['dots', '.'.repeat(20_000)],
    ['dashes', '-'.repeat(20_000)],
    ['spaces', ' '.repeat(20_000)],
    ['digits and dashes', '1938-'.repeat(4_000)],
    ['month words', 'July '.repeat(4_000)],
    ['Tagalog linkers', 'ng ika- '.repeat(3_000)],
  ])('should tag a long run of %s within the budget', (_name, input) => {
    for (const language of ['eng', 'tgl']) {
      const started = performance.now();
      extractTimexes(input, language);
      expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    }
  });
});
