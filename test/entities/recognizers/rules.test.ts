import { describe, expect, it } from 'vitest';
import { rulesRecognizer } from '../../../pipeline/entities/recognizers/rules.js';
import type { EntityType } from '../../../pipeline/model.js';
import { documentOf, spanText, testContext } from '../helpers.js';

const context = testContext();

async function recognize(sentence: string): Promise<{ text: string; type: EntityType; gazetteer?: string | null; normalized?: string }[]> {
  const document = documentOf([sentence], 'tgl');
  const found = await rulesRecognizer.recognize(document.segments[0]!, document, context);
  return found.map(({ text, type, gazetteer, normalized }) => ({ text, type, gazetteer, normalized }));
}

describe('rules recogniser (Tagalog)', () => {
  it.each<[string, string, EntityType, string]>([
    ['should find a person after the marker si', 'Ang Ministro para sa Ugnayang Panlabas na si Arita ay nagsalita.', 'PERSON', 'Arita'],
    ['should find a person after ni with initials', 'Isang memo na personal na isinulat ni G. K. Zhukov ang ipinadala.', 'PERSON', 'G. K. Zhukov'],
    ['should keep initials split by a marker', 'Pinangunahan ng corps kumander G. K. Si Zhukov ang grupo.', 'PERSON', 'G. K. Si Zhukov'],
    ['should find a two-word title', 'Ang kumander nito, si Tenyente Heneral Komatsubara, ay dumating.', 'PERSON', 'Tenyente Heneral Komatsubara'],
    ['should find Koronel before a name', 'Sinabi ni Koronel Kutsevalov ang totoo.', 'PERSON', 'Koronel Kutsevalov'],
    ['should find an ika-N unit', 'Nakatuon sila sa ika-23 Infantry Division noon.', 'MILITARY_UNIT', 'ika-23 Infantry Division'],
    ['should find an ika-N army with the linker', 'Noong Agosto 10, nabuo nila ang ika-6 na Hukbo.', 'MILITARY_UNIT', 'ika-6 na Hukbo'],
    ['should find ordinals in brackets after a unit word', 'Dumating ang dalawang motorized armored brigade (ika-7 at ika-8).', 'MILITARY_UNIT', 'ika-8'],
    ['should find Hapon as a state', 'Ang pananaw ng mga istoryador ng Hapon ay nailahad.', 'GPE', 'Hapon'],
    ['should find Tsina', 'Ang pag-asang tagumpay sa Tsina ay nawala.', 'GPE', 'Tsina'],
    ['should find Unyong Sobyet', 'Hindi inaasahan ng Unyong Sobyet ang atake.', 'GPE', 'Unyong Sobyet'],
    ['should find Pulang Hukbo', 'Itinuturing silang dalubhasa sa Pulang Hukbo noon.', 'ORG', 'Pulang Hukbo'],
    ['should find Alemanya, Inglatera and Pransya', 'Sa Alemanya, Inglatera at Pransya ay may opinyon.', 'GPE', 'Inglatera'],
    ['should find a government metonym', 'Alam nila na ang gobyerno ng Hapon ay handa.', 'GPE', 'gobyerno ng Hapon'],
    ['should find a bare number naming a unit after ng', 'Dumating ang 2 Infantry Regiment ng 7 Division kahapon.', 'MILITARY_UNIT', '7 Division'],
  ])('%s', async (_name, sentence, type, text) => {
    expect(await recognize(sentence)).toContainEqual(expect.objectContaining({ text, type }));
  });

  it.each<[string, string]>([
    ['Ang', 'Ang pananaw ng mga istoryador ay nailahad.'],
    ['Noong', 'Noong Abril 1939, sinuri nila ang sitwasyon.'],
    ['Gayunpaman', 'Gayunpaman, ang interes ay nananatili.'],
    ['Ito', 'Ito ay lantad na sinabi noon.'],
    ['Para', 'Para sa kanila ito ay mahalaga.'],
    ['Abril', 'Noong Abril, isang instruksiyon ang naipadala.'],
  ])('should never take "%s" for an entity', async (word, sentence) => {
    const found = await recognize(sentence);
    expect(found.map((item) => item.text)).not.toContain(word);
    expect(found.some((item) => item.text.split(/\s+/).includes(word))).toBe(false);
  });

  it('should read the first name of an elliptical pair as the full name', async () => {
    const found = await recognize('Isang opensiba laban sa Inner at Outer Mongolia ang inihanda.');
    expect(found).toEqual([
      { text: 'Inner', type: 'LOCATION', gazetteer: 'inner-mongolia', normalized: 'Inner Mongolia' },
      { text: 'Outer Mongolia', type: 'GPE', gazetteer: 'mongolia', normalized: 'Outer Mongolia' },
    ]);
  });

  it('should link Hapon and Unyong Sobyet to the gazetteer', async () => {
    const found = await recognize('Ang Hapon at ang Unyong Sobyet ay naglaban.');
    expect(found.map((item) => [item.text, item.gazetteer])).toEqual([
      ['Hapon', 'japan'],
      ['Unyong Sobyet', 'soviet-union'],
    ]);
  });

  it('should give code-point offsets after a non-BMP character', async () => {
    const document = documentOf(['😀 Dumating si Bogdanov kahapon.'], 'tgl');
    const [found] = await rulesRecognizer.recognize(document.segments[0]!, document, context);
    expect(found).toMatchObject({ text: 'Bogdanov', start: 14, end: 22, type: 'PERSON' });
    expect(spanText(document, found!)).toBe('Bogdanov');
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should find only the name after the personal marker among runs of dots, dashes and spaces', async () => {
    const sentence = `${'.'.repeat(5000)}${'-'.repeat(5000)}${' '.repeat(5000)}si ${'Aa '.repeat(3000)}`;
    const document = documentOf([sentence], 'tgl');
    const found = await rulesRecognizer.recognize(document.segments[0]!, document, context);
    expect(found.map((item) => item.type)).toEqual(['PERSON']);
    expect(found[0]!.start).toBe(sentence.indexOf('si ') + 3);
    expect(found[0]!.text).toMatch(/^Aa(?: Aa)*$/);
    expect(spanText(document, found[0]!)).toBe(found[0]!.text);
  });
});
