import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../pipeline/model.js';
import { recognizeEntities } from '../../../pipeline/stages/entities.js';
import { equipment } from '../../../pipeline/entities/patterns/equipment.js';
import { equipmentWords } from '../../../pipeline/entities/equipment-words.js';
import { entityLexicon } from '../../../pipeline/entities/lexicon.js';
import { gazetteer } from '../../../pipeline/entities/gazetteer.js';
import { languagePack } from '../../../pipeline/lang/index.js';
import { tokenize } from '../../../pipeline/entities/tokens.js';
import { documentOf, spanText, testContext } from '../helpers.js';

async function mentionsOf(sentence: string, language: string): Promise<{ mentions: Mention[]; text: (mention: Mention) => string }> {
  const document = await recognizeEntities(documentOf([sentence], language), testContext());
  return { mentions: document.mentions, text: (mention) => spanText(document, mention) };
}

async function typed(sentence: string, language: string): Promise<string[]> {
  const { mentions, text } = await mentionsOf(sentence, language);
  return mentions.map((mention) => `${text(mention)}|${mention.type}`);
}

describe('equipment', () => {
  it.each<[string, string, string, string[]]>([
    ['should keep a ship prefix with its name', 'eng', 'The submarine HMS Conqueror sailed south.', ['HMS Conqueror|WEAPON_EQUIPMENT']],
    ['should read a prefixed name as a ship, not a place', 'eng', 'An Exocet missile struck HMS Sheffield.', ['Exocet|WEAPON_EQUIPMENT', 'HMS Sheffield|WEAPON_EQUIPMENT']],
    ['should read a name after a vessel noun as a ship, not a titled person', 'eng', 'They sank the cruiser General Belgrano on 2 May.', ['General Belgrano|WEAPON_EQUIPMENT']],
    ['should keep a ship prefix before a titled name', 'eng', 'The ARA General Belgrano sank.', ['ARA General Belgrano|WEAPON_EQUIPMENT']],
    ['should read every name of a list after a plural noun', 'eng', 'The carriers Akagi, Kaga, Soryu and Hiryu were lost.', ['Akagi|WEAPON_EQUIPMENT', 'Kaga|WEAPON_EQUIPMENT', 'Soryu|WEAPON_EQUIPMENT', 'Hiryu|WEAPON_EQUIPMENT']],
    ['should read a model and the name after its noun', 'eng', 'The B-29 bomber Enola Gay dropped the bomb Little Boy.', ['B-29|WEAPON_EQUIPMENT', 'Enola Gay|WEAPON_EQUIPMENT', 'Little Boy|WEAPON_EQUIPMENT']],
    ['should read models before a noun and in the plural', 'eng', 'Soviet T-34 tanks met B-29s and A6M fighters.', ['B-29s|WEAPON_EQUIPMENT', 'T-34|WEAPON_EQUIPMENT', 'A6M|WEAPON_EQUIPMENT'].sort()],
    ['should keep a model with the name after it', 'eng', 'American B-29 Superfortress bombers attacked.', ['B-29 Superfortress|WEAPON_EQUIPMENT']],
    ['should read a name after a vessel noun over a place label', 'eng', 'The cruiser Manila sank.', ['Manila|WEAPON_EQUIPMENT']],
    ['should read a name after a linked Tagalog noun', 'tgl', 'Lumubog ang barkong Akagi.', ['Akagi|WEAPON_EQUIPMENT']],
    ['should read a Tagalog list after the plural marker', 'tgl', 'Lumubog ang mga barkong Akagi, Kaga, Soryu at Hiryu.', ['Akagi|WEAPON_EQUIPMENT', 'Kaga|WEAPON_EQUIPMENT', 'Soryu|WEAPON_EQUIPMENT', 'Hiryu|WEAPON_EQUIPMENT']],
    ['should read names after a noun, a modifier and a linker', 'tgl', 'Lumubog ang kruser na General Belgrano at ang barkong pandigma na Yamato.', ['General Belgrano|WEAPON_EQUIPMENT', 'Yamato|WEAPON_EQUIPMENT']],
    ['should read a Tagalog model and the name linked to it', 'tgl', 'Ibinagsak ng eroplanong B-29 na Enola Gay ang bombang Little Boy.', ['B-29|WEAPON_EQUIPMENT', 'Enola Gay|WEAPON_EQUIPMENT', 'Little Boy|WEAPON_EQUIPMENT']],
    ['should read a weapon after a Tagalog noun and a prefixed ship', 'tgl', 'Tinamaan ng misil na Exocet ang HMS Sheffield.', ['Exocet|WEAPON_EQUIPMENT', 'HMS Sheffield|WEAPON_EQUIPMENT']],
    ['should read a quoted name after a naming word', 'eng', 'A ship named “Victoria” sailed, and the bomb "Little Boy" fell.', ['Victoria|WEAPON_EQUIPMENT', 'Little Boy|WEAPON_EQUIPMENT']],
    ['should read a quoted name after a Tagalog naming word', 'tgl', 'Ibinagsak nila ang bombang tinawag na "Little Boy".', ['Little Boy|WEAPON_EQUIPMENT']],
    ['should keep a hyphenated English title with the name', 'eng', 'Governor-General Rafael Izquierdo ordered it.', ['Governor-General Rafael Izquierdo|PERSON']],
    ['should keep a hyphenated title like a spaced one', 'eng', 'Lieutenant-General Arthur Percival met Lieutenant General Tomoyuki Yamashita.', ['Lieutenant-General Arthur Percival|PERSON', 'Lieutenant General Tomoyuki Yamashita|PERSON']],
    ['should keep a hyphenated Tagalog title with the name', 'tgl', 'Sumuko si Tenyente-Heneral Arthur Percival kay Gobernador-Heneral Rafael Izquierdo.', ['Tenyente-Heneral Arthur Percival|PERSON', 'Gobernador-Heneral Rafael Izquierdo|PERSON']],
  ])('%s', async (_name, language, sentence, expected) => {
    const found = await typed(sentence, language);
    const equipmentOrPeople = found.filter((entry) => /\|(WEAPON_EQUIPMENT|PERSON)$/.test(entry));
    expect(equipmentOrPeople.sort()).toEqual([...expected].sort());
  });

  it.each<[string, string, string]>([
    ['should find nothing in a prefix alone', 'eng', 'The letters HMS were painted over.'],
    ['should find nothing in a model without an equipment noun', 'eng', 'Room B-29 was closed on 12 May 1945.'],
    ['should not read a body named with a title as equipment', 'eng', 'The General Assembly met.'],
    ['should leave a city a city', 'eng', 'He was born in Sheffield.'],
    ['should not read a noun used as a verb as a cue', 'eng', 'They planned to bomb Manila.'],
    ['should not read a single name after a plural noun', 'eng', 'The tanks Germany sent were old.'],
    ['should not read a people after a Tagalog noun', 'tgl', 'Dumating ang barkong Hapon.'],
    ['should not read a people before a noun', 'eng', 'Soviet aircraft attacked.'],
    ['should not read a name whose quote is never closed', 'eng', 'The bomb "Little Boy was big.'],
    ['should not read title case as a cue', 'eng', 'From the book Aircraft Carriers, Volume 2.'],
  ])('%s', async (_name, language, sentence) => {
    const found = await typed(sentence, language);
    expect(found.filter((entry) => entry.endsWith('|WEAPON_EQUIPMENT'))).toEqual([]);
  });

  it('should leave a place name a place', async () => {
    expect(await typed('He was born in Sheffield.', 'eng')).toEqual(['Sheffield|GPE']);
  });

  it('should give code-point offsets after a non-BMP character', async () => {
    const { mentions } = await mentionsOf('😀 𝔸 HMS Sheffield sank.', 'eng');
    const ship = mentions.find((mention) => mention.type === 'WEAPON_EQUIPMENT');
    expect(ship).toMatchObject({ start: 4, end: 17, text: 'HMS Sheffield' });
  });

  it('should read its nouns from the language data', () => {
    expect(equipmentWords('eng').before.get('carriers')).toEqual({ normal: 'carrier', many: true });
    expect(equipmentWords('tgl').pluralMarkers.has('mga')).toBe(true);
    expect(equipmentWords('eng').shipPrefixes.has('HMS')).toBe(true);
  });

  it.each<[string, string, number, string | null]>([
    ['a run of half models', 'B-'.repeat(5000), 0, null],
    ['a run of models before their noun', 'B-29 tanks '.repeat(3000), 3000, 'B-29'],
    ['a run of ship prefixes', 'HMS '.repeat(5000), 0, null],
    ['a list of thousands of names after a plural noun', `the carriers ${'Akagi, '.repeat(3000)}and Kaga`, 3001, 'Kaga'],
    ['a run of dashes', '-'.repeat(20000), 0, null],
    ['a run of dots', '.'.repeat(20000), 0, null],
    ['a run of spaces', ' '.repeat(20000), 0, null],
  ])('should read pathological input (%s) for what it holds', (_, text, count, last) => {
    const found = equipment({ text, tokens: tokenize(text), lexicon: entityLexicon(languagePack('eng')), gazetteer: gazetteer() });
    expect(found).toHaveLength(count);
    expect(found.every((item) => item.type === 'WEAPON_EQUIPMENT' && text.slice(item.start, item.end) === item.normalized)).toBe(true);
    const final = found.at(-1);
    expect(final ? text.slice(final.start, final.end) : null).toBe(last);
  });
});
