import { describe, expect, it } from 'vitest';
import { buildGazetteer, foldName, gazetteer, parseGazetteer } from '../../pipeline/entities/gazetteer.js';

describe('gazetteer', () => {
  it('should carry only well-formed Wikidata ids and known types', () => {
    for (const entry of gazetteer().entries.values()) {
      expect(entry.wikidata === null || /^Q\d+$/.test(entry.wikidata)).toBe(true);
      expect(entry.labels.eng?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Blyukher', 'vasily-blyukher'],
    ['Blucher', 'vasily-blyukher'],
    ['Khasan Lake', 'lake-khasan'],
    ['Segemitsu', 'mamoru-shigemitsu'],
    ['Shtern', 'grigori-shtern'],
    ['Hapon', 'japan'],
    ['Unyong Sobyet', 'soviet-union'],
    ['Pulang Hukbo', 'red-army'],
  ])('should resolve %s to %s', (label, key) => {
    expect(gazetteer().lookup(label)).toEqual([key]);
  });

  it('should keep the ids the seed README confirms', () => {
    const ids = Object.fromEntries([...gazetteer().entries.values()].map((entry) => [entry.key, entry.wikidata]));
    expect(ids).toMatchObject({ 'soviet-union': 'Q15180', japan: 'Q17', 'joseph-stalin': 'Q855', 'battle-of-lake-khasan': 'Q697579', 'georgy-zhukov': 'Q124617', 'vyacheslav-molotov': 'Q132899', hirohito: 'Q34479' });
  });

  it('should reject duplicate keys and malformed ids', () => {
    const entry = { key: 'x', name: 'X', type: 'GPE', wikidata: null, labels: { eng: ['X'] }, variants: [] };
    expect(() => buildGazetteer(parseGazetteer({ entities: [entry, entry] }))).toThrow(/duplicate/);
    expect(() => parseGazetteer({ entities: [{ ...entry, wikidata: 'Z1' }] })).toThrow(/wikidata/);
  });

  it('should fold diacritics, case, dots and hyphens', () => {
    expect(foldName('V.K. Blücher')).toBe('v k blucher');
    expect(foldName('Khalkhin-Gol')).toBe('khalkhin gol');
  });
});
