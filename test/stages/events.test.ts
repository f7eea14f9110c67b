import { describe, expect, it } from 'vitest';
import { extractEvents, meta } from '../../pipeline/stages/events.js';
import type { Document } from '../../pipeline/model.js';
import { makeDocument, testContext } from '../events/helpers.js';

const context = testContext();

function eventsOf(document: Document) {
  return extractEvents(document, context).events;
}

describe('extractEvents', () => {
  it('should declare what it needs and adds', () => {
    expect(meta.requires).toContain('timexes');
    expect(meta.assigns).toEqual(['events']);
  });

  it('should turn a dated English sentence with a trigger into a record with its arguments', () => {
    const document = makeDocument({
      paragraphs: ['On July 29, the Japanese launched an attack on the Soviet border post near Lake Khasan.'],
      language: 'eng',
      timexes: [{ text: 'July 29', value: '1938-07-29' }],
      mentions: [
        { text: 'Japanese', type: 'GPE', normalized: 'Japan' },
        { text: 'Lake Khasan', type: 'LOCATION' },
      ],
    });
    const [event] = eventsOf(document);
    expect(event).toMatchObject({
      type: 'attack',
      trigger: { text: 'launched an attack' },
      date: { value: '1938-07-29', text: 'July 29' },
      location: { name: 'Lake Khasan', text: 'Lake Khasan' },
      evidence: { start: 0, text: document.segments[0]?.text, language: 'eng' },
    });
    // The post is a force phrase ("Soviet border post"): the Soviet side is the attack's target.
    expect(event?.participants).toEqual([
      expect.objectContaining({ name: 'Japan', role: 'agent' }),
      expect.objectContaining({ name: 'Red Army', role: 'patient', text: 'Soviet border post' }),
    ]);
    expect(event?.summary).toBe('Japan launched an attack on Red Army at Lake Khasan (1938-07-29).');
    expect(event?.rule).toBe('events/eng/verb:launch attack');
  });

  describe('parties of a reciprocal event', () => {
    // The narrator's side (China: "our troops" and "Chinese troops") and the enemy (Japan).
    const sides = ['Our troops held the line near the river.', 'The Chinese troops fought the Japanese infantry.'];
    const partiesOf = (paragraphs: string[], mentions: { text: string; type: 'GPE' }[] = []) =>
      eventsOf(makeDocument({ paragraphs, language: 'eng', mentions })).map((e) => [e.type, e.participants.map((p) => [p.name, p.role, p.text])]);

    it('should take the two sides of the document for an armistice that names no party', () => {
      const events = partiesOf([...sides, '😀 In September 1945, an armistice agreement was signed in Nanjing.']);
      // The parties stand over the event word.
      expect(events.at(-1)).toEqual(['agreement', [['China', 'participant', 'signed'], ['Japan', 'participant', 'signed']]]);
    });

    it('should take the two sides of a Tagalog document for an agreement that names no party', () => {
      const paragraphs = ['Lumaban ang mga tropang Sobyet sa lawa.', 'Sumalakay ang aming mga tropa sa hukbo ng Hapon.', 'Noong Setyembre 15, nilagdaan ang kasunduan.'];
      const events = eventsOf(makeDocument({ paragraphs, language: 'tgl' }));
      expect(events.at(-1)?.participants.map((p) => [p.name, p.role])).toEqual([['Soviet Union', 'participant'], ['Japan', 'participant']]);
    });

    it.each<[string, string[], { text: string; type: 'GPE' }[], [string, string][]]>([
      ['an armistice that names its parties', [...sides, 'In May 1941, France and Thailand signed an armistice.'], [{ text: 'France', type: 'GPE' }, { text: 'Thailand', type: 'GPE' }], [['agreement', 'France,Thailand']]],
      ['an attack that names no party', [...sides, 'In May, an attack was repeated.'], [], [['attack', '']]],
      ['a document without sides', ['The weather was cold.', 'The rain stopped.', 'In May, an armistice agreement was signed.'], [], [['agreement', '']]],
      // The pronoun names the party: the Thais alone signed.
      ['an armistice a pronoun names the party of', [...sides, 'In 1941, the Thais attacked Battambang, but later their government signed an armistice.'], [{ text: 'Thais', type: 'GPE' }], [['agreement', 'Thais']]],
    ])('should add no side to %s', (_, paragraphs, mentions, expected) => {
      const last = partiesOf(paragraphs, mentions).at(-1) as [string, string[][]];
      expect([[last[0], last[1].map(([name]) => name).join(',')]]).toEqual(expected);
    });
  });

  it('should take a state after "to" for a participant, not the place', () => {
    const document = makeDocument({
      paragraphs: ['On July 22, the Soviet government sent a note to Japan in Moscow.'],
      language: 'eng',
      timexes: [{ text: 'July 22', value: '1938-07-22' }],
      mentions: [{ text: 'Japan', type: 'GPE' }, { text: 'Moscow', type: 'GPE' }],
    });
    const [event] = eventsOf(document);
    expect(event?.location?.name).toBe('Moscow');
    expect(event?.participants.map((p) => [p.name, p.role])).toEqual([['Japan', 'patient']]);
  });

  it.each([
    ['On July 31, the attack was repeated.', 'events/eng/noun:attack'],
    ['On July 31, the Japanese attacked the hill.', 'events/eng/verb:attack'],
  ])('should tell a verb trigger used as a noun by compromise\'s tags in "%s"', (text, rule) => {
    const document = makeDocument({ paragraphs: [text], language: 'eng', timexes: [{ text: 'July 31', value: '1938-07-31' }] });
    expect(eventsOf(document).map((e) => [e.type, e.rule])).toEqual([['attack', rule]]);
  });

  it.each<[string, string, { text: string; type: 'GPE' | 'ORG' | 'MILITARY_UNIT' }[], [string, string][]]>([
    // The event noun is the light verb's subject: its own "of", "on" and the demonym before it name the sides.
    ['eng', 'On June 25, 1950, the offensive of the Korean People\'s Army on Seoul began.', [{ text: 'Korean People\'s Army', type: 'MILITARY_UNIT' }, { text: 'Seoul', type: 'GPE' }], [["Korean People's Army", 'agent'], ['Seoul', 'patient']]],
    ['eng', '😀 On December 8, 1941, a Japanese invasion of the Philippines began.', [{ text: 'Philippines', type: 'GPE' }], [['Imperial Japanese Army', 'agent'], ['Philippines', 'patient']]],
    ['tgl', 'Noong Disyembre 8, 1941, ang pag-atake ng Hapon ay nagsimula.', [{ text: 'Hapon', type: 'GPE' }], [['Hapon', 'agent']]],
    ['tgl', 'Noong Pebrero 1899, nagpatuloy ang laban ng mga Pilipino sa Maynila.', [{ text: 'Pilipino', type: 'GPE' }], [['Pilipino', 'agent']]],
    // An event noun after its light verb keeps its own ng-phrase's actor.
    ['tgl', 'Noong Enero 9, 1945, nagsimula ang opensiba ng Sixth Army sa Lingayen.', [{ text: 'Sixth Army', type: 'MILITARY_UNIT' }], [['Sixth Army', 'agent']]],
  ])('should hang the arguments of a light verb on the event noun before it (%s) in "%s"', (language, text, mentions, expected) => {
    const document = makeDocument({ paragraphs: [text], language, mentions });
    const [event] = eventsOf(document);
    expect(event?.participants.map((p) => [p.name, p.role])).toEqual(expected);
    // The trigger stays the light verb's phrase, at its code-point offsets.
    expect([...document.text].slice(event?.trigger.start, event?.trigger.end).join('')).toBe(event?.trigger.text);
  });

  it.each([
    ['The Japanese were driven back by the Red Army.', 'Japanese', 'patient', 'Red Army', 'agent'],
    ['The Red Army drove back the Japanese.', 'Red Army', 'agent', 'Japanese', 'patient'],
  ])('should give roles by voice in "%s"', (text, first, firstRole, second, secondRole) => {
    const document = makeDocument({
      paragraphs: [text],
      language: 'eng',
      mentions: [
        { text: 'Japanese', type: 'GPE' },
        { text: 'Red Army', type: 'ORG' },
      ],
    });
    const roles = Object.fromEntries(eventsOf(document)[0]?.participants.map((p) => [p.text, p.role]) ?? []);
    expect(roles).toEqual({ [first]: firstRole, [second]: secondRole });
  });

  it('should give roles only to the verb\'s own subject and object, coordination included', () => {
    const document = makeDocument({
      paragraphs: ['Litvinov said that Stalin, Molotov and Voroshilov attacked Blucher in the press.'],
      language: 'eng',
      mentions: ['Litvinov', 'Stalin', 'Molotov', 'Voroshilov', 'Blucher'].map((text) => ({ text, type: 'PERSON' as const })),
    });
    const roles = Object.fromEntries(eventsOf(document)[0]?.participants.map((p) => [p.text, p.role]) ?? []);
    expect(roles).toEqual({ Stalin: 'agent', Molotov: 'agent', Voroshilov: 'agent', Blucher: 'patient' });
  });

  it.each([
    ['Sinakop ng mga tropa ng Hapon ang Manchuria.', 'Hapon', 'agent'],
    ['Sumalakay ang mga Hapon sa Mongolia.', 'Hapon', 'agent'],
    ['Pinalibutan ng aming mga tropa ang mga Hapon.', 'Hapon', 'patient'],
  ])('should give roles by Tagalog focus in "%s"', (text, name, role) => {
    const document = makeDocument({
      paragraphs: [text],
      language: 'tgl',
      mentions: [{ text: 'Hapon', type: 'GPE', normalized: 'Japan' }],
    });
    expect(eventsOf(document)[0]?.participants[0]).toMatchObject({ text: name, role });
  });

  it.each<[string, string[], (string | null)[]]>([
    ['a later sentence of the paragraph', ['On July 31, the Japanese captured the hill near Lake Khasan. On August 1, the fighting continued.'], ['Lake Khasan', 'Lake Khasan']],
    ['another clause of the sentence', ['At Lake Khasan the Japanese attacked, and the Soviet troops retreated.'], ['Lake Khasan', 'Lake Khasan']],
    ['no sentence of a new paragraph', ['On July 31, the Japanese captured the hill near Lake Khasan.', 'On August 1, the fighting continued.'], ['Lake Khasan', null]],
  ])('should take the place of %s', (_, paragraphs, places) => {
    const document = makeDocument({
      paragraphs,
      language: 'eng',
      mentions: [{ text: 'Lake Khasan', type: 'LOCATION' }],
    });
    expect(eventsOf(document).map((event) => event.location?.name ?? null)).toEqual(places);
  });

  it('should date "On the same day" from the previous dated event of the section', () => {
    const document = makeDocument({
      paragraphs: ['On August 10, the chief of staff telegraphed to Tokyo.', 'On the same day, armistice negotiations began in Moscow.'],
      language: 'eng',
      timexes: [{ text: 'August 10', value: '1938-08-10' }],
    });
    const negotiation = eventsOf(document).find((e) => e.type === 'negotiation');
    expect(negotiation?.date).toMatchObject({ value: '1938-08-10', text: 'On the same day', inferred: ['date'] });
  });

  it('should date "kinabukasan" as the day after the previous dated event', () => {
    const document = makeDocument({
      paragraphs: ['Noong Agosto 20, naglunsad ng opensiba ang mga tropa.', 'Kinabukasan, umatras ang mga Hapon.'],
      language: 'tgl',
      timexes: [{ text: 'Agosto 20', value: '1939-08-20' }],
    });
    expect(eventsOf(document).find((e) => e.type === 'retreat')?.date?.value).toBe('1939-08-21');
  });

  it('should give each clause its own date', () => {
    const document = makeDocument({
      paragraphs: ['On August 10, armistice negotiations began in Moscow, and at noon on August 11, hostilities were stopped.'],
      language: 'eng',
      timexes: [
        { text: 'August 10', value: '1938-08-10' },
        { text: 'August 11', value: '1938-08-11' },
      ],
    });
    const dates = Object.fromEntries(eventsOf(document).map((e) => [e.type, e.date?.value]));
    expect(dates).toMatchObject({ negotiation: '1938-08-10', ceasefire: '1938-08-11' });
  });

  it('should date an undated sentence by its paragraph\'s current day, marked inferred', () => {
    const document = makeDocument({
      paragraphs: ['On July 31, the Japanese attacked Zaozernaya. Soviet troops retreated.'],
      language: 'eng',
      timexes: [{ text: 'July 31', value: '1938-07-31' }],
    });
    expect(eventsOf(document).find((e) => e.type === 'retreat')?.date).toMatchObject({ value: '1938-07-31', text: null, inferred: ['date'] });
  });

  it('should not carry a year through the paragraph', () => {
    const document = makeDocument({
      paragraphs: ['In 1936 there were incidents. Soviet troops retreated.'],
      language: 'eng',
      timexes: [{ text: '1936', value: '1936' }],
    });
    expect(eventsOf(document).find((e) => e.type === 'retreat')?.date).toBeNull();
  });

  it('should date the operative clauses of an order by the order\'s date and attribute its figures to it', () => {
    const document = makeDocument({
      paragraphs: ['On September 4, 1938, an order was issued, Order No. 0040.', 'ORDER', 'The front was disbanded in May. 408 people were killed.', 'I ORDER:', 'To disband the front.'],
      language: 'eng',
      timexes: [{ text: 'September 4, 1938', value: '1938-09-04' }, { text: 'May', value: '1938-05' }],
      mentions: [{ text: 'Order No. 0040', type: 'DOCUMENT' }],
    });
    const order = { id: 'order', kind: 'order' as const, title: 'ORDER', attribution: null, parent: null, start: [...'On September 4, 1938, an order was issued, Order No. 0040.\n\n'].length, end: [...document.text].length };
    const sections = [{ ...document.sections[0]!, end: order.start - 2 }, order];
    const segments = document.segments.map((s) => (s.start >= order.start ? { ...s, section: 'order' } : s));
    const events = eventsOf({ ...document, sections, segments });
    expect(events.filter((e) => e.type === 'reorganization').map((e) => [e.date?.value, e.date?.inferred])).toEqual([
      ['1938-05', []],
      ['1938-09-04', ['date']],
    ]);
    expect(events.flatMap((e) => e.quantities).map((q) => [q.value, q.attribution])).toEqual([[408, 'Order No. 0040']]);
  });

  it('should date a plan by its goal only when nothing else dates it', () => {
    const document = makeDocument({
      paragraphs: ['In 1932 a plan of war for 1933 was prepared.', 'A plan of war for 1933 was prepared.'],
      language: 'eng',
      timexes: [{ text: '1932', value: '1932' }, { text: '1933', value: '1933', nth: 0 }, { text: '1933', value: '1933', nth: 1 }],
    });
    expect(eventsOf(document).filter((e) => e.type === 'plan').map((e) => e.date?.value)).toEqual(['1932', '1933']);
  });

  it('should leave an undated sentence of a new paragraph without a narrative cue undated', () => {
    const document = makeDocument({
      paragraphs: ['On August 10, the chief of staff telegraphed to Tokyo.', 'The Japanese captured the hill.'],
      language: 'eng',
      timexes: [{ text: 'August 10', value: '1938-08-10' }],
    });
    expect(eventsOf(document).find((e) => e.type === 'capture')?.date).toBeNull();
  });

  it('should make loss figures a casualty report with side and attribution', () => {
    const document = makeDocument({
      paragraphs: ['The losses of the Red Army amounted to 759 people killed. The Japanese acknowledged the loss of 650 killed.'],
      language: 'eng',
    });
    const reports = eventsOf(document).filter((e) => e.type === 'casualty_report');
    expect(reports.flatMap((e) => e.quantities.map((q) => [q.value, q.category, q.side, q.attribution]))).toEqual([
      [759, 'killed', 'Soviet Union', null],
      [650, 'killed', 'Japan', 'The Japanese acknowledged'],
    ]);
  });

  it('should flag an event told in a snippet and carry the snippet\'s attribution', () => {
    const attribution = { title: 'USSR and Russia in the slaughter', author: 'Sokolov', year: null, text: 'From the book … author Sokolov' };
    const document = makeDocument({
      paragraphs: ['The Japanese lost 526 killed and 914 wounded.'],
      language: 'eng',
      section: { kind: 'snippet', title: null, attribution },
    });
    const [event] = eventsOf(document);
    expect(event?.snippet).toBe(true);
    expect(event?.attribution).toEqual(attribution);
    expect(event?.quantities[0]?.attribution).toBe(attribution.text);
  });

  it('should carry an attributed extract\'s reference without flagging it a snippet', () => {
    const attribution = { title: 'USSR/Russia in local wars', author: 'Polynov M.F.', year: 2017, text: 'Polynov M.F. USSR/Russia in local wars … 2017' };
    const document = makeDocument({
      paragraphs: ['The Japanese lost 526 killed and 914 wounded.'],
      language: 'eng',
      section: { kind: 'article', title: null, attribution },
    });
    const [event] = eventsOf(document);
    expect(event?.snippet).toBe(false);
    expect(event?.attribution).toEqual(attribution);
  });

  it('should neither flag nor attribute an event of the document\'s own narrative', () => {
    const document = makeDocument({ paragraphs: ['The Japanese lost 526 killed and 914 wounded.'], language: 'eng' });
    const [event] = eventsOf(document);
    expect(event?.snippet).toBe(false);
    expect(event?.attribution).toBeNull();
  });

  it('should write a one-line English summary for Tagalog evidence', () => {
    const document = makeDocument({
      paragraphs: ['Noong Setyembre 16, inamin ng Hapon ang pagkatalo.'],
      language: 'tgl',
      timexes: [{ text: 'Setyembre 16', value: '1939-09-16' }],
      mentions: [{ text: 'Hapon', type: 'GPE', normalized: 'Japan' }],
    });
    const [event] = eventsOf(document);
    expect(event?.type).toBe('ceasefire');
    expect(event?.summary).toBe('Japan agreed to a ceasefire (1939-09-16).');
    expect(event?.summary).not.toMatch(/[ñ]|ang |ng /);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const document = makeDocument({
      paragraphs: ['𝔸😀 intro.', 'On July 31, the Japanese captured Zaozernaya.'],
      language: 'eng',
      timexes: [{ text: 'July 31', value: '1938-07-31' }],
    });
    const [event] = eventsOf(document);
    const chars = [...document.text];
    expect(chars.slice(event?.trigger.start, event?.trigger.end).join('')).toBe('captured');
    expect(chars.slice(event?.evidence.start, event?.evidence.end).join('')).toBe(event?.evidence.text);
  });

  it('should be deterministic and leave its input unchanged', () => {
    const document = makeDocument({
      paragraphs: ['On July 29, the Japanese attacked and were driven back. The Red Army lost 93 men killed.'],
      language: 'eng',
      timexes: [{ text: 'July 29', value: '1938-07-29' }],
      mentions: [{ text: 'Japanese', type: 'GPE' }],
    });
    const before = JSON.stringify(document);
    const first = JSON.stringify(extractEvents(document, context));
    const second = JSON.stringify(extractEvents(structuredClone(document), context));
    expect(first).toBe(second);
    expect(JSON.stringify(document)).toBe(before);
    const ids = extractEvents(document, context).events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should find only the triggers after long runs of dots, dashes, spaces and numbers', () => {
    const document = makeDocument({
      paragraphs: [`${'.'.repeat(4000)} ${'-'.repeat(4000)} ${' '.repeat(4000)} attacked`, `${'1, '.repeat(2000)}killed`],
      language: 'eng',
    });
    const { events } = extractEvents(document, context);
    expect(events.map((event) => [event.type, event.trigger.text])).toEqual([
      ['attack', 'attacked'],
      ['death', 'killed'],
    ]);
    const chars = [...document.text];
    for (const event of events) {
      expect(chars.slice(event.trigger.start, event.trigger.end).join('')).toBe(event.trigger.text);
      expect(chars.slice(event.evidence.start, event.evidence.end).join('')).toBe(event.evidence.text);
      expect(event.participants).toEqual([]);
    }
  });
});
