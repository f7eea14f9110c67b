import { describe, it } from 'vitest';
import { expectTimex } from '../helpers.js';

describe('clock times', () => {
  it('should read noon before a date as 12:00', () => {
    expectTimex('In 1938, at noon on August 11, hostilities were stopped.', 'eng', { text: 'noon on August 11', value: '1938-08-11T12:00', type: 'time', precision: 'time', qualifier: 'noon', inferred: ['year'] });
  });

  it('should join a date and a 24-hour time', () => {
    expectTimex('In 1938 the offensive began on August 6 at 16:00.', 'eng', { text: 'August 6 at 16:00', value: '1938-08-06T16:00', type: 'time', inferred: ['year'] });
  });

  it('should join a date and "12 noon"', () => {
    expectTimex('In 1938 hostilities ceased on August 11 at 12 noon.', 'eng', { text: 'August 11 at 12 noon', value: '1938-08-11T12:00', type: 'time', inferred: ['year'] });
  });

  it('should read p.m. times on the document date', () => {
    expectTimex('The vote came at 10 p.m. after a long debate.', 'eng', { text: '10 p.m.', value: '1998-02-11T22:00', type: 'time' }, { reference: '1998-02-11' });
  });
});
