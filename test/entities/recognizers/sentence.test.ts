import { describe, expect, it } from 'vitest';
import { compromiseRecognizer } from '../../../pipeline/entities/recognizers/compromise.js';
import { rulesRecognizer } from '../../../pipeline/entities/recognizers/rules.js';
import type { Recognizer } from '../../../pipeline/entities/recognizer.js';
import type { EntityType } from '../../../pipeline/model.js';
import { documentOf, spanText, testContext } from '../helpers.js';

const context = testContext();

interface Found {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  normalized: string | undefined;
}

const backends: Readonly<Record<string, Recognizer>> = { eng: compromiseRecognizer, tgl: rulesRecognizer };

/** The candidates of one sentence, each checked to slice the document at its code-point offsets. */
async function recognize(sentence: string, language: string): Promise<Found[]> {
  const document = documentOf([sentence], language);
  const found = await backends[language]!.recognize(document.segments[0]!, document, context);
  for (const candidate of found) expect(spanText(document, candidate)).toBe(candidate.text);
  return found.map(({ text, type, start, end, normalized }) => ({ text, type, start, end, normalized }));
}

/** Names no gazetteer entry holds, so the rules themselves must find them. */
describe('name shapes of unseen sources', () => {
  it.each<[string, string, string, string, EntityType]>([
    ['should keep a middle initial, a title word as surname and Jr.', 'eng', 'Major General Edward P. King Jr. surrendered the force.', 'Major General Edward P. King Jr.', 'PERSON'],
    ['should take Jr. after a titled name', 'eng', 'Senator Benigno Aquino Jr. was arrested that night.', 'Senator Benigno Aquino Jr.', 'PERSON'],
    ['should take Jr. after a name found by its given name', 'eng', 'Later Teodoro Balmaceda Jr. spoke to the crowd.', 'Teodoro Balmaceda Jr.', 'PERSON'],
    ['should take III after a titled name', 'eng', 'Then Emperor Ludovico Ferrante III left the city.', 'Emperor Ludovico Ferrante III', 'PERSON'],
    ['should end a titled name at its possessive', 'eng', "Vice Admiral Takeru Okabashi's ships turned back.", 'Vice Admiral Takeru Okabashi', 'PERSON'],
    ['should type a run opened by a given name as a person', 'eng', 'At dawn Apolinario Tumbaga read the act aloud.', 'Apolinario Tumbaga', 'PERSON'],
    ['should take Jr. in Tagalog', 'tgl', 'Ipinakulong si Senador Benigno Bantugan Jr. sa kampo.', 'Senador Benigno Bantugan Jr.', 'PERSON'],
    ['should take a particle opening a surname after si', 'tgl', 'Napatay si del Pilaran noong Disyembre.', 'del Pilaran', 'PERSON'],
    ['should find a title with its linker', 'tgl', 'Nilagdaan ni Pangulong Teodoro Makabayan ang batas.', 'Pangulong Teodoro Makabayan', 'PERSON'],
  ])('%s (%s)', async (_name, language, sentence, text, type) => {
    expect(await recognize(sentence, language)).toContainEqual(expect.objectContaining({ text, type }));
  });
});

