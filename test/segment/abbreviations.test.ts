import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abbreviationsFor, parseAbbreviations } from '../../pipeline/segment/abbreviations.js';

const dataOf = (code: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'pipeline', 'lang', code, 'abbreviations.json'), 'utf8'),
  ) as Record<string, unknown>;

describe('abbreviation data', () => {
  it.each(['eng', 'tgl'])('should hold lower-case keys without final periods or spaces in %s', (code) => {
    const data = dataOf(code);
    expect(typeof data.$comment).toBe('string');
    for (const kind of ['title', 'numeric', 'general', 'initial', 'acronym']) {
      const table = data[kind] as Record<string, string>;
      expect(table).toBeTypeOf('object');
      for (const [key, value] of Object.entries(table)) {
        expect(key).toBe(key.toLowerCase());
        expect(key).not.toMatch(/\.$|\s/u);
        expect(value.trim()).not.toBe('');
      }
    }
  });

  it.each(['eng', 'tgl'])('should list acronyms as bare letters in %s', (code) => {
    for (const key of Object.keys(dataOf(code).acronym as Record<string, string>)) expect(key).toMatch(/^\p{Ll}{2,5}$/u);
  });

  it('should merge the languages it is given', () => {
    expect(abbreviationsFor(['eng']).title.has('gng')).toBe(false);
    expect(abbreviationsFor(['eng', 'tgl']).title.has('gng')).toBe(true);
    expect(abbreviationsFor(['eng', 'tgl']).numeric.has('no')).toBe(true);
    expect(abbreviationsFor(['eng']).acronym.has('rp')).toBe(false);
    expect(abbreviationsFor(['eng', 'tgl']).acronym.has('rp')).toBe(true);
  });

  it.each([
    ['a list', []],
    ['a kind that is not an object', { title: ['dr'] }],
    ['null', null],
  ])('should reject %s', (_, json) => {
    expect(() => parseAbbreviations(json, 'test.json')).toThrow(/test\.json/u);
  });
});
