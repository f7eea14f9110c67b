import { describe, it } from 'vitest';
import { expectSingleTimex, expectTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should join two years after "from"', 'eng', 'From 1936 to 1938, incidents were noted.', { text: 'From 1936 to 1938', value: '1936/1938', type: 'range', precision: 'year' }],
  ['should join two years with an en dash', 'eng', 'During the war of 1941–1945 they served.', { text: '1941–1945', value: '1941/1945', type: 'range' }],
  ['should join two months sharing a year', 'eng', 'Near the lake in July-August 1938 it flared.', { text: 'July-August 1938', value: '1938-07/1938-08', type: 'range' }],
  ['should join days of one month', 'eng', 'The council met on May 28-31, 1938 in Moscow.', { text: 'May 28-31, 1938', value: '1938-05-28/1938-05-31', type: 'range' }],
  ['should give the first end the year of the second', 'eng', 'Between July 29 and August 9, 1938 the hills changed hands.', { text: 'Between July 29 and August 9, 1938', value: '1938-07-29/1938-08-09', type: 'range' }],
  ['should join era years', 'eng', 'Ancient China, 200 BC - 1413 AD author Ivanov.', { text: '200 BC - 1413 AD', value: '-0199/1413', type: 'range' }],
  ['should join Tagalog years without "Mula"', 'tgl', 'Mula 1936 hanggang 1938, nilabag ng panig.', { text: '1936 hanggang 1938', value: '1936/1938', type: 'range' }],
  ['should join Tagalog ordinal days', 'tgl', 'Noong 1939, mula ika-20 hanggang ika-23 ng Agosto, sinira nila.', { text: 'ika-20 hanggang ika-23 ng Agosto', value: '1939-08-20/1939-08-23', type: 'range', inferred: ['year'] }],
  ['should join a day after "from" to a day-first date', 'eng', 'The battle raged from 6 to 11 August 1938 near the lake.', { text: 'from 6 to 11 August 1938', value: '1938-08-06/1938-08-11', type: 'range' }],
  ['should join two day-first dates of one month', 'eng', 'In 1938, from 6 August to 11 August, they fought.', { text: 'from 6 August to 11 August', value: '1938-08-06/1938-08-11', type: 'range', inferred: ['year'] }],
  ['should join a Tagalog day to a day-first date without "mula"', 'tgl', 'Noong 1939, mula 1 hanggang 5 Hulyo, lumaban sila.', { text: '1 hanggang 5 Hulyo', value: '1939-07-01/1939-07-05', type: 'range', inferred: ['year'] }],
  ['should join two Tagalog dates', 'tgl', 'Noong 1939, mula Hunyo 1 hanggang Hulyo 1 mayroon nang 74.', { text: 'Hunyo 1 hanggang Hulyo 1', value: '1939-06-01/1939-07-01', type: 'range', inferred: ['year'] }],
];

describe('ranges', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectTimex(input, language, expected);
  });

  it('should take the narrative year for a range of days', () => {
    expectTimex('The war of 1938 went on. It lasted 5 days - from August 6 to 11.', 'eng', { text: 'from August 6 to 11', value: '1938-08-06/1938-08-11', inferred: ['year'] });
  });

  it('should read a list of days as EDTF "all of"', () => {
    expectSingleTimex('Reports were due on September 8, 12 and 15.', 'eng', { text: 'September 8, 12 and 15', value: '{XXXX-09-08,XXXX-09-12,XXXX-09-15}', inferred: ['year'] });
  });
});