describe('places cued by their neighbours', () => {
  it.each<[string, string, string, string, EntityType]>([
    ['should read a name after "on" as a place of land, not a state (an island)', 'eng', 'The last troops held out on Kalbayog until April.', 'Kalbayog', 'LOCATION'],
    ['should read a name after "left" as a place', 'eng', 'The general left Tambuli for the south a month earlier.', 'Tambuli', 'GPE'],
    ['should read a name after "part of" as a place', 'eng', 'The treaty gave away part of Lorraine to them.', 'Lorraine', 'GPE'],
    ['should read the second part of an address as a place', 'eng', 'He was born in Malabrigo, Isabela, in 1869.', 'Isabela', 'GPE'],
    ['should read the first part of an address as a place', 'eng', 'He was born in Malabrigo, Isabela, in 1869.', 'Malabrigo', 'GPE'],
    ['should read a name after "sa" as a place over a surname ending', 'tgl', 'Ang Sigaw sa Pugad Lawin', 'Pugad Lawin', 'GPE'],
    ['should read a name with a particle after "sa" as a place', 'tgl', 'Nagpulong sila sa Tejerosa, San Isidro de Malabon, Kabite, habang umuurong.', 'San Isidro de Malabon', 'GPE'],
    ['should read the province after a place and a comma', 'tgl', 'Ipinanganak siya sa Kawitan, Kabite.', 'Kabite', 'GPE'],
    ['should read a name after "tulay ng" as a place', 'tgl', 'Nagpaputok sila malapit sa tulay ng San Isidro noon.', 'San Isidro', 'GPE'],
    ['should read a name after "port of" as a place', 'eng', 'The ships left the port of Iloilo that year.', 'Iloilo', 'GPE'],
    ['should type a camp as a place of its own', 'eng', "The prisoners were marched to Camp O'Dowd.", "Camp O'Dowd", 'LOCATION'],
    ['should type a Tagalog camp as a place of its own', 'tgl', 'Marami ang namatay sa Kampo Dalisay dahil sa gutom.', 'Kampo Dalisay', 'LOCATION'],
    ['should type an airport as a place of its own', 'eng', 'He was shot at Tanauan International Airport that day.', 'Tanauan International Airport', 'LOCATION'],
  ])('%s (%s)', async (_name, language, sentence, text, type) => {
    expect(await recognize(sentence, language)).toContainEqual(expect.objectContaining({ text, type }));
  });

  it.each<[string, string, string, string]>([
    ['should not read a name after "para sa" as a place', 'tgl', 'Ang Ministro para sa Ugnayang Panlabas ay dumating.', 'GPE'],
    ['should not read a name after "according to" as a place', 'eng', 'According to Balmaceda, the march lasted six days.', 'GPE'],
    ['should not read a possessive after "at" as a place', 'eng', "They met at Tumbaga's house that night.", 'GPE'],
  ])('%s (%s)', async (_name, language, sentence, type) => {
    expect((await recognize(sentence, language)).filter((found) => found.type === type)).toEqual([]);
  });
});

describe('formations, states and documents of unseen sources', () => {
  it.each<[string, string, string, string, EntityType]>([
    ['should split a unit from "on" and its place', 'eng', 'He surrendered the Tarlac Force on Kalbayog to them.', 'Tarlac Force', 'MILITARY_UNIT'],
    ['should leave the place after a unit and "sa" its own', 'tgl', 'Isinuko niya ang Tarlac Force sa Kalbayog.', 'Kalbayog', 'GPE'],
    ['should keep a dotted acronym before a formation', 'eng', 'Troops of the U.S. Ninth Army landed at dawn.', 'U.S. Ninth Army', 'MILITARY_UNIT'],
    ['should keep a dotted acronym before an ordinal unit', 'eng', 'They fought under the U.S. 7th Infantry Division then.', 'U.S. 7th Infantry Division', 'MILITARY_UNIT'],
    ['should take the words after a unit head up to another head', 'eng', 'The 20th Battalion Combat Team held the line.', '20th Battalion Combat Team', 'MILITARY_UNIT'],
    ['should end an ordinal unit at a closing arm', 'eng', 'Private Grayson of the 1st Dakota Volunteer Infantry fired first.', '1st Dakota Volunteer Infantry', 'MILITARY_UNIT'],
    ['should find a unit named with "of"', 'eng', 'They encircled the Army of the Somme at dawn.', 'Army of the Somme', 'MILITARY_UNIT'],
    ['should read a plural nationality as its state', 'eng', 'Thousands of Filipinos and Americans died on the way.', 'Filipinos', 'GPE'],
    ['should read the Spaniards as their state', 'eng', 'The Spaniards still held the walled city.', 'Spaniards', 'GPE'],
    ['should read members as their body', 'tgl', 'Nagpulong ang mga Katipunero sa bundok.', 'Katipunero', 'ORG'],
    ['should read a linked government metonym as its state', 'tgl', 'Lumaban sila sa pamahalaang Espanyol noon.', 'pamahalaang Espanyol', 'GPE'],
    ['should find a named treaty', 'eng', 'The Treaty of Frankfort was signed in May.', 'Treaty of Frankfort', 'DOCUMENT'],
    ['should find a Tagalog named treaty', 'tgl', 'Natapos ito sa Kasunduan sa Versalles noong 1919.', 'Kasunduan sa Versalles', 'DOCUMENT'],
    ['should find a Tagalog numbered document', 'tgl', 'Nilagdaan niya ang Proklamasyon Blg. 1082 noon.', 'Proklamasyon Blg. 1082', 'DOCUMENT'],
    ['should find a war named by linked nationalities', 'tgl', 'Sumiklab ang Digmaang Pilipino-Amerikano noong 1899.', 'Digmaang Pilipino-Amerikano', 'EVENT_NAME'],
  ])('%s (%s)', async (_name, language, sentence, text, type) => {
    expect(await recognize(sentence, language)).toContainEqual(expect.objectContaining({ text, type }));
  });

  it.each<[string, string, string, string]>([
    ['should not read a nationality adjective as a state', 'eng', 'Some 76,000 Filipino and American soldiers became prisoners.', 'Filipino'],
    ['should not read a Tagalog nationality adjective as a state', 'tgl', 'Isinuko niya ang mga hukbong Pilipino at Amerikano.', 'Amerikano'],
    ['should not read initials before a formation as a person', 'eng', 'Troops of the U.S. Ninth Army landed at dawn.', 'U.S. Ninth'],
    ['should not let a unit name run on over "on" and a place', 'eng', 'He surrendered the Tarlac Force on Kalbayog to them.', 'Tarlac Force on Kalbayog'],
    ['should not let a unit name run on over "sa" and a place', 'tgl', 'Isinuko niya ang Tarlac Force sa Kalbayog.', 'Tarlac Force sa Kalbayog'],
    ['should not make a minister\'s name an event', 'tgl', 'Ang Ministro ng Digmaang Itagaki ay nagsalita.', 'Digmaang Itagaki'],
    ['should not join a regiment to the division after "ng"', 'tgl', 'Dumating ang Cavalry Regiment ng Khingan Division.', 'Cavalry Regiment ng Khingan Division'],
  ])('%s (%s)', async (_name, language, sentence, text) => {
    expect((await recognize(sentence, language)).map((found) => found.text)).not.toContain(text);
  });
});

