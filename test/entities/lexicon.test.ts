import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { entityLexicon } from '../../pipeline/entities/lexicon.js';

const FILES = ['titles', 'non-names', 'exonyms', 'unit-words', 'unit-branches', 'terrain-words', 'org-words', 'event-words', 'document-words', 'metonyms', 'determiners', 'name-connectors', 'conjunctions', 'place-cues', 'citation-cues', 'awards', 'name-suffixes', 'nationality-nouns', 'number-signs', 'document-names'];

describe.each(['eng', 'tgl'])('entity data of %s', (code) => {
  const lexicon = entityLexicon(languagePack(code));

  it.each(FILES)('should document %s.json with a $comment', (name) => {
    const file = fileURLToPath(new URL(`../../pipeline/lang/${code}/${name}.json`, import.meta.url));
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(typeof json.$comment).toBe('string');
  });

  it('should key its word tables in lower case', () => {
    for (const table of [lexicon.titles, lexicon.exonyms, lexicon.unitWords, lexicon.unitBranches, lexicon.orgWords, lexicon.documentWords, lexicon.terrainBefore, lexicon.terrainAfter, lexicon.eventBefore, lexicon.eventAfter]) {
      for (const key of table.keys()) expect(key).toBe(key.toLowerCase());
    }
  });

  it('should know every nationality noun as a nationality word', () => {
    for (const noun of lexicon.nationalityNouns) expect(lexicon.exonyms.has(noun)).toBe(true);
  });

  it('should key its place cues in lower case, one to three words', () => {
    for (const cue of lexicon.placeCues.keys()) {
      expect(cue).toBe(cue.toLowerCase());
      expect(cue.split(' ').length).toBeLessThanOrEqual(3);
    }
  });

  it('should have titles, non-names, unit and terrain words', () => {
    expect(lexicon.titles.size).toBeGreaterThan(5);
    expect(lexicon.nonNames.size).toBeGreaterThan(20);
    expect(lexicon.unitWords.size).toBeGreaterThan(3);
    expect(lexicon.terrainBefore.size + lexicon.terrainAfter.size).toBeGreaterThan(3);
  });
});

describe('Tagalog entity data', () => {
  const lexicon = entityLexicon(languagePack('tgl'));

  it.each(['ang', 'noong', 'gayunpaman', 'ito', 'para', 'abril', 'mayo', 'hulyo'])('should list "%s" as never a name', (word) => {
    expect(lexicon.nonNames.has(word)).toBe(true);
  });

  it.each([['si', 'one'], ['ni', 'one'], ['kay', 'one'], ['sina', 'many'], ['nina', 'many'], ['kina', 'many']])('should know the person marker %s', (marker, kind) => {
    expect(lexicon.personMarkers.get(marker)).toBe(kind);
  });

  it.each([['heneral', 'General'], ['koronel', 'Colonel'], ['tenyente', 'Lieutenant']])('should know the title %s', (title, normal) => {
    expect(lexicon.titles.get(title)).toBe(normal);
  });
});

describe.each<[string, string, string, string]>([
  ['eng', 'filipinos', 'Philippines', 'GPE'],
  ['eng', 'spaniards', 'Spain', 'GPE'],
  ['eng', 'katipuneros', 'Katipunan', 'ORG'],
  ['tgl', 'espanyol', 'Spain', 'GPE'],
  ['tgl', 'katipunero', 'Katipunan', 'ORG'],
])('nationality words of %s', (code, word, normal, type) => {
  it(`should map "${word}" to ${normal} (${type})`, () => {
    expect(entityLexicon(languagePack(code)).exonyms.get(word)).toEqual({ normal, type });
  });
});

describe.each<[string, string, string | undefined]>([
  ['eng', 'in', 'place'],
  ['eng', 'on', 'terrain'],
  ['eng', 'attack on', 'place'],
  ['eng', 'island of', 'terrain'],
  ['eng', 'landed on', 'terrain'],
  ['eng', 'left', 'weak'],
  ['eng', 'according to', 'none'],
  ['eng', 'with', undefined],
  ['tgl', 'sa', 'place'],
  ['tgl', 'pulo ng', 'terrain'],
  ['tgl', 'lumapag sa', 'terrain'],
  ['tgl', 'para sa', 'none'],
  ['tgl', 'kay', undefined],
])('place cues of %s', (code, cue, kind) => {
  it(`should read "${cue}" as ${String(kind)}`, () => {
    expect(entityLexicon(languagePack(code)).placeCues.get(cue)).toBe(kind);
  });
});

describe.each<[string, string, boolean | undefined]>([
  ['eng', 'bridge', true],
  ['eng', 'camp', true],
  ['eng', 'lake', false],
  ['tgl', 'kampo', true],
  ['tgl', 'ilog', false],
])('terrain words of %s', (code, word, own) => {
  it(`should say whether "${word}" names a place of its own`, () => {
    const lexicon = entityLexicon(languagePack(code));
    expect((lexicon.terrainBefore.get(word) ?? lexicon.terrainAfter.get(word))?.own).toBe(own);
  });
});

describe.each<[string, string, string | undefined]>([
  ['eng', 'said', 'both'],
  ['eng', 'ordered', 'after'],
  ['eng', 'declared', undefined],
  ['tgl', 'ani', 'before'],
  ['tgl', 'ay nag-utos', 'after'],
  ['tgl', 'sa', undefined],
])('speaker verbs of %s', (code, verb, side) => {
  it(`should read "${verb}" as ${String(side)}`, () => {
    expect(entityLexicon(languagePack(code)).speakerVerbs.get(verb)).toBe(side);
  });
});
