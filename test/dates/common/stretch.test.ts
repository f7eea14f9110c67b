import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../pipeline/dates/extract.js';
import { expectNone, expectTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should read "the following days" as about a week after the last date', 'eng', '😀 The incident of July 8, 1938 grew. In the following days the Japanese massed.', { text: 'the following days', value: '1938-07-09/1938-07-15', type: 'range', precision: 'day' }],
  ['should start "the first months" with the anchor season', 'eng', 'In the summer of 1941, in the first months the army retreated.', { text: 'the first months', value: '1941-06/1941-08', type: 'range', precision: 'month' }],
  ['should read the Tagalog plural "mga sumunod na araw"', 'tgl', 'Noong Hulyo 8, 1939 nagsimula. Sa mga sumunod na araw ay lumaban sila.', { text: 'mga sumunod na araw', value: '1939-07-09/1939-07-15', type: 'range' }],
  ['should leave the stretch of an event unresolved', 'eng', 'On July 31, 1938 they attacked. In the first days of the conflict aviation was idle.', { text: 'the first days', value: null, type: 'range' }],
  ['should leave the Tagalog stretch of an event unresolved', 'tgl', 'Noong Hulyo 8, 1939 nagsimula. Sa mga unang araw ng labanan ay tahimik.', { text: 'mga unang araw', value: null, type: 'range' }],
  ['should leave a stretch unresolved when the anchor is too coarse', 'eng', 'In 1938, in the following days, talks failed.', { text: 'the following days', value: null, type: 'range' }],
];

describe('vague stretches of time', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectTimex(input, language, expected);
  });

  it('should keep a singular unit one period, not a stretch', () => {
    const found = extractTimexes('On July 8, 1938 it began. The following day he left.', 'eng');
    expect(found.map((timex) => [timex.text, timex.value, timex.type])).toEqual([
      ['July 8, 1938', '1938-07-08', 'date'],
      ['The following day', '1938-07-09', 'date'],
    ]);
  });

  it('should not read "the first" before a word that is no unit', () => {
    expectNone('The first soldiers and the following orders arrived.', 'eng');
  });
});
