import { describe, it } from 'vitest';
import { expectNone, expectSingleTimex } from '../../helpers.js';

describe('English years in words', () => {
  it.each([
    ['should read a year of the twentieth century', 'The convictions were thrown out in nineteen ninety-six on appeal.', 'nineteen ninety-six', '1996'],
    ['should read a round decade year', 'The crisis of nineteen seventy began.', 'nineteen seventy', '1970'],
    ['should read digits after "the year" as the year', 'Systems must be ready by the year 2000 in banks.', '2000', '2000'],
    ['should read "two thousand" after "the year"', 'He promised to halve unemployment by the year two thousand.', 'two thousand', '2000'],
  ])('%s', (_name, input, text, value) => {
    expectSingleTimex(input, 'eng', { text, value, precision: 'year' });
  });

  it('should not read a count of thousands as a year', () => {
    expectNone('They sent two thousand men and twelve tanks.', 'eng');
  });

  it('should read a year between a determiner and a singular noun', () => {
    expectSingleTimex('Helms strengthened the 1959 trade embargo against Cuba.', 'eng', { text: '1959', value: '1959', precision: 'year' });
  });

  it('should keep a count between a determiner and a plural noun', () => {
    expectNone('They lost the 1200 tanks they had.', 'eng');
  });

  it('should read a fiscal year before a noun', () => {
    expectSingleTimex('Sales were above fiscal 1989 sales of $155 million.', 'eng', { text: '1989', value: '1989', precision: 'year' });
  });
});
