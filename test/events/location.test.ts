import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../pipeline/model.js';
import { clauses } from '../../pipeline/events/clauses.js';
import { attachLocation } from '../../pipeline/events/location.js';
import { findTriggers } from '../../pipeline/events/triggers.js';
import { codePointIndex, makeDocument, sentenceOf } from './helpers.js';

type Spec = [text: string, type: EntityType];

/** The location of the first trigger of a one-sentence document. */
function locationOf(text: string, language: string, mentions: Spec[]) {
  const document = makeDocument({ paragraphs: [text], language, mentions: mentions.map(([t, type]) => ({ text: t, type })) });
  const sentence = sentenceOf(document);
  const trigger = findTriggers(sentence.tokens, sentence.slice, sentence.lexicon)[0];
  if (!trigger) throw new Error(`no trigger in '${text}'`);
  const clause = clauses(sentence.tokens, sentence.lexicon).find((c) => trigger.start >= c.start && trigger.end <= c.end);
  if (!clause) throw new Error('no clause');
  return { document, location: attachLocation(sentence, clause, trigger) };
}

describe('attachLocation, chains of places', () => {
  it.each<[string, string, Spec[], string]>([
    ['eng', 'In 1899, fighting began in the Philippines at Manila Bay.', [['Philippines', 'GPE'], ['Manila Bay', 'LOCATION']], 'Manila Bay'],
    ['eng', 'The Americans attacked in Korea, near the Naktong River.', [['Americans', 'GPE'], ['Korea', 'GPE'], ['Naktong River', 'LOCATION']], 'Naktong River'],
    ['tgl', 'Sinalakay ng mga Amerikano ang kaaway sa Pilipinas sa Look ng Maynila.', [['Pilipinas', 'GPE'], ['Look ng Maynila', 'LOCATION']], 'Look ng Maynila'],
  ])('should take the narrower place of a chain (%s) in "%s"', (language, text, mentions, expected) => {
    expect(locationOf(text, language, mentions).location?.text).toBe(expected);
  });

  it.each<[string, Spec[], string]>([
    // A new verb between the places starts another event's place.
    ['The Japanese attacked in the Philippines and later fought at Bataan.', [['Philippines', 'GPE'], ['Bataan', 'LOCATION']], 'Philippines'],
    // A place before a state is no chain that narrows the state.
    ['The Americans attacked at Inchon Harbor in Korea.', [['Inchon Harbor', 'LOCATION'], ['Korea', 'GPE']], 'Inchon Harbor'],
  ])('should keep the first place after the event word in "%s"', (text, mentions, expected) => {
    expect(locationOf(text, 'eng', mentions).location?.text).toBe(expected);
  });

  it.each<[string, Spec[], string | undefined]>([
    // A state's name after the plural marker names its people, not a place.
    ['Sumuko ang garison sa mga Amerikano.', [['Amerikano', 'GPE']], undefined],
    ['Sumalakay ang mga Hapones sa mga Tsino sa Nanking.', [['Hapones', 'GPE'], ['Tsino', 'GPE'], ['Nanking', 'GPE']], 'Nanking'],
    ['Sumuko ang garison sa Baler.', [['Baler', 'GPE']], 'Baler'],
  ])('should take no place from a people after "mga" in "%s"', (text, mentions, expected) => {
    expect(locationOf(text, 'tgl', mentions).location?.text).toBe(expected);
  });

  it('should keep code-point offsets after a non-BMP character', () => {
    const text = '😀 In 1899, fighting began in the Philippines at Manila Bay.';
    const { document, location } = locationOf(text, 'eng', [['Philippines', 'GPE'], ['Manila Bay', 'LOCATION']]);
    const mention = document.mentions.find((m) => m.id === location?.mention);
    expect(mention?.start).toBe(codePointIndex(text, 'Manila Bay'));
    expect([...text].slice(mention?.start, mention?.end).join('')).toBe('Manila Bay');
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should take the narrower place after long runs of commas and articles', () => {
    const text = `Fighting began in Korea ${', the'.repeat(3000)} at the Naktong River.`;
    expect(locationOf(text, 'eng', [['Korea', 'GPE'], ['Naktong River', 'LOCATION']]).location?.text).toBe('Naktong River');
  });
});