describe('code-point offsets of the new shapes', () => {
  it.each<[string, string, string, string, number, number]>([
    ['should offset a name with Jr. after a non-BMP character', 'eng', '𝔸 Senator Benigno Aquino Jr. was arrested.', 'Senator Benigno Aquino Jr.', 2, 28],
    ['should offset a cued place after a non-BMP character', 'tgl', '😀 Ipinanganak siya sa Kawitan, Kabite.', 'Kabite', 31, 37],
    ['should offset a dotted acronym unit after a non-BMP character', 'eng', '𝔸 Troops of the U.S. Ninth Army landed.', 'U.S. Ninth Army', 16, 31],
  ])('%s (%s)', async (_name, language, sentence, text, start, end) => {
    expect(await recognize(sentence, language)).toContainEqual(expect.objectContaining({ text, start, end }));
  });
});

describe('pathological input', () => {
  it.each<[string, string, string]>([
    ['should find nothing in a long run of dotted capitals', 'eng', `${'U.S. '.repeat(2000)}ended.`],
    ['should find nothing in a long run of suffixes', 'eng', `${'Jr. '.repeat(2000)}ended.`],
    ['should find nothing in a long run of cue words', 'tgl', `${'sa '.repeat(3000)}wakas.`],
    ['should find nothing in long runs of dots, dashes and spaces', 'eng', `${'.'.repeat(5000)}${'-'.repeat(5000)}${' '.repeat(5000)}x`],
  ])('%s (%s)', async (_name, language, sentence) => {
    const found = await recognize(sentence, language);
    expect(found.filter((item) => item.type === 'PERSON' || item.type === 'MILITARY_UNIT')).toEqual([]);
  });
});

describe('people named in full elsewhere in the document', () => {
  it.each<[string, string, string[], string]>([
    ['should read a bare surname the document gives in full as a person', 'eng', ['General Emilio Bantayog proclaimed it.', 'Later Bantayog left.'], 'Bantayog'],
    ['should read a bare surname after a given-name run as a person', 'eng', ['Apolinario Tumbaga read it.', 'The next day Tumbaga left.'], 'Tumbaga'],
    ['should read a bare Tagalog surname the document gives in full as a person', 'tgl', ['Nahalal si Emilio Bantayog bilang pangulo.', 'Tumutol ang lahat nang dumating ang Bantayog noon.'], 'Bantayog'],
  ])('%s (%s)', async (_name, language, sentences, text) => {
    const document = documentOf(sentences, language);
    const found = await backends[language]!.recognize(document.segments[1]!, document, context);
    expect(found).toContainEqual(expect.objectContaining({ text, type: 'PERSON' }));
  });

  it('should not read a one-word name as a person when no full name has that surname', async () => {
    const document = documentOf(['General Emilio Bantayog proclaimed it.', 'Tumutol ang lahat nang dumating ang Tumbaga noon.'], 'tgl');
    const found = await rulesRecognizer.recognize(document.segments[1]!, document, context);
    expect(found.filter((item) => item.type === 'PERSON')).toEqual([]);
  });
});
