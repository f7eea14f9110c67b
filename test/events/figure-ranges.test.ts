import { describe, expect, it } from 'vitest';
import { findQuantities, isLossCategory } from '../../pipeline/events/quantities.js';
import { makeDocument, sentenceOf } from './helpers.js';

function quantitiesOf(text: string, language: string, timexes: { text: string; value: string }[] = []) {
  return findQuantities(sentenceOf(makeDocument({ paragraphs: [text], language, timexes })));
}

type Expected = [value: number, category: string, qualifier: string | null, approximate: boolean, side: string | null, text: string];

describe('figures of unseen passages: ranges, coordination, civilians, prisoners, own sides', () => {
  it.each<[string, string, Expected[]]>([
    ['eng', 'Between 5,000 and 18,000 Filipinos died.', [
      [5000, 'killed', 'at_least', false, 'Philippines', 'Between 5,000 and 18,000 Filipinos died'],
      [18000, 'killed', 'at_most', false, 'Philippines', 'Between 5,000 and 18,000 Filipinos died'],
    ]],
    ['eng', 'Then 500 to 650 Americans died.', [
      [500, 'killed', 'at_least', false, 'United States', '500 to 650 Americans died'],
      [650, 'killed', 'at_most', false, 'United States', '500 to 650 Americans died'],
    ]],
    ['eng', 'Between 2 and 3 million civilians are estimated to have died.', [
      [2000000, 'civilians_killed', 'at_least', false, null, 'Between 2 and 3 million civilians are estimated to have died'],
      [3000000, 'civilians_killed', 'at_most', false, null, 'Between 2 and 3 million civilians are estimated to have died'],
    ]],
    ['eng', 'Between two and three million civilians died.', [
      [2000000, 'civilians_killed', 'at_least', false, null, 'Between two and three million civilians died'],
      [3000000, 'civilians_killed', 'at_most', false, null, 'Between two and three million civilians died'],
    ]],
    ['eng', 'Between 500 and 3 thousand men died.', [
      [500, 'killed', 'at_least', false, null, 'Between 500 and 3 thousand men died'],
      [3000, 'killed', 'at_most', false, null, 'Between 500 and 3 thousand men died'],
    ]],
    ['eng', 'About 76,000 Filipino and American soldiers became prisoners of war.', [
      [76000, 'captured', 'about', true, 'Philippines+United States', 'About 76,000 Filipino and American soldiers became prisoners of war'],
    ]],
    ['eng', 'Some 100,000 civilians were killed in the fighting.', [
      [100000, 'civilians_killed', 'about', true, null, 'Some 100,000 civilians were killed'],
    ]],
    ['eng', 'Union cavalry took about 5,000 Confederate prisoners.', [
      [5000, 'captured', 'about', true, null, 'about 5,000 Confederate prisoners'],
    ]],
    ['eng', 'About 8,000 were taken prisoner.', [[8000, 'captured', 'about', true, null, 'About 8,000 were taken prisoner']]],
    ['eng', 'About 4,200 American soldiers and some 20,000 Filipino fighters were killed.', [
      [4200, 'killed', 'about', true, 'United States', 'About 4,200 American soldiers'],
      [20000, 'killed', 'about', true, 'Philippines', 'some 20,000 Filipino fighters were killed'],
    ]],
    ['tgl', 'Napatay ang mga 150 rebolusyonaryo at 2 sundalong Espanyol.', [
      [150, 'killed', 'about', true, null, 'Napatay ang mga 150 rebolusyonaryo'],
      [2, 'killed', null, false, 'Spain', '2 sundalong Espanyol'],
    ]],
    ['tgl', 'Sinalakay ng humigit-kumulang 800 Katipunero ang polvorin.', [
      [800, 'troops', 'about', true, null, 'humigit-kumulang 800 Katipunero'],
    ]],
    ['tgl', 'Mula 200 hanggang 500 Espanyol ang nasawi.', [
      [200, 'killed', 'at_least', false, 'Spain', 'Mula 200 hanggang 500 Espanyol ang nasawi'],
      [500, 'killed', 'at_most', false, 'Spain', 'Mula 200 hanggang 500 Espanyol ang nasawi'],
    ]],
    ['tgl', 'Mga 1,000 sundalong Amerikano at 16,000 sundalong Hapones ang napatay.', [
      [1000, 'killed', 'about', true, 'United States', 'Mga 1,000 sundalong Amerikano'],
      [16000, 'killed', null, false, 'Japan', '16,000 sundalong Hapones ang napatay'],
    ]],
    ['tgl', 'Napatay ang 48 sundalong Amerikano at nasugatan ang 22 iba pa.', [
      [48, 'killed', null, false, 'United States', 'Napatay ang 48 sundalong Amerikano'],
      [22, 'wounded', null, false, null, '22 iba pa'],
    ]],
    ['tgl', 'Humigit-kumulang 100,000 sibilyan ang nasawi sa labanan.', [
      [100000, 'civilians_killed', 'about', true, null, 'Humigit-kumulang 100,000 sibilyan ang nasawi'],
    ]],
    ['eng', 'The attackers lost an estimated 45,000 men.', [[45000, 'total_losses', 'about', true, null, 'an estimated 45,000 men']]],
    ['eng', 'The division suffered 2,000 casualties.', [[2000, 'total_losses', null, false, null, '2,000 casualties']]],
    ['tgl', 'Mahigit 900 militante, 165 sundalo at 47 sibilyan ang napatay.', [
      [900, 'killed', 'more_than', false, null, 'Mahigit 900 militante'],
      [165, 'killed', null, false, null, '165 sundalo'],
      [47, 'civilians_killed', null, false, null, '47 sibilyan ang napatay'],
    ]],
    ['eng', 'Confederate losses were between 23,000 and 28,000.', [
      [23000, 'total_losses', 'at_least', false, null, 'between 23,000 and 28,000'],
      [28000, 'total_losses', 'at_most', false, null, 'between 23,000 and 28,000'],
    ]],
    ['eng', 'The number of lost aircraft rose by another 40.', [[40, 'aircraft_lost', null, false, null, '40']]],
    ['eng', 'From 300 to 400 tanks were destroyed.', [
      [300, 'tanks_lost', 'at_least', false, null, 'From 300 to 400 tanks were destroyed'],
      [400, 'tanks_lost', 'at_most', false, null, 'From 300 to 400 tanks were destroyed'],
    ]],
    ['tgl', 'Nasawi ang sa pagitan ng 5,000 at 18,000 Pilipino.', [
      [5000, 'killed', 'at_least', false, 'Philippines', 'sa pagitan ng 5,000 at 18,000 Pilipino'],
      [18000, 'killed', 'at_most', false, 'Philippines', 'sa pagitan ng 5,000 at 18,000 Pilipino'],
    ]],
    ['eng', 'Some 5,000-18,000 Filipinos died.', [
      [5000, 'killed', 'at_least', true, 'Philippines', 'Some 5,000-18,000 Filipinos died'],
      [18000, 'killed', 'at_most', true, 'Philippines', 'Some 5,000-18,000 Filipinos died'],
    ]],
    ['eng', 'Nearly half a million civilians died.', [[500000, 'civilians_killed', 'about', true, null, 'Nearly half a million civilians died']]],
    ['tgl', 'Isang milyong Pilipino ang nasawi.', [[1000000, 'killed', null, false, 'Philippines', 'Isang milyong Pilipino ang nasawi']]],
    ['eng', 'One American was killed.', [[1, 'killed', null, false, 'United States', 'One American was killed']]],
    ['tgl', 'Mahigit 100 eroplanong Amerikano ang nawasak sa lupa.', [
      [100, 'aircraft_lost', 'more_than', false, 'United States', 'Mahigit 100 eroplanong Amerikano ang nawasak'],
    ]],
  ])('should read the %s figures of "%s"', (language, text, expected) => {
    const found = quantitiesOf(text, language);
    expect(found.map((q) => [q.value, q.category, q.qualifier, q.approximate, q.side, q.text])).toEqual(expected);
    for (const q of found) expect([...text].slice(q.start, q.end).join('')).toBe(q.text);
  });

  it.each([
    ['eng', 'They sent 5,000 men to Manila.', [[5000, 'troops', null]]],
    ['eng', 'The odds were 3 to 1 against them.', []],
    ['eng', '5,000 civilians were evacuated.', [[5000, 'civilians', null]]],
    ['tgl', 'Hanggang 500 sundalo ang dumating.', [[500, 'troops', 'up_to']]],
    ['tgl', 'Labinlimang sundalo ang dumating.', [[15, 'troops', null]]],
    ['eng', 'The Japanese lost 3 towns in the north.', []],
    ['eng', 'Half the garrison was killed.', []],
    ['tgl', 'Dumating ang isang Hapon sa kampo.', []],
    ['tgl', 'Dumating ang 300 sundalo at 20 tangke.', [[300, 'troops', null], [20, 'tanks', null]]],
  ])('should make no range or loss where there is none in the %s sentence "%s"', (language, text, expected) => {
    expect(quantitiesOf(text, language).map((q) => [q.value, q.category, q.qualifier])).toEqual(expected);
  });

  it('should leave a range of years to the dates', () => {
    expect(quantitiesOf('From 1941 to 1945 the islands were occupied.', 'eng', [{ text: 'From 1941 to 1945', value: '1941/1945' }])).toEqual([]);
  });

  it.each([
    ['killed', true],
    ['killed_wounded', true],
    ['civilians_killed', true],
    ['civilians_killed_wounded', true],
    ['tanks_lost', true],
    ['civilians', false],
    ['troops', false],
    ['captured', true],
  ])('should tell whether %s is a loss', (category, loss) => {
    expect(isLossCategory(category)).toBe(loss);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const text = '𝔸😀 Between 5,000 and 18,000 Filipinos died.';
    const [lower] = quantitiesOf(text, 'eng');
    expect(lower?.start).toBe([...text].indexOf('B'));
    expect(lower?.text).toBe('Between 5,000 and 18,000 Filipinos died');
  });

  it.each([
    ['eng', `${Array.from({ length: 2000 }, (_, k) => k + 1).join(' to ')} men died.`],
    ['tgl', `${'mula '.repeat(1000)}${Array.from({ length: 1000 }, (_, k) => k + 1).join(' hanggang ')} sundalo ang nasawi.`],
  ])('should read a pathological chain of %s ranges pairwise, every figure once', (language, text) => {
    const found = quantitiesOf(text, language);
    expect(found.length).toBeLessThanOrEqual(1000);
    expect(found.every((q) => q.qualifier === 'at_least' || q.qualifier === 'at_most')).toBe(true);
  });
});
