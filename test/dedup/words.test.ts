import { describe, expect, it } from 'vitest';
import { Vocabulary, scanWords, wordsIn } from '../../pipeline/dedup/words.js';

describe('scanWords', () => {
  it.each([
    ['plain words', 'Stopping fighting, now.', [0, 9, 19]],
    ['a non-BMP character first', '😀 Stopping fighting', [2, 11]],
    ['letters beyond ASCII', 'ñandú 𝔸rmy', [0, 6]],
    ['nothing but punctuation', '... --- —', []],
  ])('should give code-point starts for %s', (_name, text, starts) => {
    expect([...scanWords(text, new Vocabulary()).starts]).toEqual(starts);
  });

  it('should give one id to a word whatever its case and punctuation', () => {
    const vocabulary = new Vocabulary();
    const { ids } = scanWords('Border, border BORDER army', vocabulary);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it('should tell words with letters from numbers', () => {
    const vocabulary = new Vocabulary();
    const { ids } = scanWords('2017 army', vocabulary);
    expect(vocabulary.hasLetter(ids[0]!)).toBe(false);
    expect(vocabulary.hasLetter(ids[1]!)).toBe(true);
  });
});

describe('wordsIn', () => {
  it('should return the words starting inside a span', () => {
    const vocabulary = new Vocabulary();
    const scan = scanWords('😀 one two three', vocabulary);
    expect([...wordsIn(scan, 2, 9)]).toEqual([...scanWords('one two', vocabulary).ids]);
    expect([...wordsIn(scan, 15, 20)]).toEqual([]);
  });
});
