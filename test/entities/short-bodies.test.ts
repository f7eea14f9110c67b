import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { entityLexicon } from '../../pipeline/entities/lexicon.js';
import { gazetteer } from '../../pipeline/entities/gazetteer.js';
import type { Located } from '../../pipeline/entities/link.js';
import { bodyWords, isFullerForm, linkShortBodies } from '../../pipeline/entities/short-bodies.js';
import type { EntityType, Mention } from '../../pipeline/model.js';
import { testContext } from './helpers.js';

const eng = entityLexicon(languagePack('eng'));
const tgl = entityLexicon(languagePack('tgl'));
const context = testContext();

describe('bodyWords', () => {
  it.each([
    ['General Staff', eng, ['general', 'staf']],
    ['Pangkalahatang Kawani ng Hukbong Hapon', tgl, ['pangkalahata', 'staf', 'ng', 'hukbo', 'hapon']],
    ['Pangkalahatang Staff', tgl, ['pangkalahata', 'staf']],
    ["People's Commissariat", eng, ['people', 'comisariat']],
  ])('should read %s as folded, glossed words', (name, lexicon, words) => {
    expect(bodyWords(name, lexicon)).toEqual(words);
  });
});

describe('isFullerForm', () => {
  const words = (name: string): string[] => bodyWords(name, eng);
  const named = (curated: boolean, ...names: string[]) => ({ curated, names: names.map(words) });
  it.each([
    ['General Staff', named(false, 'General Staff of the Red Army'), true],
    ['General Staff', named(false, 'Japanese General Staff'), true],
    ['General Staff', named(true, 'General Staff Academy'), true],
    ['Chief Supreme Council', named(true, 'Main Military Council', 'Chief Military Council', 'Supreme Military Council'), true],
    // Negatives: a dropped modifier that is not a nationality makes another body.
    ['Military Council', named(true, 'Main Military Council'), false],
    ['General Staff', named(false, 'General Staff Academy'), false],
    ['Supreme Council', named(true, 'Main Military Council', 'Chief Military Council'), false],
    ['Chief Supreme Council', named(false, 'Main Military Council', 'Chief Military Council', 'Supreme Military Council'), false],
    ['Naval Staff', named(true, 'Japanese General Staff'), false],
    ['General Staff', named(true, 'General Staff'), false],
    ['Staff', named(true, 'General Staff'), false],
  ])('should tell whether %s has a fuller form in %j', (short, candidate, expected) => {
    expect(isFullerForm(words(short), candidate, eng)).toBe(expected);
  });
});

/** Located mentions in one document, at increasing offsets in the order given. */
function located(items: [string, EntityType, string | null][], document = 'd1'): Located[] {
  let at = 1;
  return items.map(([text, type, gazetteerKey], i) => {
    const start = at;
    at += [...text].length + 1;
    const mention: Mention = {
      id: `m${i}`, segment: 's', start, end: start + [...text].length, text, type, language: 'eng', normalized: text, gazetteer: gazetteerKey, recognizer: 'test',
    };
    return { document, mention };
  });
}

function clustersOf(items: Located[]): Map<string, Located[]> {
  const clusters = new Map<string, Located[]>();
  for (const item of items) {
    const key = item.mention.gazetteer ? `gaz:${item.mention.gazetteer}` : `body:${item.mention.normalized.toLowerCase()}`;
    clusters.set(key, [...(clusters.get(key) ?? []), item]);
  }
  return clusters;
}

const texts = (clusters: Map<string, Located[]>): Record<string, string[]> =>
  Object.fromEntries([...clusters].map(([key, items]) => [key, items.map((item) => `${item.mention.text}@${item.mention.start}`)]));

describe('linkShortBodies', () => {
  it('should move each short mention to the fuller body named last before it', () => {
    const clusters = clustersOf(
      located([
        ['Japanese General Staff', 'ORG', 'japanese-general-staff'],
        ['General Staff', 'ORG', null],
        ['General Staff of the Red Army', 'ORG', 'general-staff-red-army'],
        ['General Staff', 'ORG', null],
      ]),
    );
    linkShortBodies(clusters, gazetteer(), context);
    expect(texts(clusters)).toEqual({
      'gaz:japanese-general-staff': ['Japanese General Staff@1', 'General Staff@24'],
      'gaz:general-staff-red-army': ['General Staff of the Red Army@38', 'General Staff@68'],
    });
  });

  it('should leave a short body alone when no fuller form precedes it among several', () => {
    const clusters = clustersOf(
      located([
        ['General Staff', 'ORG', null],
        ['Japanese General Staff', 'ORG', 'japanese-general-staff'],
        ['General Staff of the Red Army', 'ORG', 'general-staff-red-army'],
      ]),
    );
    linkShortBodies(clusters, gazetteer(), context);
    expect(clusters.get('body:general staff')?.map((item) => item.mention.start)).toEqual([1]);
  });

  it('should not link across documents, nor bodies that are not fuller forms', () => {
    const clusters = clustersOf([
      ...located([['Japanese General Staff', 'ORG', 'japanese-general-staff']], 'd1'),
      ...located([['General Staff', 'ORG', null], ['Main Military Council', 'ORG', 'main-military-council'], ['Military Council', 'ORG', null]], 'd2'),
    ]);
    linkShortBodies(clusters, gazetteer(), context);
    expect(Object.keys(texts(clusters)).sort()).toEqual(['body:general staff', 'body:military council', 'gaz:japanese-general-staff', 'gaz:main-military-council']);
  });

  it('should link a variant built from the body\'s own modifiers', () => {
    const clusters = clustersOf(located([['Main Military Council', 'ORG', 'main-military-council'], ['Chief Supreme Council', 'ORG', null]]));
    linkShortBodies(clusters, gazetteer(), context);
    expect(texts(clusters)).toEqual({ 'gaz:main-military-council': ['Main Military Council@1', 'Chief Supreme Council@23'] });
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should leave thousands of distinct short bodies apart', () => {
    const items: [string, EntityType, string | null][] = [];
    for (let i = 0; i < 2000; i++) items.push([`Name${i.toString(36)} Council`, 'ORG', null], [`Council of Name${i.toString(36)}`, 'ORG', null]);
    const clusters = clustersOf(located(items));
    linkShortBodies(clusters, gazetteer(), context);
    expect(clusters.size).toBe(4000);
    expect([...clusters.values()].every((cluster) => cluster.length === 1)).toBe(true);
  });
});
