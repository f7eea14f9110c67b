import { describe, it } from 'vitest';
import { expectNone, expectSingleTimex, expectTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should read a spelled-out amount', 'eng', 'Trenches were built within three days there.', { text: 'three days', value: 'P3D', type: 'duration', precision: 'day' }],
  ['should keep a modifier in the extent', 'eng', 'Negotiations lasted more than 20 months in Tokyo.', { text: 'more than 20 months', value: 'P20M', type: 'duration' }],
  ['should read a decimal amount', 'eng', 'Talks went on for 2.5 years in Tokyo.', { text: '2.5 years', value: 'P2.5Y', type: 'duration' }],
  ['should read an amount range', 'eng', 'Within one to three days, decide.', { text: 'one to three days', value: 'P1D/P3D', type: 'duration' }],
  ['should read a vague amount', 'eng', 'Covered with smoke for several minutes, the height.', { text: 'several minutes', value: 'PTXM', type: 'duration' }],
  ['should read "whole" inside the amount', 'eng', 'He sat for three whole days there.', { text: 'three whole days', value: 'P3D', type: 'duration' }],
  ['should read a Tagalog amount with its linker', 'tgl', 'Sa loob ng 4 na buwan, ang mga driver ay gumawa.', { text: '4 na buwan', value: 'P4M', type: 'duration' }],
  ['should read a Tagalog amount word', 'tgl', 'Ang pangunahing laban ay tumagal ng tatlong araw.', { text: 'tatlong araw', value: 'P3D', type: 'duration' }],
  ['should keep "77 years have passed" a duration', 'tgl', '77 taon na ang lumipas mula sa oras na natalo.', { text: '77 taon na ang lumipas', value: 'P77Y', type: 'duration' }],
  ['should read a recurring day', 'eng', 'The conflict grew every day, threatening war.', { text: 'every day', value: 'P1D', type: 'set' }],
  ['should read a recurring period with an amount', 'eng', 'Report once every five days to the staff.', { text: 'once every five days', value: 'P5D', type: 'set' }],
  ['should read a singular unit after a cue as one unit (a dropped article)', 'eng', '😀 Within hour 11 soldiers held the height.', { text: 'hour', value: 'PT1H', type: 'duration', start: 9 }],
  ['should read "more" between an amount and its unit', 'eng', 'The strike may go on for two more weeks in the port.', { text: 'two more weeks', value: 'P2W', type: 'duration' }],
  ['should read a compound amount word', 'eng', 'Troops held the line for twenty-four hours.', { text: 'twenty-four hours', value: 'PT24H', type: 'duration' }],
  ['should read a compound amount word written apart', 'eng', 'The siege lasted forty five days in all.', { text: 'forty five days', value: 'P45D', type: 'duration' }],
  ['should read a whole number and a half', 'eng', 'The talks lasted 5 1/2 hours in Geneva.', { text: '5 1/2 hours', value: 'PT5.5H', type: 'duration' }],
  ['should read a half written as one character', 'eng', 'He served 2½ years in the army.', { text: '2½ years', value: 'P2.5Y', type: 'duration' }],
  ['should read a Tagalog recurring day', 'tgl', 'At patuloy na araw-araw nang walang tulog.', { text: 'araw-araw', value: 'P1D', type: 'set' }],
];

describe('durations and sets', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectSingleTimex(input, language, expected);
  });

  it('should read "a year" after a cue word as a duration', () => {
    expectSingleTimex('The inquiry will finish within a year, it said.', 'eng', { text: 'a year', value: 'P1Y', type: 'duration' });
  });

  it('should not read a singular unit without a cue word as an amount', () => {
    expectNone('The hour of decision came; the day was long.', 'eng');
  });

  it('should not take an inner modifier before the amount', () => {
    expectSingleTimex('They planned the extra seven-day trip.', 'eng', { text: 'seven-day', value: 'P7D', type: 'duration' });
  });

  it('should not read a rate as a duration', () => {
    expectNone('Emigrants send $1 billion a year in remittances.', 'eng');
  });

  it('should keep an amount before an event a duration in the news style', () => {
    expectSingleTimex('The treaty was signed one year after the war ended.', 'eng', { text: 'one year after', value: 'P1Y', type: 'duration' }, { reference: '1998-08-07', style: 'news' });
  });

  it('should count an amount before an event from the narrative, as coarse as its unit', () => {
    expectTimex('On July 31, 1938 they attacked. Even 5 months before the start of the conflict, Sorge warned Moscow.', 'eng', { text: '5 months before', value: '1938-02', precision: 'month' });
  });
});
