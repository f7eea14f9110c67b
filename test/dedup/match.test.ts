import { describe, expect, it } from 'vitest';
import { matchDuplicates, type MatchOptions } from '../../pipeline/dedup/match.js';
import { Vocabulary, scanWords } from '../../pipeline/dedup/words.js';

const OPTIONS: MatchOptions = { threshold: 0.9, minWordsExact: 1, minWordsNear: 5 };
const vocabulary = new Vocabulary();
const words = (text: string): Uint32Array => scanWords(text, vocabulary).ids;
const LONG = 'the chief of staff telegraphed that the fighting capacity of the division was declining every day and the enemy had been heavily damaged';

describe('matchDuplicates', () => {
  it('should pair exact and near copies with the first occurrence', () => {
    const passages = [LONG, 'something else entirely here today', LONG, LONG.replace('declining', 'falling')].map(words);
    expect(matchDuplicates(passages, OPTIONS)).toEqual([
      { duplicate: 2, canonical: 0, similarity: 1 },
      { duplicate: 3, canonical: 0, similarity: expect.closeTo(0.96, 2) },
    ]);
  });

  it('should point an exact copy of a near duplicate to the canonical passage', () => {
    const edited = LONG.replace('declining', 'falling');
    const matches = matchDuplicates([LONG, edited, edited].map(words), OPTIONS);
    expect(matches.map((m) => [m.duplicate, m.canonical])).toEqual([[1, 0], [2, 0]]);
    expect(matches[1]!.similarity).toBe(matches[0]!.similarity);
  });

  it('should find a copy of a copy through the copy and point it to the first occurrence', () => {
    const second = LONG.replace('chief', 'head').replace('declining', 'falling');
    const third = second.replace('heavily', 'badly').replace('enemy', 'foe');
    const matches = matchDuplicates([LONG, second, third].map(words), OPTIONS);
    expect(matches.map((m) => [m.duplicate, m.canonical])).toEqual([[1, 0], [2, 0]]);
    expect(matches[1]!.similarity).toBeLessThan(OPTIONS.threshold);
  });

  it.each([
    ['template items differing in their content', ['create the first army from the troops of the northern district with its fleet', 'create the second army from the troops of the southern district with its flotilla']],
    ['a short line with one word changed', ['office of the army to deploy at the coast', 'office of the army to deploy at the river']],
  ])('should not pair %s', (_name, texts) => {
    expect(matchDuplicates(texts.map(words), OPTIONS)).toEqual([]);
  });

  it('should not pair equal passages shorter than the minimum', () => {
    expect(matchDuplicates([words('comrade'), words('comrade')], { ...OPTIONS, minWordsExact: 2 })).toEqual([]);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should pair each of 20,000 near copies once, with the first passage', () => {
    const passages = Array.from({ length: 20000 }, (_, i) => words(`${LONG} ${i % 1000} number ${i}`));
    const matches = matchDuplicates(passages, OPTIONS);
    expect(matches.map((match) => match.duplicate)).toEqual(Array.from({ length: 19999 }, (_, i) => i + 1));
    expect(matches.filter((match) => match.canonical !== 0 || match.similarity < OPTIONS.threshold || match.similarity >= 1)).toEqual([]);
  });
});
