import { describe, expect, it } from 'vitest';
import { availableLanguages, languagePack, stringList, stringTable } from '../../pipeline/lang/index.js';

describe('the language registry', () => {
  it('should find a data folder for each configured default language', () => {
    expect(availableLanguages()).toEqual(expect.arrayContaining(['eng', 'tgl']));
  });

  it('should throw a clear error for a language without a folder', () => {
    expect(() => languagePack('xyz')).toThrow(/Unknown language 'xyz': no data folder pipeline\/lang\/xyz\//);
    expect(() => languagePack('../etc')).toThrow(/Unknown language/);
  });

  it('should read a file once per parser, frozen, and give the fallback for a missing one', () => {
    const pack = languagePack('eng');
    const parse = (json: unknown): unknown => json;
    const first = pack.read('abbreviations', parse, null);
    expect(pack.read('abbreviations', parse, null)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(pack.read('no-such-file', stringTable, { fallback: 'yes' })).toEqual({ fallback: 'yes' });
  });

  it('should give each parser of one file its own parse', () => {
    const pack = languagePack('eng');
    const keys = pack.read('abbreviations', (json) => Object.keys(json as object), []);
    const count = pack.read('abbreviations', (json) => Object.keys(json as object).length, 0);
    expect(count).toBe(keys.length);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'should find nothing for the word %s in a string table, read or missing',
    (word) => {
      expect(stringTable({ mayo: 'may' }, 'test.json')[word]).toBeUndefined();
      expect(languagePack('eng').read('no-such-table', stringTable, {})[word]).toBeUndefined();
    },
  );

  it('should skip $comment keys and reject values that are not strings', () => {
    expect(Object.keys(stringTable({ $comment: 'doc', a: 'b' }, 'f.json'))).toEqual(['a']);
    expect(() => stringTable({ a: 1 }, 'f.json')).toThrow(/f\.json: 'a' must map to a string/);
    expect(() => stringList({ entries: ['a', 2] }, 'g.json')).toThrow(/g\.json/);
    expect(stringList(['a', 'b'], 'g.json')).toEqual(['a', 'b']);
  });
});
