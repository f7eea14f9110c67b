import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../pipeline/events/triggers.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { tokenize } from '../../pipeline/events/tokens.js';
import { TextIndex } from '../../pipeline/offsets.js';
import { testContext } from './helpers.js';

const context = testContext();

function triggersOf(text: string, code: string) {
  const index = new TextIndex(text);
  return findTriggers(tokenize({ text, start: 0 }), (s, e) => index.slice(s, e), eventLexicon(code, context));
}

describe('findTriggers', () => {
  it.each([
    ['eng', 'On July 29, the Japanese launched an attack on the post.', 'attack', 'launched an attack'],
    ['eng', 'Soviet troops launched a new offensive.', 'offensive', 'launched a new offensive'],
    ['eng', 'The Japanese captured Zaozernaya.', 'capture', 'captured'],
    ['eng', 'They seized the hill.', 'capture', 'seized'],
    ['eng', 'The advancing Japanese were driven back.', 'retreat', 'driven back'],
    ['eng', 'The border guards retreated.', 'retreat', 'retreated'],
    ['eng', 'Bombers bombed the positions.', 'air_strike', 'bombed'],
    ['eng', 'An agreement was signed.', 'agreement', 'signed'],
    ['eng', 'Hostilities ceased at noon.', 'ceasefire', 'Hostilities ceased'],
    ['eng', 'Hostilities were stopped.', 'ceasefire', 'Hostilities were stopped'],
    ['eng', 'Armistice negotiations began in Moscow.', 'negotiation', 'negotiations began'],
    ['eng', 'A meeting of the council was held.', 'meeting', 'meeting of the council was held'],
    ['eng', 'An order was issued by the commissar.', 'order_issued', 'order was issued'],
    ['eng', 'Stern was appointed commander.', 'appointment', 'appointed'],
    ['eng', 'He was removed from his post.', 'dismissal', 'removed'],
    ['eng', 'He was arrested in October.', 'arrest', 'arrested'],
    ['eng', 'Blucher died in prison.', 'death', 'died'],
    ['eng', 'The division was awarded the Order of Lenin.', 'award', 'awarded'],
    ['eng', 'Japan mobilized its reserves.', 'mobilization', 'mobilized'],
    ['eng', 'The army was deployed to Voroshilov.', 'deployment', 'deployed'],
    ['eng', 'The front was disbanded.', 'reorganization', 'disbanded'],
    ['tgl', 'Sumalakay ang mga Hapon.', 'attack', 'Sumalakay'],
    ['tgl', 'Sinalakay ng mga Hapon ang poste.', 'attack', 'Sinalakay'],
    ['tgl', 'Naglunsad ng opensiba ang mga Hapon.', 'offensive', 'Naglunsad ng opensiba'],
    ['tgl', 'Sinakop ng mga tropa ang Manchuria.', 'capture', 'Sinakop'],
    ['tgl', 'Umatras ang mga Hapon.', 'retreat', 'Umatras'],
    ['tgl', 'Binomba ng mga eroplano ang tulay.', 'air_strike', 'Binomba'],
    ['tgl', 'Nilagdaan ang kasunduan.', 'agreement', 'Nilagdaan'],
    ['tgl', 'Tumigil ang labanan noong Agosto 11.', 'ceasefire', 'Tumigil ang labanan'],
    ['tgl', 'Nagpulong ang konseho.', 'meeting', 'Nagpulong'],
    ['tgl', 'Iniutos ng kumander ang pag-atake.', 'order_issued', 'Iniutos'],
    ['tgl', 'Hinirang si Zhukov.', 'appointment', 'Hinirang'],
    ['tgl', 'Inaresto si Blucher.', 'arrest', 'Inaresto'],
    ['tgl', 'Namatay si Blucher sa bilangguan.', 'death', 'Namatay'],
    ['tgl', 'Iginawad sa kanila ang titulo.', 'award', 'Iginawad'],
    ['tgl', 'Pinalibutan ng aming mga tropa ang kalaban.', 'battle', 'Pinalibutan'],
    ['tgl', 'Inamin ng gobyerno ang pagkatalo.', 'ceasefire', 'Inamin ng gobyerno ang pagkatalo'],
  ])('should find a %s trigger in "%s"', (code, text, type, trigger) => {
    const found = triggersOf(text, code);
    const hit = found.find((t) => t.type === type && t.verbal) ?? found.find((t) => t.type === type);
    expect(hit?.text).toBe(trigger);
    expect([...text].slice(hit?.start, hit?.end).join('')).toBe(trigger);
  });

  it.each([
    ['eng', 'The ambassador spent a day in Tokyo.'],
    ['eng', 'The bridge was long and narrow.'],
    ['eng', 'Order No. 0040 is a document.'],
    ['tgl', 'Ang laban ay mahirap.'],
    ['tgl', 'Ang utos ng Kwantung Army ay malakas.'],
    ['tgl', 'Ito ay isang magandang araw.'],
    ['tgl', 'Isang plano ng giyera laban sa ating bansa.'],
    ['tgl', 'Ang labanan ay mabangis.'],
    ['eng', 'The division was given the Order of Lenin.'],
  ])('should find no verbal trigger in the %s sentence "%s"', (code, text) => {
    expect(triggersOf(text, code).filter((t) => t.verbal)).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['Blucher was removed from his post and soon repressed.', true],
    ['Blucher was removed from his post and repressed.', true],
    ['The post was taken and Japan attacked the hill.', false],
    ['The post was taken, and the Japanese attacked the hill.', false],
  ])('should share a passive auxiliary with a coordinated participle in "%s"', (text, passive) => {
    expect(triggersOf(text, 'eng').at(-1)?.passive).toBe(passive);
  });

  it('should mark a participle after "were" as passive and an active verb as not', () => {
    expect(triggersOf('The Japanese were driven back.', 'eng')[0]?.passive).toBe(true);
    expect(triggersOf('The Japanese drove them back.', 'eng')[0]?.passive).toBe(false);
  });

  it('should give Tagalog triggers the focus of their affix', () => {
    expect(triggersOf('Sumalakay ang mga Hapon.', 'tgl')[0]?.focus).toBe('actor');
    expect(triggersOf('Sinalakay ng mga Hapon ang poste.', 'tgl')[0]?.focus).toBe('object');
  });

  it('should give code-point offsets after a non-BMP character', () => {
    const text = '𝔸 😀 The Japanese attacked.';
    const [trigger] = triggersOf(text, 'eng');
    expect(trigger?.text).toBe('attacked');
    expect(trigger?.start).toBe([...text].indexOf('a', 16));
    expect([...text].slice(trigger?.start, trigger?.end).join('')).toBe('attacked');
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should find the one trigger among long runs of dots, dashes, spaces and letters', () => {
    const text = `${'.'.repeat(5000)} ${'-'.repeat(5000)} ${' '.repeat(5000)} attacked ${'a '.repeat(3000)}`;
    const found = triggersOf(text, 'eng');
    expect(found.map((t) => [t.type, t.text, t.start, t.end])).toEqual([['attack', 'attacked', text.indexOf('attacked'), text.indexOf('attacked') + 8]]);
  });
});
