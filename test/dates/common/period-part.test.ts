import { describe, it } from 'vitest';
import { expectTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should qualify a year with its end', 'eng', 'By the end of 1938, 105,800 people.', { text: 'the end of 1938', value: '1938', qualifier: 'end', precision: 'year' }],
  ['should qualify a month and year', 'eng', 'At the end of December 1931, he proposed.', { text: 'the end of December 1931', value: '1931-12', qualifier: 'end' }],
  ['should qualify a decade', 'eng', 'In the late 1930s, provocations continued.', { text: 'the late 1930s', value: '193X', qualifier: 'late', precision: 'decade' }],
  ['should read the middle of a year', 'eng', 'Bobkov, in the middle of 1929, left.', { text: 'the middle of 1929', value: '1929', qualifier: 'mid' }],
  ['should read a season of a year', 'eng', 'It happened in the summer of 1938 near the lake.', { text: 'the summer of 1938', value: '1938-22', precision: 'season', qualifier: null }],
  ['should give an ambiguous season the year named after it', 'eng', 'In 1937 it began. In the spring of that year, talks failed.', { text: 'the spring of that year', value: '1937-21', precision: 'season', inferred: ['year'] }],
  ['should qualify a season', 'eng', 'In early autumn of 1931, troops moved.', { text: 'early autumn of 1931', value: '1931-23', qualifier: 'early' }],
  ['should qualify a century in Roman numerals', 'eng', 'Russian press of late XIX century.', { text: 'late XIX century', value: '18XX', qualifier: 'late', precision: 'century' }],
  ['should read an early Tagalog season', 'tgl', 'Noong unang bahagi ng taglagas ng 1931, sinakop ng mga tropa.', { text: 'unang bahagi ng taglagas ng 1931', value: '1931-23', qualifier: 'early' }],
  ['should read "the end of the day" as the end of the last date', 'eng', 'On the night of July 31, 1938 they attacked. By the end of the day, the heights fell.', { text: 'the end of the day', value: '1938-07-31', qualifier: 'end', precision: 'day' }],
  ['should read "the end of the day on August 1" as that date', 'eng', 'In 1938 it was decided to attack at the end of the day on August 1.', { text: 'the end of the day on August 1', value: '1938-08-01', qualifier: 'end', inferred: ['year'] }],
  ['should read the Tagalog end of a year', 'tgl', 'Sa pagtatapos ng 1932, isang plano ang inihanda.', { text: 'pagtatapos ng 1932', value: '1932', qualifier: 'end' }],
];

describe('parts of periods', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectTimex(input, language, expected);
  });

  it('should infer the year of a Tagalog mid-month', () => {
    expectTimex('Noong Abril 1939 sinuri. Nagsimula ang poot noong kalagitnaan ng Mayo.', 'tgl', { text: 'kalagitnaan ng Mayo', value: '1939-05', qualifier: 'mid', inferred: ['year'] });
  });

  it('should read a part of a day before its date', () => {
    expectTimex('In July 1938 it began. On the evening of July 31, the attack was repeated.', 'eng', { text: 'the evening of July 31', value: '1938-07-31', qualifier: 'evening', inferred: ['year'] });
    expectTimex('Noong 1939 ito. Kaninang madaling araw noong Agosto 20, biglang naglunsad.', 'tgl', { text: 'madaling araw noong Agosto 20', value: '1939-08-20', qualifier: 'morning', inferred: ['year'] });
  });

  it('should stack a period part on a day part', () => {
    expectTimex('In 1938, towards the end of the day on August 1, reinforcements arrived.', 'eng', { text: 'the end of the day on August 1', value: '1938-08-01', qualifier: 'end', inferred: ['year'] });
  });
});
