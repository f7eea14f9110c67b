import { describe, expect, it } from 'vitest';
import type { EventType, Participant } from '../../pipeline/model.js';
import { summarize, type SummaryParts, type SummaryTrigger } from '../../pipeline/events/summary.js';
import { testContext } from './helpers.js';

const context = testContext();

function parts(type: EventType, over: Partial<SummaryParts> = {}): SummaryParts {
  return { type, participants: [], location: null, date: null, quantities: [], ...over };
}
const p = (name: string, role: Participant['role']) => ({ name, role });
const verb = (text: string, phrase: string, language: string): SummaryTrigger => ({ text, phrase, nominal: false, language });
const killed = (value: number, qualifier: string | null, side: string | null) => ({ value, category: 'killed', qualifier, side });

describe('summaries of events from unseen wars', () => {
  it.each<[string, SummaryParts, string]>([
    // The agent alone of a surrender is the one it yields to, never the one who surrendered.
    ['an English surrender with only the side it yields to', parts('ceasefire', { participants: [p('Madrid', 'agent')], trigger: verb('surrendered', 'surrender', 'eng') }), 'Madrid agreed to a ceasefire (undated).'],
    ['a Tagalog surrender with only the side it yields to', parts('ceasefire', { participants: [p('Edward King', 'agent')], trigger: verb('Sumuko', 'suko', 'tgl') }), 'Edward King agreed to a ceasefire (undated).'],
    ['a withdrawal by its agent', parts('retreat', { participants: [p('Rommel', 'agent')], trigger: verb('withdrew', 'withdraw', 'eng') }), 'Rommel withdrew (undated).'],
    ['a Tagalog escape by its agent', parts('retreat', { participants: [p('Aguinaldo', 'agent')], trigger: verb('Nakatakas', 'takas', 'tgl') }), 'Aguinaldo escaped (undated).'],
    ['a fallen place as its undergoer', parts('capture', { participants: [p('Tobruk', 'patient')], trigger: verb('fell', 'fall', 'eng') }), 'Tobruk fell (undated).'],
    ['a place fallen to its taker', parts('capture', { participants: [p('Tobruk', 'patient'), p('Germany', 'agent')], trigger: verb('fell', 'fall to', 'eng') }), 'Germany captured Tobruk (undated).'],
    ['an English surrender by its undergoer', parts('ceasefire', { participants: [p('Sixth Army', 'patient')], trigger: verb('surrendered', 'surrender', 'eng') }), 'Sixth Army surrendered (undated).'],
    ['a Tagalog surrender by its undergoer', parts('ceasefire', { participants: [p('Yamashita', 'patient')], trigger: verb('Sumuko', 'suko', 'tgl') }), 'Yamashita surrendered (undated).'],
    ['a patient of a word whose subject is no undergoer', parts('capture', { participants: [p('Tobruk', 'patient')], trigger: verb('seized', 'seize', 'eng') }), 'Tobruk was captured (undated).'],
    ['a ceasefire word without an intransitive entry', parts('ceasefire', { participants: [p('Japan', 'agent')], trigger: verb('agreed', 'cease fire', 'eng') }), 'Japan agreed to a ceasefire (undated).'],
    ['a range as one figure', parts('casualty_report', { quantities: [killed(5000, 'at_least', 'Philippines'), killed(18000, 'at_most', 'Philippines')] }), 'Philippines losses: 5,000–18,000 killed (undated).'],
    ['ends of different sides apart', parts('casualty_report', { quantities: [killed(500, 'at_least', 'United States'), killed(650, 'at_most', 'Japan')] }), 'United States and Japan losses: at least 500 killed, at most 650 killed (undated).'],
    ['a figure about two sides', parts('casualty_report', { quantities: [{ value: 76000, category: 'captured', qualifier: 'about', side: 'Philippines+United States' }] }), 'Philippines and United States losses: about 76,000 captured (undated).'],
    ['two ranges in a row', parts('casualty_report', { quantities: [killed(5000, 'at_least', 'A'), killed(18000, 'at_most', 'A'), killed(500, 'at_least', 'B'), killed(650, 'at_most', 'B')] }), 'A and B losses: 5,000–18,000 killed, 500–650 killed (undated).'],
  ])('should tell %s', (_name, input, expected) => {
    expect(summarize(input, context)).toBe(expected);
  });
});
