import { describe, expect, it } from 'vitest';
import { consolidateEvents, meta } from '../../pipeline/events/consolidate.js';
import { extractEvents } from '../../pipeline/stages/events.js';
import type { Corpus, Document, Entity, EntityType } from '../../pipeline/model.js';
import { makeDocument, testContext, type DocumentSpec } from './helpers.js';

const context = testContext();

function extracted(spec: DocumentSpec): Document {
  return extractEvents(makeDocument(spec), context);
}

/** One entity per name, linking every mention of that normalized name across documents. */
function link(documents: Document[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const document of documents) {
    for (const mention of document.mentions) {
      const entity = byName.get(mention.normalized) ?? {
        id: `en-${mention.normalized.toLowerCase().replace(/\W+/g, '-')}`,
        type: mention.type as EntityType,
        name: mention.normalized,
        aliases: [],
        wikidata: null,
        mentions: [],
      };
      entity.mentions.push({ document: document.id, segment: mention.segment, start: mention.start, end: mention.end, text: mention.text });
      byName.set(mention.normalized, entity);
    }
  }
  return [...byName.values()];
}

function corpusOf(documents: Document[]): Corpus {
  return { documents, duplicates: [], entities: link(documents), events: [], claims: [] };
}

const losses = 'The losses of the Red Army amounted to 759 people killed.';

