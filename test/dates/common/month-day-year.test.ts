import { describe, it } from 'vitest';
import { expectSingleTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should read a full English date', 'eng', 'On September 4, 1938, an order was issued.', { text: 'September 4, 1938', value: '1938-09-04', precision: 'day' }],
  ['should read an abbreviated month with a dot', 'eng', 'Signed Aug. 7, 1998 in Nairobi.', { text: 'Aug. 7, 1998', value: '1998-08-07', precision: 'day' }],
  ['should read a Tagalog full date', 'tgl', 'Noong Nobyembre 25, 1936, ang Ministro.', { text: 'Nobyembre 25, 1936', value: '1936-11-25', precision: 'day' }],
  ['should read a day-first English date', 'eng', 'It began on 6 August 1938 at dawn.', { text: '6 August 1938', value: '1938-08-06', precision: 'day' }],
  ['should read a Tagalog ordinal day', 'tgl', 'Noong ika-7 ng Agosto 1939 dumating sila.', { text: 'ika-7 ng Agosto 1939', value: '1939-08-07', precision: 'day' }],
  ['should read a month and year', 'eng', 'In July 1938, the ministry acted.', { text: 'July 1938', value: '1938-07', precision: 'month' }],
  ['should read a Tagalog month and year', 'tgl', 'Noong Abril 1939, sinuri ng tauhan.', { text: 'Abril 1939', value: '1939-04', precision: 'month' }],
  ['should read an ISO date with a time', 'eng', 'Logged at 1938-08-06T16:00 by the staff.', { text: '1938-08-06T16:00', value: '1938-08-06T16:00', precision: 'time', type: 'time' }],
  ['should date a weekday by the date after it', 'eng', 'He was shot on Friday, Oct. 23, 1998 at home.', { text: 'Friday, Oct. 23, 1998', value: '1998-10-23', precision: 'day' }],
  ['should read a BC year with astronomical numbering', 'eng', 'Founded in 200 BC by the Han.', { text: '200 BC', value: '-0199', precision: 'year' }],
];

describe('month-day-year and kin', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectSingleTimex(input, language, expected);
  });

  it('should give code-point offsets after a non-BMP character', () => {
    expectSingleTimex('😀 𝔸 On July 29, 1938 they attacked.', 'eng', { text: 'July 29, 1938', value: '1938-07-29', start: 7 });
  });
});
