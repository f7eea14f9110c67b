import { describe, expect, it } from 'vitest';
import { compromiseRecognizer } from '../../../pipeline/entities/recognizers/compromise.js';
import type { EntityType } from '../../../pipeline/model.js';
import { documentOf, spanText, testContext } from '../helpers.js';

const context = testContext();

async function recognize(sentence: string): Promise<{ text: string; type: EntityType; start: number; end: number; normalized?: string }[]> {
  const document = documentOf([sentence]);
  const found = await compromiseRecognizer.recognize(document.segments[0]!, document, context);
  return found.map(({ text, type, start, end, normalized }) => ({ text, type, start, end, normalized }));
}

describe('compromise recogniser (English)', () => {
  it.each<[string, string, EntityType, string]>([
    ['should find initials before a surname', 'The reports of V.K. Blucher were heard.', 'PERSON', 'V.K. Blucher'],
    ['should find initials after a surname', 'Commander comrade. Shtern G.M., a member of the council.', 'PERSON', 'Shtern G.M.'],
    ['should find an upper-case surname after an initial', 'Marshal of the Soviet Union K. VOROSHILOV signed it.', 'PERSON', 'K. VOROSHILOV'],
    ['should keep a title before a name', 'It was then that Marshal Blucher spoke.', 'PERSON', 'Marshal Blucher'],
    ['should find an ordinal unit with its ordinal', 'The forces of the 40th Rifle Division advanced.', 'MILITARY_UNIT', '40th Rifle Division'],
    ['should find a long ordinal unit', 'He commanded the 2nd Separate Red Banner Army then.', 'MILITARY_UNIT', '2nd Separate Red Banner Army'],
    ['should find an army group', 'It joined the 1st Army Group in August.', 'MILITARY_UNIT', '1st Army Group'],
    ['should find a height after its name', 'Bombs fell in the area of the Zaozernaya height yesterday.', 'LOCATION', 'Zaozernaya height'],
    ['should find a river with its name', 'The experience was applied on the Khalkhin Gol River in 1939.', 'LOCATION', 'Khalkhin Gol River'],
    ['should find a bay', 'Artillery could fire west of Posyet Bay easily.', 'LOCATION', 'Posyet Bay'],
    ['should find a mount', 'The battle took place near Mount Bain-Tsagan for days.', 'LOCATION', 'Mount Bain-Tsagan'],
    ['should find a council', 'A meeting of the Main Military Council was held.', 'ORG', 'Main Military Council'],
    ['should find a commissariat with its of-parts', "Departments of the People's Commissariat of Defense of the USSR studied it.", 'ORG', "People's Commissariat of Defense of the USSR"],
    ['should find a staff named by nationality', 'Sorge wrote that the Japanese General Staff is interested.', 'ORG', 'Japanese General Staff'],
    ['should find a numbered order', 'The result was the order No. 0040 on the causes.', 'DOCUMENT', 'order No. 0040'],
    ['should find the state behind a nationality noun', 'On July 29, the Japanese launched an attack.', 'GPE', 'Japanese'],
    ['should find a government metonym', 'The Soviet government sent a note.', 'GPE', 'Soviet government'],
    ['should find the work of a citation line', 'From the book Great Generals and Their Battles author Venkov Andrey Vadimovich', 'DOCUMENT', 'Great Generals and Their Battles'],
    ['should find the author of a citation line', 'From the book Great Generals and Their Battles author Venkov Andrey Vadimovich', 'PERSON', 'Venkov Andrey Vadimovich'],
    ['should find a quoted document title', 'The "Charter of the military sanitary service of the Red Army" did not help.', 'DOCUMENT', 'Charter of the military sanitary service of the Red Army'],
    ['should find an event named after a place', 'It was called the Changkufeng Incident in Japan.', 'EVENT_NAME', 'Changkufeng Incident'],
    ['should find an event with its place', 'The Battle of Lake Poyang was fought in 1363.', 'EVENT_NAME', 'Battle of Lake Poyang'],
    ['should keep a place nested in an event name', 'The Battle of Lake Poyang was fought in 1363.', 'LOCATION', 'Lake Poyang'],
    ['should keep a body nested in a body name', 'He wrote notes to the Central Committee of the CPSU often.', 'ORG', 'CPSU'],
    ['should find a bare numbered order', 'An order was issued by the People\'s Commissar of Defense USSR No. 0040 then.', 'DOCUMENT', 'No. 0040'],
    ['should find the first name of a list of heights', 'They took the Bezymyanny, Chernaya, and Bogomolnaya heights.', 'LOCATION', 'Chernaya'],
    ['should type a Russian place name by its ending', 'The drivers went from the front to Solovyevsk and back.', 'GPE', 'Solovyevsk'],
    ['should take a place compromise spans with lower-case words before it', 'Ships shall come to the port of Philadelphia, until cleared.', 'GPE', 'Philadelphia'],
    ['should end a name before its possessive', 'The letters of Gen. Jackson\'s staff arrived.', 'PERSON', 'Gen. Jackson'],
    ['should join a name broken at a line end', 'The chair was taken by W. G. Daugh¬ try that evening.', 'PERSON', 'W. G. Daugh¬ try'],
    ['should join a name hyphened at a line end', 'Motion of William W. Cow- per was carried.', 'PERSON', 'William W. Cow- per'],
    ['should take a post-nominal after a comma', 'On motion of Samuel T. Sawyer, Esq. the meeting closed.', 'PERSON', 'Samuel T. Sawyer, Esq.'],
    ['should find a county after its name', 'The citizens of Gates county met at noon.', 'GPE', 'Gates county'],
    ['should find a region word before "of" in either case', 'Land lying in the county of Chariton is for sale.', 'GPE', 'county of Chariton'],
    ['should find a state before "of"', 'Ships from the State of Rhode-Island are stopped.', 'GPE', 'State of Rhode-Island'],
    ['should find a street hyphened to its name', 'JOHN BINNS, Chesnut-street, sells them.', 'LOCATION', 'Chesnut-street'],
    ['should keep name particles inside a titled name', 'The motion of Mr. Van der Noot was read.', 'PERSON', 'Mr. Van der Noot'],
    ['should keep an elided particle as a name word', 'Duke d’Ahremberg and his brothers came.', 'PERSON', 'Duke d’Ahremberg'],
    ['should take an abbreviated lower-case title', 'The brig Essex, capt. Orne, has arrived.', 'PERSON', 'capt. Orne'],
    ['should pass a person type along a comma list', 'They appointed Rizup Rawls, Riddick Gatling, John Willey, and others.', 'PERSON', 'Riddick Gatling'],
    ['should pass a state type along a comma list', 'It sold more land than either Dakota, Colorado, Texas or Nebraska.', 'GPE', 'Colorado'],
    ['should take a title closing a clause after a name', 'Signed, W. COWPER, Chairman.', 'PERSON', 'W. COWPER, Chairman'],
    ['should keep a civil title before a name', 'The report of Warden Hoyt was read.', 'PERSON', 'Warden Hoyt'],
    ['should keep an abbreviated title before initials', 'The guests were Mrs. T. K. Sisk and others.', 'PERSON', 'Mrs. T. K. Sisk'],
    ['should end a run where capitals give way to a capitalised name', 'Then the DEMOCRATIC Harrison men marched.', 'PERSON', 'Harrison'],
    ['should read a long s scanned as f', 'The furrs of Ruffia are much better adapted to our use.', 'GPE', 'Ruffia'],
    ['should find the place of a dateline', 'LEYDEN, Feb. 19, 1790. The states met.', 'GPE', 'LEYDEN'],
    ['should find a place in an address after a comma', 'He was followed by F. P. Greene, of Spokane, who spoke.', 'GPE', 'Spokane'],
    ['should take a region abbreviation into a place', 'He lived in Essex county, Va. near the river.', 'GPE', 'Essex county, Va.'],
    ['should read a region abbreviation loosely spaced', 'Mail goes to Santa Fe, N.M. daily.', 'GPE', 'Santa Fe, N.M.'],
    ['should make an unknown name before a region abbreviation a place', 'A letter from Catawba, O. came.', 'GPE', 'Catawba, O.'],
    ['should find a bare number naming a unit after "of"', 'They sent 2 Infantry Regiment of 7 Division there.', 'MILITARY_UNIT', '7 Division'],
    ['should find a firm of partners', 'Goods are sold by Stephens & Trammel at cost.', 'ORG', 'Stephens & Trammel'],
    ['should find a firm of three partners', 'Suits by Hart, Schaffner & Marx are here.', 'ORG', 'Hart, Schaffner & Marx'],
    ['should find a firm of as many partners as a firm name may hold', 'Signed by Adams & Baker & Carter & Dobbs & Evans & Fisher & Grant & Hayes & Irwin & Jones & Kemp & Lloyd today.', 'ORG', 'Adams & Baker & Carter & Dobbs & Evans & Fisher & Grant & Hayes & Irwin & Jones & Kemp & Lloyd'],
    ['should find a firm with its initials and firm word', 'Apply to W. C. Gaston Co. for terms.', 'ORG', 'W. C. Gaston Co.'],
    ['should find a firm whose word closes the name', 'Pianos of the W. W. Kimball Co are sold here.', 'ORG', 'W. W. Kimball Co'],
    ['should find a board with its of-part', 'WHEREAS the Board of Health have received it.', 'ORG', 'Board of Health'],
  ])('%s', async (_name, sentence, type, text) => {
    const found = await recognize(sentence);
    expect(found).toContainEqual(expect.objectContaining({ text, type }));
  });

  it.each<[string, string, string]>([
    ['should not take a title alone for a person', 'The Marshal was removed from his post.', 'Marshal'],
    ['should not find a dirt road', 'From the Soviet side there was one dirt road.', 'one dirt road'],
    ['should not find a nationality adjective with a noun', 'Soviet aviation was not used at first.', 'Soviet aviation'],
    ['should not find a question in a book title as a person', 'From the book Who Helped Hitler? Europe at war author Kirsanov Nikolai Andreevich', 'Helped Hitler?'],
    ['should not find a sentence-initial common word', 'Tension began to increase day by day.', 'Tension'],
    ['should not find a month', 'It happened in July and August.', 'July'],
    ['should not find the name inside an award', 'They were awarded the Order of Lenin for it.', 'Lenin'],
    ['should not keep the possessive ending', 'The letters of Gen. Jackson\'s staff arrived.', "Gen. Jackson's"],
    ['should not take a word after a comma that is no post-nominal', 'It was signed by Samuel T. Sawyer, Esquimalt being far.', 'Samuel T. Sawyer, Esquimalt'],
    ['should not join a capitalised word after a line-end hyphen', 'It went to Boston- Providence by rail.', 'Boston- Providence'],
    ['should not take a lower-case title after a comma', 'Then came comrade Stern, deputy. People\'s Commissar Mehlis spoke.', 'Stern, deputy'],
    ['should not take a common word broken at a line end for a name', 'It was a Classi¬ cal school of the old kind.', 'Classi¬ cal'],
    ['should not take a title after a comma when the clause goes on', 'It was Smith Petrov, Chairman of the board, who spoke.', 'Smith Petrov, Chairman'],
    ['should not take a lower-case full title into the name', 'The speech of comrade Frinovsky was heard.', 'comrade Frinovsky'],
    ['should not join a particle without a name after it', 'Then Van der was heard, and the rest.', 'Van der'],
    ['should not pass a tagged type across a conjunction', 'Alexander found Pskov and Koporye in the hands of the Order.', 'Koporye'],
    ['should not read a place from "of" without the comma', 'The army of Dijon marched.', 'Dijon'],
    ['should not take a region abbreviation run into a word', 'He went to Richmond, Vance said.', 'Richmond, Va'],
    ['should not make a firm of a comma list without an ampersand', 'He met Hart, Schaffner, Marx yesterday.', 'Hart, Schaffner, Marx'],
    ['should not make a firm of a chain of names longer than any firm name', 'Signed by Adams & Baker & Carter & Dobbs & Evans & Fisher & Grant & Hayes & Irwin & Jones & Kemp & Lloyd & Moore today.', 'Adams & Baker & Carter & Dobbs & Evans & Fisher & Grant & Hayes & Irwin & Jones & Kemp & Lloyd & Moore'],
    ['should not take a count before a unit word for a unit', 'They sent 2 Infantry Regiment of 7 Division there.', '2 Infantry Regiment'],
    ['should not take a lone letter for a surname', 'It was built A. D. 1899 by hand.', 'A. D'],
    ['should not take a people\'s name in -ian for a surname', 'The envoy met the Prussian ministers.', 'Prussian'],
    ['should not take a region word without "of"', 'He moved to Green County Georgia in May.', 'County Georgia'],
    ['should not take a region word before a locative connector', 'The place called Old Town on Chattahoochy is far.', 'Town on Chattahoochy'],
    ['should not read a long s into a word that needs none', 'The Faff were a common sort then.', 'Faff'],
    ['should not take a month after a name for a dateline without a day', 'Hinton, August came and went.', 'Hinton'],
    ['should not pass a state type across a bare comma outside a list', 'The Charge d\'Affaires of the Japanese Embassy in the USSR, Nishi, tried.', 'Nishi'],
    ['should not take a region word after "of"', 'The Secretary of State of the United States wrote.', 'State of the United States'],
    ['should not make a body of a title and initials', 'Signed by the Marshal of the Soviet Union K. VOROSHILOV today.', 'Soviet Union K'],
  ])('%s', async (_name, sentence, text) => {
    const found = await recognize(sentence);
    expect(found.map((item) => item.text)).not.toContain(text);
  });

  it('should not find "Soviet aviation" or "Marshal" anywhere in a mixed sentence', async () => {
    const found = await recognize('Soviet aviation struck, and the Marshal waited.');
    expect(found.map((item) => item.text)).toEqual([]);
  });

  it('should give code-point offsets after a non-BMP character', async () => {
    const sentence = '𝔸😀 Then V.K. Blucher went to Moscow.';
    const document = documentOf([sentence]);
    const found = await compromiseRecognizer.recognize(document.segments[0]!, document, context);
    const blucher = found.find((item) => item.type === 'PERSON')!;
    expect(blucher.start).toBe(8);
    expect(blucher.end).toBe(20);
    expect(spanText(document, blucher)).toBe('V.K. Blucher');
    const moscow = found.find((item) => item.text === 'Moscow')!;
    expect(spanText(document, moscow)).toBe('Moscow');
    expect(moscow.start).toBe(29);
  });

  it('should give code-point offsets to trimmed and extended names after a non-BMP character', async () => {
    const sentence = '𝔸😀 Gen. Jackson’s aide met Samuel T. Sawyer, Esq. there.';
    const document = documentOf([sentence]);
    const found = await compromiseRecognizer.recognize(document.segments[0]!, document, context);
    const people = found.filter((item) => item.type === 'PERSON').map((item) => [item.start, item.end, spanText(document, item), item.normalized]);
    expect(people).toEqual([
      [3, 15, 'Gen. Jackson', 'Jackson'],
      [27, 49, 'Samuel T. Sawyer, Esq.', 'Samuel T. Sawyer'],
    ]);
  });

  it('should strip titles and case endings in the normalized name', async () => {
    const found = await recognize('The commander was comrade. Koneva I.S. and no one else.');
    expect(found).toContainEqual(expect.objectContaining({ text: 'Koneva I.S.', normalized: 'Konev I. S.' }));
  });

  it('should give each ordinal of a list its own unit', async () => {
    const found = await recognize('The corps included the 32nd, 40th, and 39th Rifle Divisions.');
    expect(found.filter((item) => item.type === 'MILITARY_UNIT').map((item) => [item.text, item.normalized])).toEqual([
      ['32nd', '32nd Infantry Division'],
      ['40th', '40th Infantry Division'],
      ['39th Rifle Divisions', '39th Infantry Division'],
    ]);
  });

  // Timing on these inputs lives in bench/pathological.ts; here, what they must produce.
  it.each([
    ['dots, dashes and spaces', `${'.'.repeat(5000)} ${'- '.repeat(5000)}${' '.repeat(5000)}A. B. C. ${'Xx '.repeat(2000)}`],
    ['ampersands, breaks, particles and commas', `${'Xx & '.repeat(3000)}${'Ab¬ cd '.repeat(3000)}${'Van der '.repeat(3000)}${'Yy, '.repeat(3000)}Va. ${'Mr. '.repeat(2000)}`],
  ])('should find no entity made of punctuation in runs of %s, and slice each to its text', async (_name, sentence) => {
    const document = documentOf([sentence]);
    const found = await compromiseRecognizer.recognize(document.segments[0]!, document, context);
    // No name runs over the firm pattern's cap of 12 words (MAX_FIRM_WORDS); an ampersand chain was one 15,009-character ORG.
    expect(found.filter((item) => item.text.split(/\s+/u).length > 12).map((item) => item.text.length)).toEqual([]);
    const chars = [...sentence];
    for (const item of found) {
      expect(chars.slice(item.start, item.end).join('')).toBe(item.text);
      expect(item.text).toMatch(/^\p{L}(?:.*[\p{L}.])?$/su);
      expect(item.text).not.toMatch(/\.\.|--/);
    }
  });
});
