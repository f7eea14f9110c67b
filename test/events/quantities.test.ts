import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../pipeline/events/quantities.js';
import { makeDocument, sentenceOf } from './helpers.js';

function quantitiesOf(text: string, language: string, timexes: { text: string; value: string }[] = []) {
  return findQuantities(sentenceOf(makeDocument({ paragraphs: [text], language, timexes })));
}

describe('findQuantities', () => {
  it.each([
    ['eng', 'In the battles, Soviet troops lost about a thousand people.', 1000, 'total_losses', 'about', true, 'about a thousand people'],
    ['eng', 'The Soviet side had more than 18,000 men.', 18000, 'troops', 'more_than', false, 'more than 18,000 men'],
    ['eng', 'In total, the corps had up to 32 thousand people.', 32000, 'troops', 'up_to', false, 'up to 32 thousand people'],
    ['eng', 'The losses amounted to 759 people killed.', 759, 'killed', null, false, '759 people killed'],
    ['eng', 'Then 100 people died in hospitals.', 100, 'died_in_hospital', null, false, '100 people died in hospitals'],
    ['eng', 'Irretrievable losses amounted to 717 people.', 717, 'killed', null, false, '717 people'],
    ['eng', 'Soviet aviation lost two aircraft.', 2, 'aircraft_lost', null, false, 'two aircraft'],
    ['eng', 'The corps had 1014 machine guns.', 1014, 'machine_guns', null, false, '1014 machine guns'],
    ['eng', 'It made 1003 sorties.', 1003, 'sorties', null, false, '1003 sorties'],
    ['eng', '6.5 thousand people were awarded orders.', 6500, 'troops', null, false, '6.5 thousand people'],
    ['tgl', 'Nawala ang kalaban sa halos 100 mga sasakyang panghimpapawid.', 100, 'aircraft_lost', 'about', true, 'halos 100 mga sasakyang panghimpapawid'],
    ['tgl', 'Sa 5 araw ay nawala ang higit sa 5,000 katao.', 5000, 'total_losses', 'more_than', false, 'higit sa 5,000 katao'],
    ['tgl', 'Nawala ang kaaway hanggang sa 10 libong mga sundalo.', 10000, 'total_losses', 'up_to', false, 'hanggang sa 10 libong mga sundalo'],
    ['tgl', 'Umabot ang pagkalugi sa halos isang daang sasakyang pangkombat.', 100, 'vehicles_lost', 'about', true, 'halos isang daang sasakyang pangkombat'],
  ])('should read the %s figure in "%s"', (language, text, value, category, qualifier, approximate, span) => {
    const [quantity] = quantitiesOf(text, language);
    expect(quantity).toMatchObject({ value, category, qualifier, approximate, text: span });
    expect([...text].slice(quantity?.start, quantity?.end).join('')).toBe(span);
  });

  it('should combine loss cues joined by "at" into one category', () => {
    const [quantity] = quantitiesOf('Nawala ang kalaban sa halos 61,000 katao ang napatay, nasugatan at nakuha.', 'tgl');
    expect(quantity).toMatchObject({ value: 61000, category: 'killed_wounded_captured', approximate: true });
  });

  it('should count the dead from the survivors of a whole', () => {
    const [quantity] = quantitiesOf('Six out of 11 border guards survived.', 'eng');
    expect(quantity).toMatchObject({ value: 5, category: 'killed', text: 'Six out of 11 border guards survived' });
  });

  it('should keep each figure of a list with its own category', () => {
    const found = quantitiesOf('The Japanese acknowledged the loss of 650 killed and 2,500 wounded.', 'eng');
    expect(found.map((q) => [q.value, q.category])).toEqual([[650, 'killed'], [2500, 'wounded']]);
  });

  it.each([
    ['eng', 'Order No. 0040 was issued on September 4, 1938.', [{ text: 'September 4, 1938', value: '1938-09-04' }]],
    ['eng', 'The 19th Division and the 40th lost 23% of their strength.', []],
    ['eng', 'The hill is 35 km from Vladivostok.', []],
    ['eng', 'A telegram was sent.', []],
    ['tgl', 'Noong Agosto 20, 1939 ay naglunsad sila ng opensiba.', [{ text: 'Agosto 20, 1939', value: '1939-08-20' }]],
  ])('should find no figure in the %s sentence "%s"', (language, text, timexes) => {
    expect(quantitiesOf(text, language, timexes)).toEqual([]);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const text = '𝔸😀 The Red Army lost 472 men killed.';
    const [quantity] = quantitiesOf(text, 'eng');
    expect(quantity?.text).toBe('472 men killed');
    expect(quantity?.start).toBe([...text].indexOf('4'));
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should read no figure in a long run of ones and commas, and the figure after runs of dashes and dots', () => {
    const text = `${'1,'.repeat(3000)} ${'-'.repeat(5000)} ${'. '.repeat(3000)} 5 killed`;
    const document = makeDocument({ paragraphs: [text], language: 'eng' });
    expect(findQuantities(sentenceOf(document))).toEqual([]);
    const last = findQuantities(sentenceOf(document, document.segments.length - 1));
    expect(last.map((quantity) => [quantity.text, quantity.value, quantity.category, quantity.start])).toEqual([['5 killed', 5, 'killed', text.indexOf('5 killed')]]);
  });
});

