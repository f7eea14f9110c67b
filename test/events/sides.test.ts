import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../pipeline/stages/events.js';
import { makeDocument, testContext } from './helpers.js';

const context = testContext();

function sidesOf(paragraphs: string[], language: string) {
  const document = extractEvents(makeDocument({ paragraphs, language }), context);
  return document.events.flatMap((e) => e.quantities.map((q) => [q.value, q.side]));
}

describe('sides of figures', () => {
  it('should take the nearest side word before the figure', () => {
    expect(sidesOf(['The Red Army lost 759 people killed, the Japanese lost 650 killed.'], 'eng')).toEqual([
      [759, 'Soviet Union'],
      [650, 'Japan'],
    ]);
  });

  it('should carry the last side of the paragraph to a sentence that names none', () => {
    expect(sidesOf(['The Soviet troops lost about a thousand people. Officially 865 killed.'], 'eng')).toEqual([
      [1000, 'Soviet Union'],
      [865, 'Soviet Union'],
    ]);
  });

  it('should not carry a side into a new paragraph', () => {
    expect(sidesOf(['The Soviet troops fought.', 'Officially 865 killed.'], 'eng')).toEqual([[865, null]]);
  });

  it('should resolve "we" to the side whose nouns the text also calls "our", and "the enemy" to the other', () => {
    const paragraphs = [
      'Our troops held the line. Soviet troops held the hill. The Japanese artillery fired. Japanese aircraft flew.',
      'We suffered losses - 408 people were killed.',
      'The enemy lost 600 men killed.',
    ];
    expect(sidesOf(paragraphs, 'eng')).toEqual([
      [408, 'Soviet Union'],
      [600, 'Japan'],
    ]);
  });

  it('should give a part the side of the whole the paragraph counted before', () => {
    const paragraph = 'The Japanese attacked the hill where a Soviet garrison of 11 people stood. The Japanese captured it. Six out of 11 border guards survived.';
    expect(sidesOf([paragraph], 'eng')).toEqual([
      [11, 'Soviet Union'],
      [5, 'Soviet Union'],
    ]);
  });

  it('should read a Tagalog possessor after the figure', () => {
    expect(sidesOf(['Nawasak nila ang halos 60 mga sasakyang panghimpapawid ng mga Hapon.'], 'tgl')).toEqual([[60, 'Japan']]);
  });
});
