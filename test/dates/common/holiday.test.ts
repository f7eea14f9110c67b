import { describe, it } from 'vitest';
import { expectTimex } from '../helpers.js';

describe('named days', () => {
  it('should compute the n-th weekday of a month for Thanksgiving', () => {
    expectTimex('Elian was found Thanksgiving Day off Florida.', 'eng', { text: 'Thanksgiving Day', value: '1999-11-25', inferred: ['year'] }, { reference: '2000-01-07', style: 'news' });
  });

  it('should read a fixed holiday with its year', () => {
    expectTimex('The offensive stalled by Christmas 1941 near Moscow.', 'eng', { text: 'Christmas 1941', value: '1941-12-25', precision: 'day' });
  });

  it('should take the narrative year for a Tagalog holiday', () => {
    expectTimex('Noong 1941, bago ang Pasko ay dumating ang mga tropa.', 'tgl', { text: 'Pasko', value: '1941-12-25', inferred: ['year'] });
  });

  it('should read a Tagalog holiday with a genitive year', () => {
    expectTimex('Ipinagdiwang ang Araw ng Kalayaan ng 1946 sa Maynila.', 'tgl', { text: 'Araw ng Kalayaan ng 1946', value: '1946-06-12' });
  });
});
