import { describe, expect, it } from 'vitest';
import { judgeWords, wordForeignShare } from '../../pipeline/language/word-origin.js';
import { wordTokens } from '../../pipeline/language/words.js';
import { languagePack } from '../../pipeline/lang/index.js';

const judge = (text: string) =>
  judgeWords(wordTokens(text), languagePack('tgl'), languagePack('eng')).map((word) => [word.text, word.kind]);

describe('judgeWords', () => {
  it.each([
    ['Tagalog and English function words', 'ang the', [['ang', 'matrix'], ['the', 'function']]],
    ['a title word and an unknown name', 'Kwantung Army', [['Kwantung', 'name'], ['Army', 'foreign']]],
    ['an English name form Tagalog writes otherwise', 'Soviet Sobyet', [['Soviet', 'foreign'], ['Sobyet', 'name']]],
    ['numbers and ordinals', '1938 23rd II', [['1938', 'number'], ['23rd', 'number'], ['II', 'number']]],
    ['a loan after a Tagalog prefix, cut to the loan', 'i-mobilization', [['mobilization', 'foreign']]],
    ['Tagalized loans and a Tagalog word', 'opensiba komand bahay', [['opensiba', 'break'], ['komand', 'break'], ['bahay', 'break']]],
  ])('should judge %s', (_name, text, expected) => {
    expect(judge(text)).toEqual(expected);
  });

  it('should give the offsets of a loan after a prefix in code points', () => {
    const [word] = judgeWords(wordTokens('😀 i-mobilization'), languagePack('tgl'), languagePack('eng'));
    expect(word).toMatchObject({ text: 'mobilization', start: 4, end: 16 });
  });

  it('should not take a word named like an object property for a foreign name where the pair has no name list', () => {
    const words = judgeWords(wordTokens('constructor toString'), languagePack('eng'), languagePack('tgl'));
    expect(words.map((word) => word.kind)).not.toContain('foreign');
  });
});

describe('judgeWords with the verdicts of earlier sentences', () => {
  const sentences = [
    'Umatake ang Kwantung Army sa hangganan noong 1938.',
    '😀 Ang Kwantung Army at ang i-mobilization ng anti-Soviet na hukbo.',
    'Sinabi ng Army na ang i-mobilization ay tapos na, the troops were driven back.',
  ];

  it('should judge each word as it would alone, with the offsets of its own sentence', () => {
    const verdicts = new Map();
    for (const text of sentences) {
      const shared = judgeWords(wordTokens(text), languagePack('tgl'), languagePack('eng'), verdicts);
      expect(shared).toEqual(judgeWords(wordTokens(text), languagePack('tgl'), languagePack('eng')));
    }
    expect(verdicts.get('i-mobilization')).toEqual({ kind: 'foreign', text: 'mobilization', skip: 2 });
  });

  it('should not give a word the verdict of the other direction', () => {
    const verdicts = new Map();
    judgeWords(wordTokens('ang the'), languagePack('tgl'), languagePack('eng'), verdicts);
    const other = judgeWords(wordTokens('ang the'), languagePack('eng'), languagePack('tgl'));
    expect(other.map((word) => word.kind)).toEqual(['function', 'matrix']);
    expect([...verdicts.values()].map((verdict) => verdict.kind)).toEqual(['matrix', 'function']);
  });
});

describe('wordForeignShare', () => {
  const [eng, tgl] = [languagePack('eng'), languagePack('tgl')];
  it.each([
    ['a Tagalog word in English text', 'naglalaro', eng, tgl, (share: number) => share > 0.5],
    ['an English word in English text', 'strength', eng, tgl, (share: number) => share < 0.5],
    ['an English word in Tagalog text', 'strength', tgl, eng, (share: number) => share > 0.5],
    ['a word of no evidence (an even share)', 'xyzq', eng, tgl, (share: number) => share === 0.5],
  ])('should give %s its share', (_name, word, matrix, foreign, holds) => {
    expect(holds(wordForeignShare(word, matrix, foreign))).toBe(true);
  });

  it('should give the two directions of a pair shares that sum to 1', () => {
    expect(wordForeignShare('government', eng, tgl) + wordForeignShare('government', tgl, eng)).toBeCloseTo(1, 10);
  });
});
