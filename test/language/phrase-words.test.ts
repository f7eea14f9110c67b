import { describe, expect, it } from 'vitest';
import { phraseWords } from '../../pipeline/language/phrase-words.js';
import { judgeWords } from '../../pipeline/language/word-origin.js';
import { wordTokens } from '../../pipeline/language/words.js';
import { languagePack } from '../../pipeline/lang/index.js';

const words = (text: string, matrix: string, foreign: string) => {
  const [m, f] = [languagePack(matrix), languagePack(foreign)];
  return phraseWords(judgeWords(wordTokens(text), m, f), m, f);
};
const kinds = (text: string, matrix: string, foreign: string) =>
  words(text, matrix, foreign).map((word) => [word.text, word.kind]);

describe('phraseWords', () => {
  it.each([
    ['a Tagalog word English does not know as loose', 'the naglalaro', 'eng', 'tgl', [['the', 'matrix'], ['naglalaro', 'loose']]],
    ['a listed Tagalog word eld finds plain as loose', 'gubat', 'eng', 'tgl', [['gubat', 'loose']]],
    ['a word eld cannot place as unknown', 'karwahe', 'eng', 'tgl', [['karwahe', 'unknown']]],
    ['Tagalog function words English has as words as breaks', 'man ring', 'eng', 'tgl', [['man', 'break'], ['ring', 'break']]],
    ['a function word of both languages as shared', 'may at', 'eng', 'tgl', [['may', 'shared'], ['at', 'shared']]],
    ['a Tagalog function word English lacks as a function word', 'mga', 'eng', 'tgl', [['mga', 'function']]],
    ['an English stem before a glued linker as the English word', 'strategistang', 'tgl', 'eng', [['strategist', 'foreign']]],
  ])('should judge %s', (_name, text, matrix, foreign, expected) => {
    expect(kinds(text, matrix, foreign)).toEqual(expected);
  });

  it.each([
    ['English words eld reads as English', 'walls slogan', 'eng', 'tgl'],
    ['a Tagalog word with a linker whose stem is English ("artista" + -ng)', 'artistang', 'tgl', 'eng'],
    ['a native word that starts with a short English word', 'bayang handang', 'tgl', 'eng'],
  ])('should not take %s for foreign', (_name, text, matrix, foreign) => {
    expect(words(text, matrix, foreign).map((word) => word.kind)).not.toContain('foreign');
    expect(words(text, matrix, foreign).map((word) => word.kind)).not.toContain('loose');
  });

  it('should give the offsets of a stem cut from its linker in code points', () => {
    const [word] = words('😀 strategistang', 'tgl', 'eng');
    expect(word).toMatchObject({ text: 'strategist', start: 2, end: 12, kind: 'foreign' });
  });
});
