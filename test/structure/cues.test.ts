import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { isOrderCue, isTitleCase, looksLikeHeading } from '../../pipeline/structure/classify.js';
import { parseStructureCues, structureCuesOf } from '../../pipeline/structure/cues.js';

const cues = structureCuesOf([languagePack('eng'), languagePack('tgl')]);

describe('structure cue data', () => {
  it.each(['eng', 'tgl'])('should hold lower-case lists without duplicates in %s', (code) => {
    const file = join(import.meta.dirname, '..', '..', 'pipeline', 'lang', code, 'structure.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(typeof json.$comment).toBe('string');
    const parsed = parseStructureCues(json, file);
    for (const [name, list] of Object.entries(json)) {
      if (name.startsWith('$')) continue;
      expect(list).toEqual(parsed[name as keyof typeof parsed]);
      expect(new Set(list as string[]).size).toBe((list as string[]).length);
    }
  });

  it('should reject a list of something other than strings', () => {
    expect(() => parseStructureCues({ order: [1] }, 'x.json')).toThrow(/x\.json/u);
  });
});

describe('block cues', () => {
  it.each(['ORDER', 'Order No. 0040', 'I ORDER:', 'KAUTUSAN'])('should read %s as an order cue', (text) => {
    expect(isOrderCue(text, cues)).toBe(true);
  });

  it.each(['Order of Lenin', 'The order was issued.', 'ORDER\nmore'])('should not read %s as an order cue', (text) => {
    expect(isOrderCue(text, cues)).toBe(false);
  });

  it.each([
    ['At the origins of the conflict', true, false],
    ['Conflict at Lake Hassan', true, true],
    ['denouement', true, false],
    ['Below is the text of the order:', false, false],
    ['Work has been done on the bugs.', false, false],
  ])('should read %s as heading %s, title case %s', (text, heading, titleCase) => {
    expect(looksLikeHeading(text)).toBe(heading);
    expect(isTitleCase(text, cues)).toBe(titleCase);
  });
});
