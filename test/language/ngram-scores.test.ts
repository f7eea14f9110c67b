import { describe, expect, it } from 'vitest';
import { ngramScores } from '../../pipeline/language/ngram-scores.js';
import { eldScores } from '../../pipeline/language/eld-detector.js';

describe('ngramScores', () => {
  it('should use eld when it knows every candidate', () => {
    const text = 'The Japanese troops attacked the border post.';
    expect(ngramScores(text, ['eng', 'tgl'])).toEqual(eldScores(text, ['eng', 'tgl']));
  });

  it.each([
    ['Tagalog', 'Ang mga sundalo ay lumaban sa hangganan noong Hulyo.', 'tgl'],
    ['Cebuano', 'Ang mga sundalo nakig-away sa utlanan niadtong Hulyo ug daghan ang namatay.', 'ceb'],
    ['English', 'The soldiers fought at the border in July and many died.', 'eng'],
  ])('should rank %s first through franc when a candidate is unknown to eld', (_name, text, expected) => {
    const languages = ['ceb', 'eng', 'tgl'];
    const scores = ngramScores(text, languages);
    expect(languages[scores.indexOf(Math.max(...scores))]).toBe(expected);
  });

  it('should give zeros, not throw, for text without letters', () => {
    expect(ngramScores('1938 — 1939 !!!', ['ceb', 'eng'])).toEqual([0, 0]);
  });
});
