import { describe, expect, it } from 'vitest';
import { linkBracketedNames } from '../../pipeline/entities/bracketed-names.js';
import type { Located } from '../../pipeline/entities/link.js';
import type { Document, EntityType, Mention } from '../../pipeline/model.js';
import { documentOf } from './helpers.js';

/** Mentions found by text in a document (code points), each with its cluster key. */
function locate(document: Document, items: [string, EntityType, string][]): [string, Located][] {
  const units = [...document.text];
  let from = 0;
  return items.map(([text, type, key], i) => {
    const length = [...text].length;
    let start = -1;
    for (let at = from; at + length <= units.length; at++) {
      if (units.slice(at, at + length).join('') === text) {
        start = at;
        break;
      }
    }
    if (start < 0) throw new Error(`test: '${text}' not in the text`);
    from = start + length;
    const mention: Mention = { id: `m${i}`, segment: 's', start, end: start + length, text, type, language: 'eng', normalized: text, gazetteer: null, recognizer: 'test' };
    return [key, { document: document.id, mention }];
  });
}

function run(sentence: string, items: [string, EntityType, string][]): Record<string, string[]> {
  const document = documentOf([sentence]);
  const clusters = new Map<string, Located[]>();
  for (const [key, item] of locate(document, items)) clusters.set(key, [...(clusters.get(key) ?? []), item]);
  linkBracketedNames(clusters, [document]);
  return Object.fromEntries([...clusters].map(([key, list]) => [key, list.map((item) => `${item.mention.text}@${item.mention.start}`)]));
}

describe('linkBracketedNames', () => {
  it.each([
    {
      name: 'a name before a gazetteer name in brackets joins it (code points after 😀)',
      sentence: '😀 BATTLE ON LAKE PEOPLE (Battle on the Ice) (April 5, 1242)',
      items: [['BATTLE ON LAKE PEOPLE', 'EVENT_NAME', 'event:battle on lake people'], ['Battle on the Ice', 'EVENT_NAME', 'gaz:battle-on-the-ice']],
      expected: { 'gaz:battle-on-the-ice': ['Battle on the Ice@25', 'BATTLE ON LAKE PEOPLE@2'] },
    },
    {
      name: 'a bracketed name joins the unknown name before it',
      sentence: 'They reached Ussuriysk (Voroshilov) by night.',
      items: [['Ussuriysk', 'GPE', 'place:ussuriisk'], ['Voroshilov', 'GPE', 'place:voroshilov']],
      expected: { 'place:ussuriisk': ['Ussuriysk@13', 'Voroshilov@24'] },
    },
    {
      name: 'names of incompatible types stay apart',
      sentence: 'The 1st Army Group (Zhukov) attacked.',
      items: [['1st Army Group', 'MILITARY_UNIT', 'unit:1 army group'], ['Zhukov', 'PERSON', 'person:zhukov']],
      expected: { 'unit:1 army group': ['1st Army Group@4'], 'person:zhukov': ['Zhukov@20'] },
    },
    {
      name: 'two gazetteer entities stay apart',
      sentence: 'The Soviet Union (Russia) protested.',
      items: [['Soviet Union', 'GPE', 'gaz:soviet-union'], ['Russia', 'GPE', 'gaz:russia']],
      expected: { 'gaz:soviet-union': ['Soviet Union@4'], 'gaz:russia': ['Russia@18'] },
    },
    {
      name: 'a name not right before the bracket stays apart',
      sentence: 'Ussuriysk was far from them (Voroshilov knew it).',
      items: [['Ussuriysk', 'GPE', 'place:ussuriisk'], ['Voroshilov', 'GPE', 'place:voroshilov']],
      expected: { 'place:ussuriisk': ['Ussuriysk@0'], 'place:voroshilov': ['Voroshilov@29'] },
    },
  ] as { name: string; sentence: string; items: [string, EntityType, string][]; expected: Record<string, string[]> }[])('should link bracketed names: $name', ({ sentence, items, expected }) => {
    expect(run(sentence, items)).toEqual(expected);
  });
});
