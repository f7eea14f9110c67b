import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../pipeline/entities/link.js';
import type { Corpus, Document, EntityType, Mention } from '../../pipeline/model.js';
import { documentOf, testContext } from './helpers.js';

const context = testContext();

/** A document holding the given mentions (spans are placeholders; linking reads names). */
function withMentions(id: string, language: string, items: [string, EntityType, string, string | null][]): Document {
  const document = documentOf(items.map(([text]) => text), language, id);
  const mentions: Mention[] = items.map(([text, type, normalized, gazetteer], i) => ({
    id: `m-${id}-${i}`,
    segment: document.segments[i]!.id,
    start: document.segments[i]!.start,
    end: document.segments[i]!.end,
    text,
    type,
    language,
    normalized,
    gazetteer,
    recognizer: 'test',
  }));
  return { ...document, mentions };
}

function corpusOf(...documents: Document[]): Corpus {
  return { documents, duplicates: [], entities: [], events: [], claims: [] };
}

/** Entity name -> sorted alias texts. */
function inventory(corpus: Corpus): Record<string, string[]> {
  return Object.fromEntries(corpus.entities.map((entity) => [`${entity.type} ${entity.name}`, entity.aliases.map((alias) => alias.text)]));
}

describe('linkEntities', () => {
  it('should merge spelling variants through the gazetteer', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [
          ['Blucher', 'PERSON', 'Blucher', null],
          ['Comrade Blyukher', 'PERSON', 'Blyukher', null],
          ['Lake Hasan', 'LOCATION', 'Lake Hasan', null],
          ['Lake Khasan', 'LOCATION', 'Lake Khasan', null],
          ['Segemitsu', 'PERSON', 'Segemitsu', null],
          ['Ambassador Shigemitsu', 'PERSON', 'Shigemitsu', null],
        ]),
      ),
      context,
    );
    expect(inventory(corpus)).toEqual({
      'PERSON Vasily Blyukher': ['Blucher', 'Comrade Blyukher'],
      'LOCATION Lake Khasan': ['Lake Hasan', 'Lake Khasan'],
      'PERSON Mamoru Shigemitsu': ['Ambassador Shigemitsu', 'Segemitsu'],
    });
    expect(corpus.entities.find((entity) => entity.name === 'Vasily Blyukher')?.id).toBe('en-vasily-blyukher');
  });

  it('should link a Tagalog terrain name to its English form across documents', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [['Kayapa Pass', 'LOCATION', 'Kayapa Pass', null], ['City of Ormoc', 'GPE', 'City of Ormoc', null], ['Sogod Bay', 'LOCATION', 'Sogod Bay', null]]),
        withMentions('d2', 'tgl', [['Pasong Kayapa', 'LOCATION', 'Kayapa Pass', null], ['Lungsod ng Ormoc', 'GPE', 'Ormoc City', null], ['Sogod', 'GPE', 'Sogod', null]]),
      ),
      context,
    );
    const inventoryOf = inventory(corpus);
    expect(Object.values(inventoryOf)).toContainEqual(['Kayapa Pass', 'Pasong Kayapa']);
    expect(Object.values(inventoryOf)).toContainEqual(['City of Ormoc', 'Lungsod ng Ormoc']);
    // A bay is not the town it is named after.
    expect(Object.values(inventoryOf)).toContainEqual(['Sogod Bay']);
    expect(Object.values(inventoryOf)).toContainEqual(['Sogod']);
  });

  it('should link a Russian case form with initials to its nominative', () => {
    const corpus = linkEntities(
      corpusOf(withMentions('d1', 'eng', [['Koneva I.S.', 'PERSON', 'Konev I. S.', null], ['I.S. Konev', 'PERSON', 'I. S. Konev', null]])),
      context,
    );
    expect(inventory(corpus)).toEqual({ 'PERSON Ivan Konev': ['I.S. Konev', 'Koneva I.S.'] });
  });

  it('should keep two people with one surname and different initials apart', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [
          ['A.B. Petrovsky', 'PERSON', 'A. B. Petrovsky', null],
          ['Petrovsky A.B.', 'PERSON', 'Petrovsky A. B.', null],
          ['K.L. Petrovsky', 'PERSON', 'K. L. Petrovsky', null],
        ]),
      ),
      context,
    );
    expect(corpus.entities.filter((entity) => entity.type === 'PERSON')).toHaveLength(2);
    expect(inventory(corpus)).toEqual({
      'PERSON A. B. Petrovsky': ['A.B. Petrovsky', 'Petrovsky A.B.'],
      'PERSON K. L. Petrovsky': ['K.L. Petrovsky'],
    });
  });

  it.each([
    { name: 'an initialled case form joins the bare stem', items: [['Melnika K.S.', 'Melnika K. S.'], ['Melnik', 'Melnik']], names: ['Melnika K. S.'] },
    { name: 'the dative and instrumental too', items: [['Gamarniku Ya.B.', 'Gamarniku Ya. B.'], ['Gamarnikom', 'Gamarnikom'], ['Gamarnik', 'Gamarnik']], names: ['Gamarnikom', 'Gamarniku Ya. B.'] },
    { name: 'a case form alone keeps its form', items: [['Melnika K.S.', 'Melnika K. S.'], ['Melnikov', 'Melnikov']], names: ['Melnika K. S.', 'Melnikov'] },
    { name: 'a name ending so without initials stays apart', items: [['Roberta', 'Roberta'], ['Robert', 'Robert']], names: ['Robert', 'Roberta'] },
    { name: 'different initials stay apart', items: [['Melnika K.S.', 'Melnika K. S.'], ['A.B. Melnik', 'A. B. Melnik']], names: ['A. B. Melnik', 'Melnika K. S.'] },
  ])('should link Russian stem case forms conservatively: $name', ({ items, names }) => {
    const corpus = linkEntities(corpusOf(withMentions('d1', 'eng', items.map(([text, normalized]) => [text!, 'PERSON', normalized!, null]))), context);
    expect(corpus.entities.map((entity) => entity.name).sort()).toEqual(names);
  });

  it('should give a bare surname shared by two people to the one named last before it', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [
          ['Petrovsky', 'PERSON', 'Petrovsky', null],
          ['A.B. Petrovsky', 'PERSON', 'A. B. Petrovsky', null],
          ['Petrovsky', 'PERSON', 'Petrovsky', null],
          ['K.L. Petrovsky', 'PERSON', 'K. L. Petrovsky', null],
          ['Comrade Petrovsky', 'PERSON', 'Petrovsky', null],
        ]),
      ),
      context,
    );
    const people = Object.fromEntries(corpus.entities.map((entity) => [entity.name, entity.mentions.map((mention) => mention.text)]));
    expect(people).toEqual({
      'A. B. Petrovsky': ['A.B. Petrovsky', 'Petrovsky'],
      'K. L. Petrovsky': ['K.L. Petrovsky', 'Comrade Petrovsky'],
      Petrovsky: ['Petrovsky'],
    });
  });

  it('should count a written-out given name as an initial', () => {
    const corpus = linkEntities(
      corpusOf(withMentions('d1', 'eng', [['James K. Polk', 'PERSON', 'James K. Polk', null], ['J.K. Polk', 'PERSON', 'J. K. Polk', null], ['A.B. Polk', 'PERSON', 'A. B. Polk', null]])),
      context,
    );
    expect(inventory(corpus)).toEqual({ 'PERSON James K. Polk': ['J.K. Polk', 'James K. Polk'], 'PERSON A. B. Polk': ['A.B. Polk'] });
  });

  it('should merge a surname with its initialled form when the initials agree', () => {
    const corpus = linkEntities(
      corpusOf(withMentions('d1', 'eng', [['Mazepov', 'PERSON', 'Mazepov', null], ['P.I. Mazepova', 'PERSON', 'P. I. Mazepov', null]])),
      context,
    );
    expect(inventory(corpus)).toEqual({ 'PERSON P. I. Mazepov': ['Mazepov', 'P.I. Mazepova'] });
  });

  it('should join a lone given name to the one full name it starts in the same document', () => {
    const one = linkEntities(corpusOf(withMentions('d1', 'eng', [['Alexander Nevsky', 'PERSON', 'Alexander Nevsky', null], ['Alexander', 'PERSON', 'Alexander', null]])), context);
    expect(inventory(one)).toEqual({ 'PERSON Alexander Nevsky': ['Alexander', 'Alexander Nevsky'] });
    const two = linkEntities(
      corpusOf(withMentions('d1', 'eng', [['Ivan Petrovsky', 'PERSON', 'Ivan Petrovsky', null], ['Ivan Sorokin', 'PERSON', 'Ivan Sorokin', null], ['Ivan', 'PERSON', 'Ivan', null]])),
      context,
    );
    expect(two.entities).toHaveLength(3);
  });

  it('should join a body named short to the fuller body it names, the last mentioned when several fit', () => {
    const tagalog = linkEntities(
      corpusOf(
        withMentions('d1', 'tgl', [
          ['Pangkalahatang Kawani ng Hukbong Hapon', 'ORG', 'Pangkalahatang Kawani ng Hukbong Hapon', 'japanese-general-staff'],
          ['Pangkalahatang Kawani ng Hukbo', 'ORG', 'Pangkalahatang Kawani ng Hukbo', null],
          ['Pangkalahatang Staff', 'ORG', 'Pangkalahatang Staff', null],
        ]),
      ),
      context,
    );
    expect(inventory(tagalog)).toEqual({
      'ORG Japanese General Staff': ['Pangkalahatang Kawani ng Hukbo', 'Pangkalahatang Kawani ng Hukbong Hapon', 'Pangkalahatang Staff'],
    });
    // Mentions in order: each bare "General Staff" is the staff named last before it.
    const recent = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [
          ['Japanese General Staff', 'ORG', 'Japanese General Staff', 'japanese-general-staff'],
          ['General Staff', 'ORG', 'General Staff', null],
          ['General Staff of the Red Army', 'ORG', 'General Staff of the Red Army', 'general-staff-red-army'],
          ['the General Staff', 'ORG', 'General Staff', null],
        ]),
      ),
      context,
    );
    expect(inventory(recent)).toEqual({
      'ORG Japanese General Staff': ['General Staff', 'Japanese General Staff'],
      'ORG General Staff of the Red Army': ['General Staff of the Red Army', 'the General Staff'],
    });
  });

  it('should link a name to the entity it denoted in the period of its dates', () => {
    const document = withMentions('d1', 'eng', [['Russia', 'GPE', 'Russia', null], ['Russia', 'GPE', 'Russia', null], ['USSR', 'GPE', 'USSR', null]]);
    const dated = {
      ...document,
      timexes: [
        { id: 't1', segment: document.segments[0]!.id, start: document.segments[0]!.start, end: document.segments[0]!.start + 4, text: '1938', language: 'eng', type: 'date' as const, value: '1938', precision: 'year' as const, inferred: [], qualifier: null, relative: null, rule: 'test' },
        { id: 't2', segment: document.segments[1]!.id, start: document.segments[1]!.start, end: document.segments[1]!.start + 4, text: '1886', language: 'eng', type: 'date' as const, value: '1886', precision: 'year' as const, inferred: [], qualifier: null, relative: null, rule: 'test' },
      ],
    };
    const corpus = linkEntities(corpusOf(dated), context);
    expect(corpus.entities.map((entity) => [entity.name, entity.mentions.length])).toEqual([
      ['Russian Empire', 1],
      ['Soviet Union', 2],
    ]);
  });

  it('should give Hapon and Japan one id across languages', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [['Japan', 'GPE', 'Japan', 'japan'], ['Red Army', 'ORG', 'Red Army', 'red-army']]),
        withMentions('d2', 'tgl', [['Hapon', 'GPE', 'Hapon', null], ['Pulang Hukbo', 'ORG', 'Pulang Hukbo', null], ['Unyong Sobyet', 'GPE', 'Unyong Sobyet', null]]),
      ),
      context,
    );
    const japan = corpus.entities.find((entity) => entity.id === 'en-japan')!;
    expect(japan).toMatchObject({ type: 'GPE', name: 'Japan', wikidata: 'Q17' });
    expect(japan.aliases).toEqual([{ text: 'Hapon', language: 'tgl' }, { text: 'Japan', language: 'eng' }]);
    expect(japan.mentions.map((mention) => mention.document)).toEqual(['d1', 'd2']);
    expect(corpus.entities.find((entity) => entity.id === 'en-red-army')!.aliases.map((alias) => alias.text)).toEqual(['Pulang Hukbo', 'Red Army']);
    expect(corpus.entities.find((entity) => entity.id === 'en-soviet-union')).toMatchObject({ wikidata: 'Q15180' });
  });

  it('should merge units by number, arm and head within a document', () => {
    const corpus = linkEntities(
      corpusOf(
        withMentions('d1', 'eng', [
          ['40th Infantry Division', 'MILITARY_UNIT', '40th Infantry Division', null],
          ['40th Rifle Division', 'MILITARY_UNIT', '40th Infantry Division', null],
          ['2nd Air Army', 'MILITARY_UNIT', '2nd Air Army', null],
          ['2nd Separate Red Banner Army', 'MILITARY_UNIT', '2nd Army', '2nd-red-banner-army'],
          ['2nd Army', 'MILITARY_UNIT', '2nd Army', null],
        ]),
      ),
      context,
    );
    expect(inventory(corpus)).toEqual({
      'MILITARY_UNIT 40th Infantry Division': ['40th Infantry Division', '40th Rifle Division'],
      'MILITARY_UNIT 2nd Air Army': ['2nd Air Army'],
      'MILITARY_UNIT 2nd Red Banner Army': ['2nd Army', '2nd Separate Red Banner Army'],
    });
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should link thousands of distinct names, every mention once and only within its type', () => {
    const items: [string, EntityType, string, string | null][] = [];
    for (let i = 0; i < 3000; i++) {
      const name = `Name${i.toString(36)}`;
      const type: EntityType = i % 3 === 0 ? 'PERSON' : i % 3 === 1 ? 'ORG' : 'GPE';
      items.push([name, type, i % 5 === 0 ? `Ivan ${name}` : `${name} ${type === 'ORG' ? 'Council' : ''}`.trim(), null]);
    }
    const corpus = linkEntities(corpusOf(withMentions('d1', 'eng', items)), context);
    expect(corpus.entities.length).toBeGreaterThan(2500);
    expect(corpus.entities.reduce((sum, entity) => sum + entity.mentions.length, 0)).toBe(items.length);
    const typeOf = new Map(items.map(([text, type]) => [text, type]));
    expect(corpus.entities.filter((entity) => entity.mentions.some((mention) => typeOf.get(mention.text) !== entity.type))).toEqual([]);
  });

  it('should sort entities by id and mentions by document and start, and not modify its input', () => {
    const input = corpusOf(withMentions('d1', 'eng', [['Tokyo', 'GPE', 'Tokyo', null], ['Moscow', 'GPE', 'Moscow', null], ['Tokyo', 'GPE', 'Tokyo', null]]));
    const before = JSON.stringify(input);
    const corpus = linkEntities(input, context);
    expect(JSON.stringify(input)).toBe(before);
    expect(corpus.entities.map((entity) => entity.id)).toEqual(['en-moscow', 'en-tokyo']);
    const tokyo = corpus.entities[1]!;
    expect(tokyo.mentions.map((mention) => mention.start)).toEqual([...tokyo.mentions.map((mention) => mention.start)].sort((a, b) => a - b));
    expect(JSON.stringify(linkEntities(input, context))).toBe(JSON.stringify(corpus));
  });
});
