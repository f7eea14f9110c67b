import { describe, expect, it } from 'vitest';
import { isAcronym, linkAcronyms, nameInitials } from '../../pipeline/entities/acronyms.js';
import type { Located } from '../../pipeline/entities/link.js';
import type { Document, EntityType, Mention } from '../../pipeline/model.js';
import { documentOf } from './helpers.js';

describe('isAcronym', () => {
  it.each([
    ['CER', true],
    ['OKDVA', true],
    ['NKVD', true],
    ['C', false],
    ['ABCDEFG', false],
    ['Cer', false],
    ['K.E.', false],
  ])('should tell whether %s is an acronym', (text, expected) => {
    expect(isAcronym(text)).toBe(expected);
  });
});

describe('nameInitials', () => {
  it.each([
    ['Chinese Eastern Railway', 'CER'],
    ['Communist Party of the Soviet Union', 'CPSU'],
    ["Mongolian People's Republic", 'MPR'],
    ['the Far East', 'FE'],
  ])('should spell the initials of %s', (name, initials) => {
    expect(nameInitials(name)).toBe(initials);
  });
});

/** Each mention found by its text (the n-th occurrence) in one document's text, in code points. */
function locate(document: Document, items: [string, EntityType, number?][]): Located[] {
  const units = [...document.text];
  const joined = (from: number, length: number): string => units.slice(from, from + length).join('');
  return items.map(([text, type, nth = 0], i) => {
    const length = [...text].length;
    let seen = -1;
    let start = -1;
    for (let at = 0; at + length <= units.length; at++) {
      if (joined(at, length) === text && ++seen === nth) {
        start = at;
        break;
      }
    }
    if (start < 0) throw new Error(`test: '${text}' not in the text`);
    const mention: Mention = { id: `m${i}`, segment: 's', start, end: start + length, text, type, language: 'eng', normalized: text, gazetteer: null, recognizer: 'test' };
    return { document: document.id, mention };
  });
}

function clustersOf(items: Located[]): Map<string, Located[]> {
  const clusters = new Map<string, Located[]>();
  for (const item of items) {
    const key = `body:${item.mention.text.toLowerCase()}`;
    clusters.set(key, [...(clusters.get(key) ?? []), item]);
  }
  return clusters;
}

const keysWithTexts = (clusters: Map<string, Located[]>): Record<string, string[]> =>
  Object.fromEntries([...clusters].map(([key, items]) => [key, items.map((item) => `${item.mention.text}@${item.mention.start}`)]));

describe('linkAcronyms', () => {
  it('should link an acronym defined in brackets, either way round, and its later uses, with code-point offsets', () => {
    const document = documentOf(['😀 The Special Far Eastern Army (OKDVA) moved.', 'The OKDVA held.', 'NKVD (People’s Commissariat for Internal Affairs) troops.']);
    const clusters = clustersOf(
      locate(document, [
        ['Special Far Eastern Army', 'MILITARY_UNIT'],
        ['OKDVA', 'MILITARY_UNIT'],
        ['OKDVA', 'MILITARY_UNIT', 1],
        ['NKVD', 'ORG'],
        ['People’s Commissariat for Internal Affairs', 'ORG'],
      ]),
    );
    linkAcronyms(clusters, [document]);
    expect(keysWithTexts(clusters)).toEqual({
      'body:special far eastern army': ['Special Far Eastern Army@6', 'OKDVA@32', 'OKDVA@50'],
      'body:people’s commissariat for internal affairs': ['People’s Commissariat for Internal Affairs@68', 'NKVD@62'],
    });
  });

  it('should link an acronym spelling the initials of a name, the last named before it when several do', () => {
    const document = documentOf(['The Chinese Eastern Railway was sold.', 'The Central Executive Rada met.', 'The CER was quiet.', 'The KGB came.']);
    const clusters = clustersOf(
      locate(document, [
        ['Chinese Eastern Railway', 'LOCATION'],
        ['Central Executive Rada', 'ORG'],
        ['CER', 'ORG'],
        ['KGB', 'ORG'],
      ]),
    );
    linkAcronyms(clusters, [document]);
    expect(keysWithTexts(clusters)).toEqual({
      'body:chinese eastern railway': ['Chinese Eastern Railway@4'],
      'body:central executive rada': ['Central Executive Rada@42', 'CER@74'],
      'body:kgb': ['KGB@93'],
    });
  });

  it('should not link people, nor across documents', () => {
    const first = documentOf(['The Chinese Eastern Railway (CER).'], 'eng', 'd1');
    const second = documentOf(['The CER again.'], 'eng', 'd2');
    const clusters = clustersOf([...locate(first, [['Chinese Eastern Railway', 'LOCATION']]), ...locate(second, [['CER', 'LOCATION']])]);
    const person = documentOf(['Kliment Efremovich (KE) spoke.'], 'eng', 'd3');
    for (const item of locate(person, [['Kliment Efremovich', 'PERSON'], ['KE', 'PERSON']])) clusters.set(`person:${item.mention.text}`, [item]);
    linkAcronyms(clusters, [first, second, person]);
    expect(clusters.size).toBe(4);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should link each of many acronyms to the name just before it', () => {
    const sentences: string[] = [];
    for (let i = 0; i < 3000; i++) sentences.push(`The Body Number${i.toString(36)} (BN) met.`);
    const document = documentOf(sentences);
    const items: Located[] = [];
    let at = 0;
    for (const sentence of sentences) {
      const name = sentence.slice(4, sentence.indexOf(' ('));
      const nameStart = at + 4;
      const acronymStart = at + sentence.indexOf('(BN)') + 1;
      const make = (text: string, start: number, i: number): Located => ({
        document: document.id,
        mention: { id: `m${start}-${i}`, segment: 's', start, end: start + text.length, text, type: 'ORG', language: 'eng', normalized: text, gazetteer: null, recognizer: 'test' },
      });
      items.push(make(name, nameStart, 0), make('BN', acronymStart, 1));
      at += sentence.length + 1;
    }
    const clusters = clustersOf(items);
    linkAcronyms(clusters, [document]);
    expect(clusters.has('body:bn')).toBe(false);
    expect(clusters.get('body:body number0')?.map((item) => item.mention.text)).toEqual(['Body Number0', 'BN']);
    const misplaced = [...clusters.values()].filter(([name, acronym, ...rest]) => rest.length > 0 || acronym?.mention.text !== 'BN' || acronym.mention.start !== name!.mention.end + 2);
    expect(clusters.size).toBe(3000);
    expect(misplaced).toEqual([]);
  });
});
