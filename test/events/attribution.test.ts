import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../pipeline/events/attribution.js';
import { makeDocument, sentenceOf } from './helpers.js';

/** The attribution of the first figure (digits) of a one-sentence document. */
function attributionOfFigure(text: string, language: string): string | null {
  const sentence = sentenceOf(makeDocument({ paragraphs: [text], language }));
  const at = sentence.tokens.findIndex((token) => token.kind === 'number');
  if (at < 0) throw new Error(`no figure in '${text}'`);
  return attributionOf(sentence, at);
}

describe('attributionOf', () => {
  it.each<[string, string, string | null]>([
    // An approximator is no source: the cue word hedges the figure.
    ['An estimated 45,000 civilians were killed in the siege.', 'eng', null],
    ['The shelling killed an estimated 12,000 people.', 'eng', null],
    ['Estimated 800 soldiers drowned in the river.', 'eng', null],
    ['𝔸😀 The raid left an estimated 300 wounded.', 'eng', null],
    ['Tinatayang 3,000 katao ang nasawi sa lindol.', 'tgl', null],
    // A source or a speaker is one.
    ['According to Japanese estimates, 45,000 were killed.', 'eng', 'According to Japanese estimates'],
    ['Historians estimated 9,000 dead.', 'eng', 'Historians estimated'],
    ['The garrison reported 40 wounded.', 'eng', 'The garrison reported'],
    ['Ayon sa mga Amerikano, 700 ang nasawi.', 'tgl', 'Ayon sa mga Amerikano'],
  ])('should attribute the figure of "%s" (%s) to %j', (text, language, expected) => {
    expect(attributionOfFigure(text, language)).toBe(expected);
  });

  it('should take a long run of hedges before a figure for no source', () => {
    expect(attributionOfFigure(`${'an estimated '.repeat(3000)}45,000 were killed.`, 'eng')).toBeNull();
  });

  it('should give only words of the sentence as a source across a long run of dashes', () => {
    const text = `An estimated ${'- — '.repeat(5000)}45,000 were killed.`;
    const attribution = attributionOfFigure(text, 'eng');
    expect(attribution === null || text.startsWith(attribution)).toBe(true);
  });
});
