import { describe, expect, it } from 'vitest';
import type { EventType, Participant } from '../../pipeline/model.js';
import { summarize, triggerOf, type SummaryParts, type SummaryTrigger } from '../../pipeline/events/summary.js';
import { extractEvents } from '../../pipeline/stages/events.js';
import { makeDocument, testContext } from './helpers.js';

const context = testContext();

function parts(type: EventType, over: Partial<SummaryParts> = {}): SummaryParts {
  return { type, participants: [], location: null, date: null, quantities: [], ...over };
}
const p = (name: string, role: Participant['role']) => ({ name, role });
const day = (value: string) => ({ value, text: value });
const tgl = (text: string, phrase: string, nominal = false): SummaryTrigger => ({ text, phrase, nominal, language: 'tgl' });
const eng = (text: string, nominal = true): SummaryTrigger => ({ text, phrase: text, nominal, language: 'eng' });

describe('summarize', () => {
  it.each<[string, SummaryParts, string]>([
    ['agent and patient', parts('attack', { participants: [p('Japan', 'agent'), p('Soviet Union', 'patient')], location: { name: 'Lake Khasan' }, date: day('1938-07-29') }), 'Japan attacked Soviet Union at Lake Khasan (1938-07-29).'],
    ['agent only', parts('retreat', { participants: [p('Japan', 'agent')], date: day('1939-07-05') }), 'Japan retreated (1939-07-05).'],
    ['patient only', parts('arrest', { participants: [p('Vasily Blyukher', 'patient')], date: day('1938-10-22') }), 'Vasily Blyukher was arrested (1938-10-22).'],
    ['coordinated agents', parts('offensive', { participants: [p('32nd Rifle Division', 'agent'), p('40th Rifle Division', 'agent')], date: day('1938-08-06T16:00') }), '32nd Rifle Division and 40th Rifle Division launched an offensive (1938-08-06 16:00).'],
    ['a death without an agent', parts('death', { participants: [p('Alexei Makhalin', 'patient')], location: { name: 'Bezymyannaya Hill' } }), 'Alexei Makhalin died at Bezymyannaya Hill (undated).'],
    ['losses with figures', parts('casualty_report', { participants: [], location: { name: 'Lake Khasan' }, date: day('1938'), quantities: [{ value: 759, category: 'killed', qualifier: null, side: 'Soviet Union' }, { value: 2752, category: 'wounded', qualifier: null, side: 'Soviet Union' }] }), 'Soviet Union losses: 759 killed, 2,752 wounded (Lake Khasan, 1938).'],
    ['losses without place or date', parts('casualty_report', { quantities: [{ value: 650, category: 'killed', qualifier: null, side: 'Japan' }] }), 'Japan losses: 650 killed (undated).'],
    ['losses without figures or sides', parts('casualty_report', { trigger: eng('irretrievable losses') }), 'Irretrievable losses (undated).'],
    ['a bound and many figures', parts('deployment', { participants: [p('Japan', 'agent')], quantities: [3, 3, 70, 1].map((value) => ({ value, category: 'aircraft', qualifier: value === 70 ? 'about' : null, side: null })) }), 'Japan deployed forces: 3 aircraft, 3 aircraft, about 70 aircraft, … (undated).'],
    ['a season', parts('capture', { participants: [p('Japan', 'agent'), p('Manchuria', 'patient')], date: day('1931-23') }), 'Japan captured Manchuria (autumn 1931).'],
    ['an interval', parts('border_incident', { date: day('1936/1938') }), 'Border incident (1936 to 1938).'],
    ['a set of days', parts('order_issued', { participants: [p('Voroshilov', 'agent')], date: day('{1938-09-08,1938-09-12}') }), 'Voroshilov issued an order (1938-09-08 and 1938-09-12).'],
    ['plain participants', parts('negotiation', { participants: [p('Japan', 'participant'), p('Soviet Union', 'participant')], location: { name: 'Moscow' } }), 'Negotiations involving Japan and Soviet Union at Moscow (undated).'],
    ['many participants', parts('meeting', { participants: ['A', 'B', 'C', 'D', 'E', 'F'].map((name) => p(name, 'participant')) }), 'Meeting involving A, B, C, D and others (undated).'],
    ['a Tagalog word without arguments', parts('battle', { location: { name: 'Khalkhin Gol' }, date: day('1939-08-23'), trigger: tgl('pinalibutan', 'palibot') }), 'Encirclement at Khalkhin Gol (1939-08-23).'],
    ['a Tagalog noun and light verb', parts('battle', { date: day('1939-07'), trigger: tgl('laban nagpatuloy', 'laban + tuloy', true) }), 'Fighting continued (1939-07).'],
    ['an English event noun', parts('battle', { location: { name: 'Lake Khasan' }, trigger: eng('battles') }), 'Battles at Lake Khasan (undated).'],
    ['a captured place as the object', parts('capture', { participants: [p('Japan', 'agent')], location: { name: 'Zaozernaya Hill', type: 'LOCATION' }, date: day('1938-07-31') }), 'Japan captured Zaozernaya Hill (1938-07-31).'],
    ['a captured place without a captor', parts('capture', { location: { name: 'Zaozernaya Hill' } }), 'Zaozernaya Hill was captured (undated).'],
    ['a named patient before the place', parts('capture', { participants: [p('Japan', 'agent'), p('Manchuria', 'patient')], location: { name: 'Mukden', type: 'GPE' } }), 'Japan captured Manchuria in Mukden (undated).'],
    ['a state with "in"', parts('battle', { participants: [p('Japan', 'agent')], location: { name: 'Mongolia', type: 'GPE' }, date: day('1939') }), 'Japan fought in Mongolia (1939).'],
    ['an English verb with its own phrase', parts('capture', { participants: [p('Japan', 'agent'), p('Manchuria', 'patient')], trigger: { text: 'seized', phrase: 'seize', nominal: false, language: 'eng' } }), 'Japan seized Manchuria (undated).'],
    ['a Tagalog verb with its gloss', parts('capture', { participants: [p('Japan', 'agent'), p('Manchuria', 'patient')], trigger: tgl('sinakop', 'sakop') }), 'Japan occupied Manchuria (undated).'],
    ['an event noun with the type\'s verb, not its own', parts('capture', { participants: [p('Japan', 'agent'), p('Manchuria', 'patient')], trigger: { text: 'capture', phrase: 'capture', nominal: true, language: 'eng' } }), 'Japan captured Manchuria (undated).'],
    ['a verb without a gloss with the type\'s verb', parts('battle', { participants: [p('Japan', 'agent'), p('China', 'patient')], trigger: tgl('nagtagumpay', 'walang ganito') }), 'Japan fought China (undated).'],
    ['an English verb without arguments', parts('attack', { date: day('1938-07-31'), trigger: eng('attacked', false) }), 'Attack (1938-07-31).'],
    ['vague English amounts by their magnitude', parts('casualty_report', { quantities: [{ value: null, category: 'killed', qualifier: null, side: 'Soviet Union', text: 'hundreds of killed' }, { value: null, category: 'wounded', qualifier: null, side: 'Soviet Union', text: 'tens of thousands of wounded' }] }), 'Soviet Union losses: hundreds killed, tens of thousands wounded (undated).'],
    ['a vague Tagalog amount by its magnitude', parts('casualty_report', { quantities: [{ value: null, category: 'civilians_killed', qualifier: null, side: 'Japan', text: 'libu-libong sibilyan' }], trigger: tgl('napatay', 'patay') }), 'Japan losses: thousands civilians killed (undated).'],
    ['a figure without value or magnitude as unknown', parts('casualty_report', { quantities: [{ value: null, category: 'killed', qualifier: null, side: 'Japan', text: 'an unknown number' }] }), 'Japan losses: ? killed (undated).'],
  ])('should write %s', (_, input, expected) => {
    expect(summarize(input, context)).toBe(expected);
  });

  it.each<[string, SummaryParts]>([
    ['an unknown Tagalog phrase', parts('battle', { trigger: tgl('kung anu-ano', 'walang ganito') })],
    ['a long English noun phrase', parts('battle', { trigger: eng('the big and long battles of the summer') })],
  ])('should fall back to the type\'s noun for %s', (_, input) => {
    expect(summarize(input, context)).toBe('Fighting (undated).');
  });

  it('should never leave a slot, a Tagalog marker or an underscore in a summary', () => {
    const types: EventType[] = ['attack', 'capture', 'ceasefire', 'award', 'casualty_report', 'other', 'air_strike'];
    for (const type of types) {
      for (const roles of [[], [p('X', 'agent')], [p('Y', 'patient')], [p('X', 'agent'), p('Y', 'patient')]]) {
        const line = summarize(parts(type, { participants: roles, quantities: [{ value: 5, category: 'machine_guns', qualifier: 'more_than', side: null }] }), context);
        expect(line).not.toMatch(/[{}_]|\bang\b|\bng\b|undefined/);
        expect(line).toMatch(/^[A-Z0-9].*\.$/);
      }
    }
  });
});

describe('triggerOf', () => {
  it('should read the phrase and part of speech from the rule', () => {
    const mention = { trigger: { start: 0, end: 7, text: 'labanan' }, rule: 'events/tgl/noun:labanan', evidence: { language: 'tgl' } };
    expect(triggerOf(mention as Parameters<typeof triggerOf>[0])).toEqual({ text: 'labanan', phrase: 'labanan', nominal: true, language: 'tgl' });
  });
});

describe('summaries of the events stage', () => {
  it('should write English for Tagalog evidence from the verb\'s English gloss and its focus roles', () => {
    const document = makeDocument({
      paragraphs: ['𝔸 Noong Agosto 20, pinalibutan ng Pulang Hukbo ang Kwantung Army.'],
      language: 'tgl',
      timexes: [{ text: 'Agosto 20', value: '1939-08-20' }],
      mentions: [{ text: 'Pulang Hukbo', type: 'ORG', normalized: 'Red Army' }, { text: 'Kwantung Army', type: 'MILITARY_UNIT' }],
    });
    const [event] = extractEvents(document, context).events;
    expect(event?.summary).toBe('Red Army encircled Kwantung Army (1939-08-20).');
  });
});