describe('consolidateEvents', () => {
  it('should declare what it needs and adds', () => {
    expect(meta.assigns).toEqual(['events', 'claims']);
  });

  it('should file a duplicated sentence as a telling of its canonical record, not a second record', () => {
    const document = extracted({
      paragraphs: ['On July 29, the Japanese attacked the post near Lake Khasan in 1938.', losses, 'On July 29, the Japanese attacked the post near Lake Khasan in 1938.', losses],
      language: 'eng',
      timexes: [
        { text: 'July 29', value: '1938-07-29', nth: 0 },
        { text: 'July 29', value: '1938-07-29', nth: 1 },
      ],
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION', nth: 0 }, { text: 'Lake Khasan', type: 'LOCATION', nth: 1 }],
    });
    const [a, b, c, d] = document.segments;
    const segments = document.segments.map((s) => (s === c ? { ...s, duplicateOf: a?.id ?? null } : s === d ? { ...s, duplicateOf: b?.id ?? null } : s));
    const corpus = consolidateEvents(corpusOf([{ ...document, segments }]), context);
    const attacks = corpus.events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]?.alsoReported.map((e) => e.start)).toEqual([c?.start]);
    const killed = corpus.claims.filter((claim) => claim.measure.category === 'killed');
    expect(killed.flatMap((claim) => claim.values.map((v) => v.value))).toEqual([759]);
  });

  it('should merge one event told in English and in Tagalog in two documents', () => {
    const english = extracted({
      id: 'doc-en',
      paragraphs: ['On August 20, 1939, Soviet troops launched an offensive at Khalkhin Gol.'],
      language: 'eng',
      timexes: [{ text: 'August 20, 1939', value: '1939-08-20' }],
      mentions: [{ text: 'Khalkhin Gol', type: 'LOCATION' }],
    });
    const tagalog = extracted({
      id: 'doc-tl',
      paragraphs: ['Noong Agosto 20, 1939, naglunsad ng opensiba ang mga tropang Sobyet sa Khalkhin-Gol.'],
      language: 'tgl',
      timexes: [{ text: 'Agosto 20, 1939', value: '1939-08-20' }],
      mentions: [{ text: 'Khalkhin-Gol', type: 'LOCATION', normalized: 'Khalkhin Gol' }],
    });
    const corpus = consolidateEvents(corpusOf([english, tagalog]), context);
    const offensives = corpus.events.filter((e) => e.type === 'offensive');
    expect(offensives).toHaveLength(1);
    expect(offensives[0]?.evidence.document).toBe('doc-en');
    expect(offensives[0]?.alsoReported.map((e) => [e.document, e.language])).toEqual([['doc-tl', 'tgl']]);
    expect(offensives[0]?.location).toMatchObject({ entity: 'en-khalkhin-gol', name: 'Khalkhin Gol' });
  });

  it.each([
    ['Bezymyannaya', 1],
    ['Zaozernaya', 2],
  ])('should merge same-day attacks unless their places differ (second place %s)', (place, records) => {
    const document = extracted({
      paragraphs: ['On July 29, the Japanese attacked near Bezymyannaya.', `On July 29, the border guards were attacked near ${place}.`],
      language: 'eng',
      timexes: [{ text: 'July 29', value: '1938-07-29', nth: 0 }, { text: 'July 29', value: '1938-07-29', nth: 1 }],
      mentions: [{ text: 'Bezymyannaya', type: 'LOCATION', nth: 0 }, { text: place, type: 'LOCATION', nth: place === 'Bezymyannaya' ? 1 : 0 }],
    });
    expect(consolidateEvents(corpusOf([document]), context).events.filter((e) => e.type === 'attack')).toHaveLength(records);
  });

  it('should give a merged record the type most tellings give, not that of the single most confident one', () => {
    const document = extracted({
      paragraphs: [
        'On July 29, the Japanese attacked near Bezymyannaya.',
        'On July 29, the border post was attacked near Bezymyannaya.',
        'On July 29, fighting broke out near Bezymyannaya.',
      ],
      language: 'eng',
      timexes: [0, 1, 2].map((nth) => ({ text: 'July 29', value: '1938-07-29', nth })),
      mentions: [0, 1, 2].map((nth) => ({ text: 'Bezymyannaya', type: 'LOCATION' as const, nth })),
    });
    // Two tellings say attack; make the third, an offensive, the most confident one.
    const [first, second, third] = document.events.filter((e) => e.evidence.text.includes('July 29'));
    expect([first, second, third].every(Boolean)).toBe(true);
    const events = document.events.map((e) =>
      e === third ? { ...e, type: 'offensive' as const, confidence: 0.99 } : e === first || e === second ? { ...e, type: 'attack' as const, confidence: 0.6 } : e,
    );
    const records = consolidateEvents(corpusOf([{ ...document, events }]), context).events.filter((e) => e.date?.value === '1938-07-29');
    expect(records.map((r) => [r.type, r.alsoReported.length])).toEqual([['attack', 2]]);
  });

  it('should not merge events of one type on different dates', () => {
    const document = extracted({
      paragraphs: ['On July 29, the Japanese attacked near Lake Khasan.', 'On July 31, the Japanese attacked near Lake Khasan.'],
      language: 'eng',
      timexes: [{ text: 'July 29', value: '1938-07-29' }, { text: 'July 31', value: '1938-07-31' }],
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION', nth: 0 }, { text: 'Lake Khasan', type: 'LOCATION', nth: 1 }],
    });
    expect(consolidateEvents(corpusOf([document]), context).events.filter((e) => e.type === 'attack')).toHaveLength(2);
  });

  it('should not merge two events of one month only because one names both sides', () => {
    const document = extracted({
      // The narrator's side (China) and the enemy (Japan); then two buildups in May 1944.
      paragraphs: ['Our troops held the line near the river.', 'The Chinese troops fought the Japanese infantry.', 'In May 1944, both sides brought up fresh forces.', 'In May 1944, Japan brought up the 11th Army.'],
      language: 'eng',
      timexes: [
        { text: 'May 1944', value: '1944-05', nth: 0 },
        { text: 'May 1944', value: '1944-05', nth: 1 },
      ],
      mentions: [{ text: 'Japan', type: 'GPE', nth: 1 }],
    });
    const corpus = consolidateEvents(corpusOf([document]), context);
    const deployments = corpus.events.filter((e) => e.type === 'deployment');
    expect(deployments.map((e) => e.participants.map((p) => p.name))).toEqual([['China', 'Japan'], ['Japan']]);
  });

  it('should keep conflicting figures for one measure side by side with their attribution', () => {
    const first = extracted({
      id: 'doc-a',
      paragraphs: ['In 1938 the fighting on Lake Khasan cost the Red Army 472 men killed.', 'According to declassified official data, the Red Army lost 717 people killed.'],
      language: 'eng',
      timexes: [{ text: '1938', value: '1938' }],
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION' }],
    });
    const second = extracted({
      id: 'doc-b',
      paragraphs: ['In 1938, in the battles on Lake Khasan, the Red Army had 759 people killed.'],
      language: 'eng',
      timexes: [{ text: '1938', value: '1938' }],
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION' }],
    });
    const corpus = consolidateEvents(corpusOf([first, second]), context);
    const killed = corpus.claims.filter((claim) => claim.measure.category === 'killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]?.measure.label).toBe('Soviet Union killed, Lake Khasan 1938');
    expect(killed[0]?.values.map((v) => [v.value, v.attribution, v.evidence.document])).toEqual([
      [472, null, 'doc-a'],
      [717, 'According to declassified official data', 'doc-a'],
      [759, null, 'doc-b'],
    ]);
  });

  it('should be deterministic and leave its input unchanged', () => {
    const document = extracted({
      paragraphs: ['On July 29, the Japanese attacked near Lake Khasan in 1938.', losses],
      language: 'eng',
      timexes: [{ text: 'July 29', value: '1938-07-29' }],
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION' }],
    });
    const corpus = corpusOf([document]);
    const before = JSON.stringify(corpus);
    const once = JSON.stringify(consolidateEvents(corpus, context));
    expect(JSON.stringify(consolidateEvents(structuredClone(corpus), context))).toBe(once);
    expect(JSON.stringify(corpus)).toBe(before);
  });
});
