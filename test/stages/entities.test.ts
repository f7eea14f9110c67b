import { describe, expect, it } from 'vitest';
import { meta, recognizeEntities } from '../../pipeline/stages/entities.js';
import { documentOf, spanText, testContext } from '../entities/helpers.js';

describe('entities stage', () => {
  const english = documentOf(['😀 On July 29, the Japanese launched an attack near Lake Khasan.', 'Marshal Blucher and G.M. Stern of the 39th Rifle Corps reported to Moscow.']);

  it('should declare what it needs and adds', () => {
    expect(meta).toMatchObject({ name: 'entities', requires: ['segments', 'languages'], assigns: ['mentions'] });
  });

  it('should add mentions with code-point offsets, segments, languages and provenance', async () => {
    const result = await recognizeEntities(english, testContext());
    expect(result.mentions.map((mention) => [mention.text, mention.type])).toEqual([
      ['Japanese', 'GPE'],
      ['Lake Khasan', 'LOCATION'],
      ['Marshal Blucher', 'PERSON'],
      ['G.M. Stern', 'PERSON'],
      ['39th Rifle Corps', 'MILITARY_UNIT'],
      ['Moscow', 'GPE'],
    ]);
    for (const mention of result.mentions) {
      expect(spanText(english, mention)).toBe(mention.text);
      expect(mention.id).toMatch(/^m-[0-9a-f]{12}$/);
      expect(mention.language).toBe('eng');
      expect(mention.recognizer).toMatch(/^entities\/eng\//);
    }
    expect(result.mentions[0]).toMatchObject({ start: 18, normalized: 'Japan', segment: english.segments[0]!.id });
    expect(result.mentions[2]).toMatchObject({ normalized: 'Blucher', gazetteer: 'vasily-blyukher' });
  });

  it('should sort mentions by start, end and id', async () => {
    const { mentions } = await recognizeEntities(english, testContext());
    const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    expect(mentions).toEqual(sorted);
  });

  it('should be deterministic and leave its input unchanged', async () => {
    const before = JSON.stringify(english);
    const first = await recognizeEntities(english, testContext());
    const second = await recognizeEntities(english, testContext());
    expect(JSON.stringify(english)).toBe(before);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(english.mentions).toEqual([]);
  });

  it('should use the Tagalog rules on Tagalog sentences', async () => {
    const tagalog = documentOf(['Noong Abril 1939, ang Kwantung Army ay lumaban sa Unyong Sobyet at si Zhukov ay dumating.'], 'tgl');
    const { mentions } = await recognizeEntities(tagalog, testContext());
    expect(mentions.map((mention) => mention.text)).toEqual(['Kwantung Army', 'Unyong Sobyet', 'Zhukov']);
    expect(mentions.every((mention) => mention.recognizer.startsWith('entities/tgl/'))).toBe(true);
  });

  it('should name Tagalog terrain places in English order and find a speaker by his verb', async () => {
    const tagalog = documentOf(['😀 Tumawid sa Ilog Magat ang hukbo.', '"Magpatuloy tayo," ani Bantug.'], 'tgl');
    const { mentions } = await recognizeEntities(tagalog, testContext());
    expect(mentions.map(({ text, type, normalized, start }) => [text, type, normalized, start])).toEqual([
      ['Ilog Magat', 'LOCATION', 'Magat River', 13],
      ['Bantug', 'PERSON', 'Bantug', 58],
    ]);
    for (const mention of mentions) expect(spanText(tagalog, mention)).toBe(mention.text);
  });

  it('should report once, and find nothing, for a language without data', async () => {
    const context = testContext();
    const { mentions } = await recognizeEntities(documentOf(['Marshal Blucher met Stalin.', 'Stalin left.'], 'xyz'), context);
    expect(mentions).toEqual([]);
    expect(context.messages).toEqual(['entities/xyz/no-data']);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should recognise a long one-line text between runs of dots, dashes and spaces', async () => {
    const runs = `${'.'.repeat(2000)} ${'- '.repeat(1000)}${' '.repeat(2000)}`;
    const sentences = Array.from({ length: 3000 }, (_, i) => (i % 100 === 0 ? runs : `On day ${i} Marshal Blucher met G.M. Stern near Lake Khasan.`));
    const long = documentOf(sentences);
    const { mentions } = await recognizeEntities(long, testContext());
    expect(mentions).toHaveLength(2970 * 3);
    expect(new Set(mentions.map((mention) => mention.text))).toEqual(new Set(['Marshal Blucher', 'G.M. Stern', 'Lake Khasan']));
    const chars = [...long.text];
    for (const mention of mentions) expect(chars.slice(mention.start, mention.end).join('')).toBe(mention.text);
  });

  it('should throw on an unknown recogniser and on transformers without a model', async () => {
    await expect(recognizeEntities(english, testContext({ recognizers: ['spacy'] }))).rejects.toThrow(/unknown recogniser/);
    await expect(recognizeEntities(english, testContext({ recognizers: ['rules', 'transformers'], nerModel: null }))).rejects.toThrow(/nerModel/);
  });
});
