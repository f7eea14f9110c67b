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
    ['two English clauses across a comma as one span', 'Sinabi niya na the war was lost, the troops were driven back noong gabi.', [['the war was lost, the troops were driven back', 15, 60, 'eng']]],
    ['a list of English names as one span each', 'Dumating ang Red Army, Kwantung Army at ang Navy.', [['Red Army', 13, 21, 'eng'], ['Kwantung Army', 23, 36, 'eng'], ['Navy', 44, 48, 'eng']]],
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

  it.each([
    ['"strategistang"', 'Isang strategistang Hapon ang nagsabi nito.', [['strategist', 6, 16, 'eng']]],
    ['"journalistang", whose spelling already shows English', 'Kilala ang mga journalistang Amerikano.', [['journalist', 15, 25, 'eng']]],
  ])('should mark the English stem of %s without the glued Tagalog linker', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['a quoted slogan', 'The slogan "Mabuhay ang mga bayani ng bayan" was painted on the wall.', [['Mabuhay ang mga bayani ng bayan', 12, 43, 'tgl']]],
    ['an untranslated name of function and title words', 'The rebels were called Katipunan ng mga Anak ng Bayan by the press.', [['Katipunan ng mga Anak ng Bayan', 23, 53, 'tgl']]],
    ['a bare lower-case phrase', 'He wrote natatagalan sa pagpili ng damit in his diary.', [['natatagalan sa pagpili ng damit', 9, 40, 'tgl']]],
    ['a phrase closed by a pronoun', 'She only said Ako sa inyo and left.', [['Ako sa inyo', 14, 25, 'tgl']]],
    ['a quotation led by a word both languages have', 'The sign read "May sunog sa bayan" in red.', [['May sunog sa bayan', 15, 33, 'tgl']]],
    ['a quotation after a non-BMP character', '😀 They shouted “Mabuhay ang bayan” at dawn.', [['Mabuhay ang bayan', 16, 33, 'tgl']]],
    ['a lone Tagalog word', 'The word bayani means hero.', [['bayani', 9, 15, 'tgl']]],
    ['a phrase closed by a word eld cannot place', 'They built it from kahoy ng mga karwahe last year.', [['kahoy ng mga karwahe', 19, 39, 'tgl']]],
  ])('should mark Tagalog in English: %s', (_name, text, expected) => {
    expect(spans(text, 'eng')).toEqual(expected);
  });

  it.each([
    ['Tagalog-looking names', 'General Aguinaldo fled from Manila to Bataan.'],
    ['names and a year', 'Corregidor and Bataan fell in 1942; Quezon left for Australia.'],
    ['English words that are also Tagalog function words', 'The man at the ring may wait for Nina.'],
    ['a language and a name spelled like Tagalog function words', 'Hindi is spoken in India, and Ang Lee made films.'],
    ['Asian names made of Tagalog function words', 'Ho Chi Minh met Ba Maw in Tokyo.'],
    ['an English word with a Tagalog letter pattern', 'She ate a papaya at the bazaar in Cavite.'],
    ['a quotation in English', 'He said "we will fight on" to the press.'],
  ])('should not mark Tagalog in English: %s', (_name, text) => {
    expect(spans(text, 'eng')).toEqual([]);
  });

  it('should not carry an English span over a word eld cannot place into a name', () => {
    expect(spans('Dumating ang brigade kumander Ivanov kahapon.')).toEqual([['brigade', 13, 20, 'eng']]);
  });

  it('should not cut a linker off a Tagalog word whose stem is English ("artista" + -ng)', () => {
    expect(spans('Ang mga artistang Pilipino ay sikat.')).toEqual([]);
  });

  it('should look for no spans in a sentence of unknown language', () => {
    expect(spans('The Official History', 'und')).toEqual([]);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should mark only the word among long runs of dots, dashes and spaces', () => {
    const text = `${'. '.repeat(20000)}${'-'.repeat(20000)} Army ${' '.repeat(20000)}`;
    expect(spans(text)).toEqual([['Army', 60001, 60005, 'eng']]);
  });

  it('should mark the one Tagalog quotation among many empty and English ones', () => {
    const text = `${'"" "the war" '.repeat(5000)}"Mabuhay ang bayan"`;
    expect(spans(text, 'eng')).toEqual([['Mabuhay ang bayan', 65001, 65018, 'tgl']]);
  });
});
