import { describe, expect, it } from 'vitest';
import { letterCount, wordTokens } from '../../pipeline/language/words.js';

describe('wordTokens', () => {
  it.each([
    ['plain words', 'the War', [['the', 0, 3], ['War', 4, 7]]],
    ['a non-BMP character before the words', '😀 the War', [['the', 2, 5], ['War', 6, 9]]],
    ['inner hyphens and apostrophes', "i-unwind People's anti-Soviet", [['i-unwind', 0, 8], ["People's", 9, 17], ['anti-Soviet', 18, 29]]],
    ['digits and ordinals', '23rd Division, 1938', [['23rd', 0, 4], ['Division', 5, 13], ['1938', 15, 19]]],
  ])('should find %s', (_name, text, expected) => {
    expect(wordTokens(text).map((t) => [t.text, t.start, t.end])).toEqual(expected);
  });

  it.each([['dots and dashes', '... --- —'], ['empty', '']])('should find no words in %s', (_name, text) => {
    expect(wordTokens(text)).toEqual([]);
  });
});

describe('letterCount', () => {
  it.each([
    ['1938.', 0],
    ['Ang 😀 bahay', 8], ['𝔸', 1],
    ['ñandú', 5],
    ['𝔸𝔹c-d 𝔸', 5], ['e\u0301', 1], ['', 0],
  ])('should count the letters of %j', (text, expected) => {
    expect(letterCount(text)).toBe(expected);
  });
});
