import { describe, expect, it } from 'vitest';
import { entityLexicon } from '../../../pipeline/entities/lexicon.js';
import { placeBase } from '../../../pipeline/entities/name-keys.js';
import { languagePack } from '../../../pipeline/lang/index.js';
import type { EntityType } from '../../../pipeline/model.js';
import { recognizeEntities } from '../../../pipeline/stages/entities.js';
import { documentOf, spanText, testContext } from '../helpers.js';

interface Seen {
  text: string;
  type: EntityType;
  normalized: string;
  start: number;
}

async function mentionsOf(sentence: string, language: string): Promise<Seen[]> {
  const document = documentOf([sentence], language);
  const { mentions } = await recognizeEntities(document, testContext());
  for (const mention of mentions) expect(spanText(document, mention)).toBe(mention.text);
  return mentions.map(({ text, type, normalized, start }) => ({ text, type, normalized, start }));
}

// Names chosen outside the gazetteer, so that the terrain rules alone decide.
describe('places named with a terrain word', () => {
  it.each<[string, string, string, EntityType, string]>([
    ['eng', 'The column crossed Kayapa Pass at dawn.', 'Kayapa Pass', 'LOCATION', 'Kayapa Pass'],
    ['eng', 'Boats waited in Sogod Bay for the rain to stop.', 'Sogod Bay', 'LOCATION', 'Sogod Bay'],
    ['eng', 'Boats waited in the Bay of Sogod for the rain to stop.', 'Bay of Sogod', 'LOCATION', 'Bay of Sogod'],
    ['eng', 'The patrol climbed Mt. Kalatungan before noon.', 'Mt. Kalatungan', 'LOCATION', 'Mount Kalatungan'],
    ['eng', 'Supplies came through the Strait of Basilan each week.', 'Strait of Basilan', 'LOCATION', 'Strait of Basilan'],
    ['eng', 'They camped on the Zamboanga Peninsula in June.', 'Zamboanga Peninsula', 'LOCATION', 'Zamboanga Peninsula'],
    ['tgl', 'Tumawid ang hukbo sa Pasong Kayapa nang madaling-araw.', 'Pasong Kayapa', 'LOCATION', 'Kayapa Pass'],
    ['tgl', 'Naghintay ang mga bangka sa Look ng Sogod.', 'Look ng Sogod', 'LOCATION', 'Sogod Bay'],
    ['tgl', 'Umakyat sila sa Bundok Kalatungan bago magtanghali.', 'Bundok Kalatungan', 'LOCATION', 'Mount Kalatungan'],
    ['tgl', 'Tumawid sila sa Ilog Agusan noong Hunyo.', 'Ilog Agusan', 'LOCATION', 'Agusan River'],
    ['tgl', 'Nagkampo sila sa Pulo ng Sibutu noong Hunyo.', 'Pulo ng Sibutu', 'LOCATION', 'Sibutu Island'],
    ['tgl', 'Dumating sila sa Lungsod ng Ormoc kahapon.', 'Lungsod ng Ormoc', 'GPE', 'Ormoc City'],
  ])('should type and name a %s terrain name: %s', async (language, sentence, text, type, normalized) => {
    expect(await mentionsOf(sentence, language)).toContainEqual(expect.objectContaining({ text, type, normalized }));
  });

  it('should give code-point offsets after a character outside the BMP', async () => {
    const sentence = '😀 Tumawid sila sa Pasong Kayapa.';
    const found = await mentionsOf(sentence, 'tgl');
    expect(found).toContainEqual({ text: 'Pasong Kayapa', type: 'LOCATION', normalized: 'Kayapa Pass', start: [...sentence].indexOf('P') });
    expect(found[0]!.start).toBe(18);
  });

  it.each<[string, string, string]>([
    ['eng', 'He walked to the pass alone.', 'pass'],
    ['tgl', 'Tumawid sila sa ilog noong Hunyo.', 'ilog'],
    ['tgl', 'Ang look ay tahimik noon.', 'look'],
  ])('should not make a place of a lower-case terrain word alone (%s: %s)', async (language, sentence, word) => {
    const found = await mentionsOf(sentence, language);
    expect(found.map((mention) => mention.text.toLowerCase())).not.toContain(word);
  });
});

describe('places a terrain cue types', () => {
  it.each<[string, string, string, EntityType]>([
    ['eng', 'The marines landed on Sibutu in March.', 'Sibutu', 'LOCATION'],
    ['eng', 'Guerrillas hid on the island of Tabuan for a year.', 'Tabuan', 'LOCATION'],
    ['eng', 'They dug in on the slopes of Kalatungan.', 'Kalatungan', 'LOCATION'],
    ['tgl', 'Lumapag sa Sibutu ang mga marino noong Marso.', 'Sibutu', 'LOCATION'],
    ['tgl', 'Nagtago sila sa pulo ng Tabuan nang isang taon.', 'Tabuan', 'LOCATION'],
    ['tgl', 'Nagkubli sila sa paanan ng Kalatungan.', 'Kalatungan', 'LOCATION'],
    ['eng', 'Two cruisers sank off Tabuan that night.', 'Tabuan', 'LOCATION'],
    ['eng', 'The fighting on Sibutu lasted a week.', 'Sibutu', 'LOCATION'],
    // A plain place cue still gives a state-like place: towns are GPE, and so is the
    // place a movement goes against.
    ['eng', 'The rebels met in Sariaya in March.', 'Sariaya', 'GPE'],
    ['eng', 'The brigade marched on Sariaya in March.', 'Sariaya', 'GPE'],
    ['tgl', 'Nagpulong ang mga rebelde sa Sariaya noong Marso.', 'Sariaya', 'GPE'],
  ])('should type the name after a %s cue: %s', async (language, sentence, text, type) => {
    expect(await mentionsOf(sentence, language)).toContainEqual(expect.objectContaining({ text, type }));
  });
});

describe('place keys', () => {
  const eng = entityLexicon(languagePack('eng'));
  const tgl = entityLexicon(languagePack('tgl'));

  it.each<[string, string, string, string]>([
    ['City of Ormoc', 'eng', 'Ormoc', 'eng'],
    ['Kayapa Pass', 'tgl', 'Kayapa Pass', 'eng'],
    ['Agusan River', 'tgl', 'Agusan River', 'eng'],
    ['Ormoc City', 'tgl', 'Ormoc', 'eng'],
  ])('should key "%s" (%s) as "%s" (%s)', (a, la, b, lb) => {
    const lexicon = (code: string): typeof eng => (code === 'eng' ? eng : tgl);
    expect(placeBase(a, lexicon(la))).toBe(placeBase(b, lexicon(lb)));
  });

  it('should keep a terrain word that names a place of its own', () => {
    expect(placeBase('Sogod Bay', tgl)).not.toBe(placeBase('Sogod', tgl));
    expect(placeBase('Bay of Sogod', eng)).not.toBe(placeBase('Sogod', eng));
  });
});
