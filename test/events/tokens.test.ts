import { describe, expect, it } from 'vitest';
import { phraseAt, phrasesByFirstWord, tokenize } from '../../pipeline/events/tokens.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { testContext } from './helpers.js';

const phrase = (text: string, value = text) => ({ words: text.split(' ').filter(Boolean), value });

describe('phrasesByFirstWord', () => {
  it('should group the phrases by their first word, each group in list order', () => {
    const list = [phrase('red army'), phrase('the enemy'), phrase('red'), phrase('the red army')];
    const index = phrasesByFirstWord(list);
    expect(index.get('red')?.map((p) => p.value)).toEqual(['red army', 'red']);
    expect(index.get('the')?.map((p) => p.value)).toEqual(['the enemy', 'the red army']);
    expect(index.get('army')).toBeUndefined();
  });

  it('should leave out an empty phrase, which matches nowhere', () => {
    expect([...phrasesByFirstWord([phrase('')]).keys()]).toEqual([]);
  });

  it('should build the index of a list once', () => {
    const list = [phrase('out of')];
    expect(phrasesByFirstWord(list)).toBe(phrasesByFirstWord(list));
  });

  it.each([
    ['eng', 'The Red Army and the Japanese fought; 𝔸 our troops held the enemy at bay.'],
    ['eng', 'According to Japanese data, the Kwantung Army lost 500 men.'],
    ['tgl', 'Ayon sa ulat ng Hapon, umatras ang aming mga tropa at ang kaaway.'],
  ])('should find at each token of a %s sentence the same first phrase as the whole list', (code, text) => {
    const lexicon = eventLexicon(code, testContext());
    const tokens = tokenize({ text, start: 0 });
    for (const list of [lexicon.sideCues, lexicon.attributionCues, lexicon.subordinators]) {
      const index = phrasesByFirstWord(list);
      tokens.forEach((token, i) => {
        const viaIndex = index.get(token.lower)?.find((p) => phraseAt(tokens, i, p.words));
        expect(viaIndex).toBe(list.find((p) => phraseAt(tokens, i, p.words)));
      });
    }
  });
});
