import { describe, expect, it } from 'vitest';
import { judgeWords } from '../../pipeline/language/word-origin.js';
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
});