describe('findQuantities on words that name Object members', () => {
  it.each([
    ['eng', 'The constructor of the bridge counted 12 constructor crews and 300 men.', [300]],
    ['tgl', 'Ang constructor ay may 300 na sundalo.', [300]],
  ])('should read no number word from "constructor" in a %s sentence', (language, text, values) => {
    expect(quantitiesOf(text, language).map((q) => q.value)).toEqual(values);
  });
});

describe('findQuantities on a part of people named before', () => {
  it.each<[string, string, number, string, string]>([
    ['eng', 'Fifteen of them were killed by the fever.', 15, 'killed', 'Fifteen of them were killed'],
    ['eng', '𝔸😀 Forty of whom were wounded at the ford.', 40, 'wounded', 'Forty of whom were wounded'],
    ['tgl', 'Labinlima sa kanila ang namatay sa lagnat.', 15, 'killed', 'Labinlima sa kanila ang namatay'],
    ['tgl', '😀 Dalawampu sa kanila ang nasugatan.', 20, 'wounded', 'Dalawampu sa kanila ang nasugatan'],
  ])('should count the part (%s) in "%s"', (language, text, value, category, span) => {
    const [quantity] = quantitiesOf(text, language);
    expect(quantity).toMatchObject({ value, category, unit: 'person', text: span });
    expect([...text].slice(quantity?.start, quantity?.end).join('')).toBe(span);
  });

  it.each<[string, string]>([
    // A part of people without a loss or count after it, and a part of things, are no figure of people.
    ['eng', 'Two of them spoke at the meeting.'],
    ['tgl', 'Dalawa sa kanila ang nagsalita sa pulong.'],
    ['eng', 'Three of these were old.'],
  ])('should find no figure (%s) in "%s"', (language, text) => {
    expect(quantitiesOf(text, language)).toEqual([]);
  });

  it('should find no figure in a long run of partitives without a number', () => {
    expect(quantitiesOf(`${'sa kanila '.repeat(3000)}ang namatay.`, 'tgl')).toEqual([]);
  });
});

describe('findQuantities on vague amounts', () => {
  it.each<[string, string, string, string]>([
    ['eng', 'Thousands of civilians were killed in the shelling.', 'civilians_killed', 'Thousands of civilians were killed'],
    ['eng', '𝔸😀 The regiment had hundreds of wounded.', 'wounded', 'hundreds of wounded'],
    ['tgl', 'Libu-libong sibilyan ang nasawi sa pambobomba.', 'civilians_killed', 'Libu-libong sibilyan ang nasawi'],
    ['tgl', '😀 Daan-daang sundalo ang nasugatan.', 'wounded', 'Daan-daang sundalo ang nasugatan'],
  ])('should read a figure without a value (%s) in "%s"', (language, text, category, span) => {
    const [quantity] = quantitiesOf(text, language);
    expect(quantity).toMatchObject({ value: null, approximate: true, category, text: span });
    expect([...text].slice(quantity?.start, quantity?.end).join('')).toBe(span);
  });

  it.each<[string, string]>([
    // No unit and no loss after it, or a multiplier of a number, is no vague amount.
    ['eng', 'Thousands of leaflets fell on the city.'],
    ['tgl', 'Libu-libong polyeto ang nahulog sa lungsod.'],
  ])('should find no figure (%s) in "%s"', (language, text) => {
    expect(quantitiesOf(text, language)).toEqual([]);
  });

  it('should keep a number with its multiplier exact', () => {
    expect(quantitiesOf('Two thousand soldiers were killed.', 'eng')[0]).toMatchObject({ value: 2000, approximate: false, text: 'Two thousand soldiers were killed' });
  });

  it('should read one vague figure, at its offsets, after a long run of vague words', () => {
    const text = `${'thousands of '.repeat(3000)}soldiers were killed.`;
    const found = quantitiesOf(text, 'eng');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: null, category: 'killed', text: 'thousands of soldiers were killed' });
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('thousands of soldiers were killed');
  });
});
