import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { entityLexicon } from '../../pipeline/entities/lexicon.js';

const FILES = ['titles', 'non-names', 'exonyms', 'unit-words', 'unit-branches', 'terrain-words', 'org-words', 'event-words', 'document-words', 'metonyms', 'determiners', 'name-connectors', 'conjunctions', 'place-cues', 'citation-cues', 'awards'];

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
