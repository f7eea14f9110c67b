import { describe, expect, it } from 'vitest';
import { findForeignSpans } from '../../pipeline/language/foreign-spans.js';
import { languagePack } from '../../pipeline/lang/index.js';

const spans = (text: string, matrix = 'tgl') =>
  findForeignSpans(text, matrix, ['eng', 'tgl'], languagePack).map((span) => [span.text, span.start, span.end, span.language]);

describe('findForeignSpans', () => {
  it.each([
    ['a capitalised English title', 'Nailahad ito sa The Official History of the Great East Asia War.', [['The Official History of the Great East Asia War', 16, 63, 'eng']]],
    ['a name with an English title word', 'Umatake ang Kwantung Army sa hangganan.', [['Kwantung Army', 12, 25, 'eng']]],
    ['an English form of a name Tagalog writes otherwise', 'Ang pamunuan ng Soviet ay nagpasya.', [['Soviet', 16, 22, 'eng']]],
    ['an English prefix compound', 'Ang kilos ng militar na anti-Soviet ay lumaki.', [['anti-Soviet', 24, 35, 'eng']]],
    ['a loan after a Tagalog hyphen prefix', 'Nais nilang i-mobilization ang hukbo.', [['mobilization', 14, 26, 'eng']]],
    ['a lower-case English phrase', 'Dumating ang motorized infantry sa lugar.', [['motorized infantry', 13, 31, 'eng']]],
    ['a name closed by a number', 'Bago ang World War II ay nagkaroon ng salungatan.', [['World War II', 9, 21, 'eng']]],
    ['a quoted English phrase as a whole', 'Tinawag nila itong “a test of strength” ng hukbo.', [['a test of strength', 20, 38, 'eng']]],
    ['a phrase in guillemets as a whole', 'Tinawag nila itong «a test of strength» ng hukbo.', [['a test of strength', 20, 38, 'eng']]],
    ['a phrase in straight quotes as a whole', 'Tinawag nila itong "a test of strength" ng hukbo.', [['a test of strength', 20, 38, 'eng']]],
    ['a phrase in low-high quotes as a whole', 'Tinawag nila itong „a test of strength“ ng hukbo.', [['a test of strength', 20, 38, 'eng']]],
    ['a lower-case English phrase led by a function word', 'Ayon sa ulat, the troops were driven back noong gabi.', [['the troops were driven back', 14, 41, 'eng']]],
    ['an ordinal unit name after a non-BMP character', '😀 Dumating ang 23rd Infantry Division.', [['23rd Infantry Division', 15, 37, 'eng']]],
  ])('should mark %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['language-neutral names', 'Mula sa Manchuria hanggang Mongolia at Beijing.'],
    ['Tagalized loans', 'Isang opensiba ng komand sa haywey at ang detalyment.'],
    ['Tagalog words that English also has', 'Nagkaroon ng away sa base ng bundok.'],
    ['function words alone', 'Sinabi niya ang salitang of at the.'],
    ['a Tagalog quotation', 'Sinabi niya: "Lalaban kami hanggang sa dulo ng digmaan."'],
    ['a Tagalog word with a hyphen prefix', 'Noong tag-init ay mag-isa siya.'],
  ])('should not mark %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('should mark an English stem before a Tagalog linker', () => {
    expect(spans('Isang strategistang Hapon ang nagsabi nito.')).toEqual([['strategist', 6, 16, 'eng']]);
  });

  it('should mark a Tagalog quotation inside an English sentence', () => {
    expect(spans('The slogan "Mabuhay ang mga bayani ng bayan" was painted on the wall.', 'eng')).toEqual([
      ['Mabuhay ang mga bayani ng bayan', 12, 43, 'tgl'],
    ]);
  });

  it('should look for no spans in a sentence of unknown language', () => {
    expect(spans('The Official History', 'und')).toEqual([]);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should mark only the word among long runs of dots, dashes and spaces', () => {
    const text = `${'. '.repeat(20000)}${'-'.repeat(20000)} Army ${' '.repeat(20000)}`;
    expect(spans(text)).toEqual([['Army', 60001, 60005, 'eng']]);
  });
});
