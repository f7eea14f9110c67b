import { describe, expect, it } from 'vitest';
import { gazetteer, parseGazetteer } from '../../pipeline/entities/gazetteer.js';
import { documentYears, periodKey } from '../../pipeline/entities/periods.js';
import type { Document, Mention, Timex } from '../../pipeline/model.js';
import { documentOf } from './helpers.js';

/** A timex of a segment with a value (only the fields periods read matter). */
function timex(segment: string, start: number, value: string | null): Timex {
  return { id: `t${start}`, segment, start, end: start + 4, text: value ?? '', language: 'eng', type: 'date', value, precision: 'year', inferred: [], qualifier: null, relative: null, rule: 'test' };
}

function mention(segment: string, start: number, text: string): Mention {
  return { id: `m${start}`, segment, start, end: start + text.length, text, type: 'GPE', language: 'eng', normalized: text, gazetteer: null, recognizer: 'test' };
}

function withTimexes(timexes: Timex[]): Document {
  return { ...documentOf(['one', 'two', 'three']), timexes };
}

describe('documentYears', () => {
  it('should index years by segment and take the median of all', () => {
    const years = documentYears(withTimexes([timex('s1', 5, '1938-07-29'), timex('s1', 20, '1939'), timex('s2', 40, '1886-06-22'), timex('s2', 50, 'P3D'), timex('s3', 60, null)]));
    expect(years.median).toBe(1938);
    expect(years.bySegment.get('s1')).toEqual([{ start: 5, year: 1938 }, { start: 20, year: 1939 }]);
    expect(years.bySegment.has('s3')).toBe(false);
  });
});

describe('periodKey', () => {
  const g = gazetteer();
  it.each([
    { name: 'the sentence date picks the Russian Empire', timexes: [timex('s1', 30, '1886-06-22'), timex('s2', 90, '1938')], at: ['s1', 10], others: [], expected: 'russian-empire' },
    { name: 'the nearest date of the sentence wins', timexes: [timex('s1', 12, '1938'), timex('s1', 90, '1886')], at: ['s1', 10], others: [], expected: 'soviet-union' },
    { name: 'the document median stands in for the sentence', timexes: [timex('s2', 90, '1938'), timex('s3', 95, '1939'), timex('s3', 99, '1941')], at: ['s1', 10], others: [], expected: 'soviet-union' },
    { name: 'a sentence naming the period entity contrasts the two', timexes: [timex('s1', 30, '1938')], at: ['s1', 10], others: ['soviet-union'], expected: 'russia' },
    { name: 'a year outside every period keeps the name', timexes: [timex('s1', 30, '2005')], at: ['s1', 10], others: [], expected: 'russia' },
    { name: 'no dates keep the name', timexes: [], at: ['s1', 10], others: [], expected: 'russia' },
  ])('should resolve Russia: $name', ({ timexes, at, others, expected }) => {
    const years = documentYears(withTimexes(timexes));
    expect(periodKey('russia', mention(at[0] as string, at[1] as number, 'Russia'), years, new Set(others), g)).toBe(expected);
  });

  it('should leave an entry without periods alone', () => {
    const years = documentYears(withTimexes([timex('s1', 30, '1938')]));
    expect(periodKey('japan', mention('s1', 10, 'Japan'), years, new Set(), g)).toBe('japan');
  });

  it('should refuse malformed periods in the gazetteer', () => {
    expect(() => parseGazetteer({ entities: [{ key: 'x', name: 'X', type: 'GPE', wikidata: null, denotes: [{ from: '1922', key: 'y' }] }] })).toThrow(/denotes/);
  });
});
