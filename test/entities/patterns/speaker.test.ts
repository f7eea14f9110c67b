import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../pipeline/model.js';
import { recognizeEntities } from '../../../pipeline/stages/entities.js';
import { documentOf, spanText, testContext } from '../helpers.js';

async function mentionsOf(sentence: string, language: string): Promise<{ text: string; type: EntityType; start: number }[]> {
  const document = documentOf([sentence], language);
  const { mentions } = await recognizeEntities(document, testContext());
  for (const mention of mentions) expect(spanText(document, mention)).toBe(mention.text);
  return mentions.map(({ text, type, start }) => ({ text, type, start }));
}

// Surnames chosen outside the gazetteer and given no full name in the document.
describe('a bare surname a verb of speaking or commanding makes a person', () => {
  it.each<[string, string, string]>([
    ['eng', 'Dimaculangan said the road was cut.', 'Dimaculangan'],
    ['eng', 'After the rain, Bantug ordered a retreat to the hills.', 'Bantug'],
    ['eng', 'Later Sumulong proclaimed a truce in the province.', 'Sumulong'],
    ['eng', 'In March Baltazar wrote to the governor.', 'Baltazar'],
    ['eng', '"We shall hold the bridge," said Dimaculangan.', 'Dimaculangan'],
    ['tgl', 'Si Kapitan Tolentino ay dumating at Bantug ay nag-utos ng pag-urong.', 'Bantug'],
    ['tgl', 'Pagkatapos, Sumulong ay nagpahayag ng tigil-putukan.', 'Sumulong'],
    ['tgl', '"Hindi tayo susuko," ani Dimaculangan.', 'Dimaculangan'],
  ])('should find a %s person: %s', async (language, sentence, text) => {
    expect(await mentionsOf(sentence, language)).toContainEqual(expect.objectContaining({ text, type: 'PERSON' }));
  });

  it('should give code-point offsets after a character outside the BMP', async () => {
    const sentence = '𝔸 Dimaculangan said the road was cut.';
    expect(await mentionsOf(sentence, 'eng')).toEqual([{ text: 'Dimaculangan', type: 'PERSON', start: 2 }]);
  });

  it.each<[string, string, string]>([
    // The gazetteer knows states and towns.
    ['eng', 'Japan proclaimed a new order in Asia.', 'Japan'],
    ['eng', 'Manila said nothing of the matter.', 'Manila'],
    ['tgl', 'Ang Hapon ay nagpahayag ng bagong kaayusan.', 'Hapon'],
    // A place cue wins.
    ['eng', 'The men in Sariaya said nothing.', 'Sariaya'],
    ['tgl', 'Ang mga tao sa Sariaya ay nagsabi ng totoo.', 'Sariaya'],
  ])('should not make a person of a place (%s: %s)', async (language, sentence, text) => {
    const found = await mentionsOf(sentence, language);
    expect(found.filter((mention) => mention.text === text && mention.type === 'PERSON')).toEqual([]);
  });

  it.each<[string, string, string]>([
    // A determiner before the name: a paper or a body, not a person.
    ['eng', 'The Kalayaan said the war was over.', 'Kalayaan'],
    // The verb after a plain "said" in running text is not a quotation's attribution.
    ['eng', 'He said Sariaya was lost.', 'Sariaya'],
    // A verb of speaking must follow at once, as a whole word.
    ['eng', 'Bantug saidlessly walked on.', 'Bantug'],
    // A verb states take as often as people is not a cue.
    ['eng', 'Later Sumulong declared a truce.', 'Sumulong'],
  ])('should not make a person without the role (%s)', async (language, sentence, text) => {
    const found = await mentionsOf(sentence, language);
    expect(found.filter((mention) => mention.text === text && mention.type === 'PERSON')).toEqual([]);
  });

  // Timing on long inputs lives in the benches; here, what it must produce.
  it('should read a long run of verbs and capitals: every speaker, no verb', async () => {
    const sentence = `${'Said said said, '.repeat(2000)}${'Bantug said. '.repeat(500)}`;
    const found = await mentionsOf(sentence, 'eng');
    expect(found.filter((mention) => mention.text === 'Bantug' && mention.type === 'PERSON')).toHaveLength(500);
    expect(found.filter((mention) => mention.text.toLowerCase() === 'said')).toEqual([]);
  });
});
