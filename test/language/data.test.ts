/** Lints the language-identification data under `pipeline/lang/<code>/`. */
import { describe, expect, it } from 'vitest';
import { languagePack, stringList, stringTable } from '../../pipeline/lang/index.js';

const LISTS: readonly [string, string][] = [
  ['eng', 'function-words'],
  ['tgl', 'function-words'],
  ['eng', 'content-words'],
  ['eng', 'hyphen-prefixes'],
  ['tgl', 'hyphen-prefixes'],
];

describe('language identification data', () => {
  it.each(LISTS)('should keep %s/%s lower-case and free of duplicates', (code, name) => {
    const entries = languagePack(code).read(name, stringList, []);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
    expect(entries.length).toBe(new Set(entries).size);
  });

  it('should keep function words shared by English and Tagalog few (they count for neither)', () => {
    const english = new Set(languagePack('eng').read('function-words', stringList, []));
    const shared = languagePack('tgl').read('function-words', stringList, []).filter((word) => english.has(word));
    expect(shared.sort()).toEqual(['at', 'may']);
  });

  it('should give every English name form a different Tagalog form', () => {
    const table = languagePack('tgl').read('names-from-eng', stringTable, {});
    expect(Object.keys(table).length).toBeGreaterThan(0);
    expect(Object.entries(table).filter(([english, tagalog]) => english === tagalog)).toEqual([]);
  });

  it('should hold only valid regular expressions in tgl/foreign-spellings', () => {
    const patterns = languagePack('tgl').read('foreign-spellings', stringList, []);
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(() => new RegExp(pattern, 'u')).not.toThrow();
  });
});
