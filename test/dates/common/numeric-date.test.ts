import { describe, it } from 'vitest';
import { expectNone, expectTimex } from '../helpers.js';

describe('numeric dates', () => {
  it('should put a two-digit year in the century of the narrative, not a pivot window', () => {
    expectTimex('The battle of 1938 went on. Bombs fell on 08/06/38. after noon.', 'eng', { text: '08/06/38', value: '1938-08-06', precision: 'day', inferred: ['century'] });
  });

  it('should follow the narrative into another century', () => {
    expectTimex('In 1812 the army marched. On 09/07/12 it fought.', 'eng', { text: '09/07/12', value: '1812-09-07', inferred: ['century'] });
  });

  it('should read a four-digit year as printed', () => {
    expectTimex('Signed 12/25/1936 in Berlin.', 'eng', { text: '12/25/1936', value: '1936-12-25' });
  });

  it.each(['1/3 of the total', 'a ratio of 2.5.1', 'version 13/14/15'])('should not read %s as a date', (input) => {
    expectNone(input, 'eng');
  });
});
