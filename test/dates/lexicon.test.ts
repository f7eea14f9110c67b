import { describe, expect, it } from 'vitest';
import { loadDateLexicon } from '../../pipeline/dates/lexicon.js';

const LANGUAGES = ['eng', 'tgl'];

describe.each(LANGUAGES)('date lexicon of %s', (code) => {
  const lexicon = loadDateLexicon(code);

  it('should name all twelve months', () => {
    expect(new Set(Object.values(lexicon.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('should name all seven weekdays and the four seasons', () => {
    expect(new Set(Object.values(lexicon.weekdays))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
    expect(new Set(Object.values(lexicon.seasons))).toEqual(new Set([21, 22, 23, 24]));
  });

  it('should keep every surface form lower case', () => {
    const tables = [lexicon.months, lexicon.weekdays, lexicon.seasons, lexicon.periodParts, lexicon.dayParts, lexicon.relativeWords, lexicon.deictic, lexicon.units, lexicon.numbers, lexicon.ordinals, lexicon.eras, lexicon.durationModifiers, lexicon.ambiguous];
    for (const table of tables) for (const key of Object.keys(table)) expect(key).toBe(key.toLowerCase());
  });

  it('should give a link word for ranges and parts of the day', () => {
    expect(lexicon.connectors.rangeSeparators.length).toBeGreaterThan(0);
    expect(lexicon.connectors.dayPart.length).toBeGreaterThan(0);
  });
});

describe('language-specific ambiguity', () => {
  it('should never make Tagalog "may" a month', () => {
    expect(loadDateLexicon('tgl').months).not.toHaveProperty('may');
    expect(loadDateLexicon('tgl').months.mayo).toBe(5);
  });

  it('should keep English "may" a month that needs its context', () => {
    expect(loadDateLexicon('eng').months.may).toBe(5);
    expect(loadDateLexicon('eng').ambiguous.may).toBe('month');
  });

  it('should give a language without data empty tables', () => {
    expect(loadDateLexicon('und').months).toEqual({});
  });
});
