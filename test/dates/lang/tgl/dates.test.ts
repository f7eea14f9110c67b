import { describe, it } from 'vitest';
import { expectTimex, type Expected } from '../../helpers.js';

const narrative = 'Noong Abril 1939, sinuri ng tauhan ang sitwasyon. ';

const cases: [string, string, Expected][] = [
  ['should read a month-first date with an inferred year', 'Noong Mayo 12, ang kumander ay nagsagawa.', { text: 'Mayo 12', value: '1939-05-12', inferred: ['year'] }],
  ['should read "the same year"', 'At sa parehong taon ay pinukaw niya ang hidwaan.', { text: 'parehong taon', value: '1939', precision: 'year' }],
  ['should read "next summer" after April', 'Na may layuning ipatupad ito sa susunod na tag-init.', { text: 'susunod na tag-init', value: '1939-22', precision: 'season' }],
  ['should read the whole of a month', 'Nagpatuloy ang laban sa buong Hulyo.', { text: 'buong Hulyo', value: '1939-07', inferred: ['year'], qualifier: null }],
  ['should read the first half of a month', 'Ang unang kalahati ng Hunyo ay lumipas nang mahinahon.', { text: 'unang kalahati ng Hunyo', value: '1939-06', qualifier: 'first-half', inferred: ['year'] }],
  ['should read a month range', 'Ang labanan mula Mayo hanggang Hulyo ay mabigat.', { text: 'Mayo hanggang Hulyo', value: '1939-05/1939-07', type: 'range', inferred: ['year'] }],
  ['should read "sa taong ito" at a clause start as this year', 'Sa taong ito, lumakas ang hukbo.', { text: 'taong ito', value: '1939', precision: 'year' }],
  ['should read "noong araw na iyon" as that day', 'Noong Agosto 20 at noong araw na iyon, umatake sila.', { text: 'araw na iyon', value: '1939-08-20', precision: 'day' }],
  ['should give a season the year named by a demonstrative', 'Sa tagsibol ng taong iyon, nabigo ang usapan.', { text: 'tagsibol ng taong iyon', value: '1939-21', precision: 'season', inferred: ['year'] }],
  ['should read a month with a joined linker', 'Noong Agosto 20 umatake sila. Noong buwang iyon, tahimik.', { text: 'buwang iyon', value: '1939-08', precision: 'month' }],
  ['should read the following days after a date', 'Noong Hulyo 8 nagsimula. Sa mga sumunod na araw ay lumaban sila.', { text: 'mga sumunod na araw', value: '1939-07-09/1939-07-15', type: 'range' }],
  ['should read the morning of a date', 'Nagsimulang mag-urong sa umaga ng Hulyo 5.', { text: 'umaga ng Hulyo 5', value: '1939-07-05', qualifier: 'morning', inferred: ['year'] }],
];

describe('Tagalog dates in a 1939 narrative', () => {
  it.each(cases)('%s', (_name, sentence, expected) => {
    expectTimex(narrative + sentence, 'tgl', expected);
  });
});
