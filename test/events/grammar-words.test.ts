import { describe, expect, it } from 'vitest';
import { grammarWords } from '../../pipeline/events/grammar-words.js';

describe('grammarWords', () => {
  it.each([
    ['possessive', ['of', 'ng', 'nang'], ['the', 'mga']],
    ['filler', ['the', 'of', 'mga', 'ng', 'na'], ['a', 'nang']],
    ['determiner', ['the', 'a', 'an', 'ang', 'mga', 'ng'], ['of', 'na']],
    ['number-sign', ['no', 'nos', 'number', 'blg', '№', '#'], ['the', 'ng']],
  ] as const)('should read the %s words of every language from data', (role, present, absent) => {
    const words = grammarWords(role);
    for (const word of present) expect(words.has(word), word).toBe(true);
    for (const word of absent) expect(words.has(word), word).toBe(false);
  });
});
