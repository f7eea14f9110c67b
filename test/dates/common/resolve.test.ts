import { describe, expect, it } from 'vitest';
import { extractTimexes } from '../../../pipeline/dates/extract.js';
import { parseCandidates } from '../../../pipeline/dates/extract.js';
import { resolveTimexes } from '../../../pipeline/dates/resolve.js';
import { expectTimex } from '../helpers.js';

describe('resolving against the narrative', () => {
  it('should take a missing year from the last explicit year, never from the clock', () => {
    const text = 'In July 1938 the ministry acted. On July 29, the Japanese attacked.';
    expectTimex(text, 'eng', { text: 'July 29', value: '1938-07-29', inferred: ['year'], precision: 'day' });
  });

  it('should leave the year unknown when the text gives none', () => {
    expectTimex('On July 29, the Japanese attacked.', 'eng', { text: 'July 29', value: 'XXXX-07-29', inferred: ['year'] });
  });

  it('should not let a distant year cited in passing move the narrative', () => {
    const text = 'On July 3, 1938 they advanced. A protocol signed on June 22, 1886 was cited. On July 15, the officer was killed.';
    expectTimex(text, 'eng', { text: 'July 15', value: '1938-07-15', inferred: ['year'] });
  });

  it('should follow the newest year when it stays near the narrative', () => {
    const text = 'In 1938 it began. In May 1939 it spread. On June 12, Zhukov arrived.';
    expectTimex(text, 'eng', { text: 'June 12', value: '1939-06-12', inferred: ['year'] });
  });

  it('should resolve "on the same day" to the previous date', () => {
    const timex = expectTimex('On August 10, 1938 the chief telegraphed. On the same day, negotiations began.', 'eng', { text: 'the same day', value: '1938-08-10', precision: 'day' });
    expect(timex.relative?.anchorValue).toBe('1938-08-10');
  });

  it('should resolve "a day later" from the anchor', () => {
    expectTimex('The incident on July 3, 1938 passed; the squad left a day later.', 'eng', { text: 'a day later', value: '1938-07-04' });
  });

  it('should keep the anchor precision for "a year later"', () => {
    expectTimex('At the end of December 1931 he proposed a pact, but a year later he was refused.', 'eng', { text: 'a year later', value: '1932-12' });
  });

  it('should make a vague offset as coarse as its unit', () => {
    expectTimex('Hostilities stopped on August 11, 1938. Less than a year later, a war began.', 'eng', { text: 'Less than a year later', value: '1939', precision: 'year' });
  });

  it('should anchor "this year" on the narrative year when no document date is known', () => {
    expectTimex('Order of 1938. Until May of this year the troops waited.', 'eng', { text: 'May of this year', value: '1938-05', inferred: ['year'] });
  });

  it('should anchor deictic words on the document date when it is known', () => {
    expectTimex('Bombs exploded Friday, witnesses said yesterday.', 'eng', { text: 'Friday', value: '1998-08-07' }, { reference: '1998-08-07' });
    expectTimex('Bombs exploded Friday, witnesses said yesterday.', 'eng', { text: 'yesterday', value: '1998-08-06' }, { reference: '1998-08-07' });
    expectTimex('Profits fell last year.', 'eng', { text: 'last year', value: '1997', precision: 'year' }, { reference: '1998-08-07' });
  });

  it('should leave "ago" unresolved without a document date', () => {
    expectTimex('Ang tagumpay ay napanalunan 77 taon na ang nakararaan sa rehiyon.', 'tgl', { text: '77 taon na ang nakararaan', value: null });
    expectTimex('Ang tagumpay ay napanalunan 77 taon na ang nakararaan sa rehiyon.', 'tgl', { text: '77 taon na ang nakararaan', value: '1939', precision: 'year' }, { reference: '2016' });
  });

  it('should give year-less dates the year nearest the document date in the news style', () => {
    expectTimex('The boy was found Nov. 25 off Florida.', 'eng', { text: 'Nov. 25', value: '1999-11-25', inferred: ['year'] }, { reference: '2000-01-15', style: 'news' });
  });

  it('should keep sections apart: the narrative of one does not anchor another', () => {
    const first = parseCandidates('On August 10, 1938 talks began.', 'eng').map((item) => ({ ...item, scope: 'a' }));
    const second = parseCandidates('The next morning he left.', 'eng', { offset: 40 }).map((item) => ({ ...item, scope: 'b' }));
    const [, morning] = resolveTimexes([...first, ...second]);
    expect(morning?.text).toBe('The next morning');
    expect(morning?.value).toBeNull();
  });

  it('should resolve "the next morning" inside one section', () => {
    expectTimex('On August 10, 1938 talks began. The next morning he left.', 'eng', { text: 'The next morning', value: '1938-08-11', qualifier: 'morning' });
  });

  it('should be deterministic', () => {
    const text = 'From 1936 to 1938, incidents; on July 29 an attack, the same day talks, every day fighting.';
    expect(JSON.stringify(extractTimexes(text, 'eng'))).toBe(JSON.stringify(extractTimexes(text, 'eng')));
  });
});
