import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceStartersFor } from '../../pipeline/segment/sentence-starters.js';

const dataOf = (code: string): { $comment?: unknown; entries: string[] } =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'pipeline', 'lang', code, 'sentence-starters.json'), 'utf8'),
  ) as { $comment?: unknown; entries: string[] };

describe('sentence starters', () => {
  it.each(['eng', 'tgl'])('should hold documented, unique, lower-case single words in %s', (code) => {
    const data = dataOf(code);
    expect(typeof data.$comment).toBe('string');
    expect(new Set(data.entries).size).toBe(data.entries.length);
    for (const word of data.entries) expect(word).toMatch(/^\p{Ll}+(?:'\p{Ll}+)?$/u);
  });

  it.each([
    ['eng', 'may'],
    ['eng', 'will'],
    ['tgl', 'may'],
  ])('should leave out %s words that are also names or months (%s)', (code, word) => {
    expect(dataOf(code).entries).not.toContain(word);
  });

  it('should merge the languages it is given, and only those', () => {
    expect(sentenceStartersFor(['eng']).has('the')).toBe(true);
    expect(sentenceStartersFor(['eng']).has('noong')).toBe(false);
    expect(sentenceStartersFor(['eng', 'tgl']).has('noong')).toBe(true);
    expect(sentenceStartersFor(['tgl', 'eng'])).toBe(sentenceStartersFor(['eng', 'tgl']));
  });
});
