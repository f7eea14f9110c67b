import { describe, it } from 'vitest';
import { expectNone, expectTimex, type Expected } from '../helpers.js';

const cases: [string, string, string, Expected][] = [
  ['should read a decade in digits', 'eng', '😀 In the 1930s, provocations continued.', { text: 'the 1930s', value: '193X', precision: 'decade', start: 5 }],
  ['should give a decade word the century of the narrative', 'eng', 'In 1938 the border burned, as in the thirties before.', { text: 'the thirties', value: '193X', precision: 'decade', inferred: ['century'] }],
  ['should read a short decade with an apostrophe', 'eng', "In 1989 the market was not what it was in the '80s boom.", { text: "the '80s", value: '198X', inferred: ['century'] }],
  ['should qualify a decade word with a part of a period', 'eng', 'In 1938, as in the late thirties, tension grew.', { text: 'the late thirties', value: '193X', qualifier: 'late', inferred: ['century'] }],
  ['should read a Tagalog decade after "dekada"', 'tgl', 'Noong 1938, tulad noong dekada 30, may tensiyon.', { text: 'dekada 30', value: '193X', inferred: ['century'] }],
  ['should read a Tagalog decade with its century', 'tgl', 'Noong dekada ng 1920, may tensiyon.', { text: 'dekada ng 1920', value: '192X' }],
];

describe('decades', () => {
  it.each(cases)('%s', (_name, language, input, expected) => {
    expectTimex(input, language, expected);
  });

  it.each([
    ['an age', 'He was in his thirties then.'],
    ['an age in digits', "She was in her 30s and tired."],
    ['a decade word without a determiner', 'Thirties songs played on.'],
  ])('should find nothing in %s', (_name, input) => {
    expectNone(input, 'eng');
  });
});
