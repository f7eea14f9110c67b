import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../pipeline/model.js';
import { extractEvents } from '../../pipeline/stages/events.js';
import { codePointIndex, makeDocument, testContext } from './helpers.js';

type Case = [language: string, text: string, mentions: [string, EntityType][], trigger: string, patient: string | null];

function eventsOf(text: string, language: string, mentions: [string, EntityType][] = []) {
  const document = makeDocument({ paragraphs: [text], language, mentions: mentions.map(([name, type]) => ({ text: name, type })) });
  return extractEvents(document, testContext()).events;
}

describe('place-bound event words', () => {
  it.each<Case>([
    ['eng', 'Tarlac fell after a siege of nine days.', [['Tarlac', 'GPE']], 'fell', 'Tarlac'],
    ['eng', 'The walled town fell after a week.', [], 'fell', null],
    ['eng', '😀𝔸 The rebels entered Cebu at dawn.', [['Cebu', 'GPE']], 'entered', 'Cebu'],
    ['eng', 'The brigade entered the city without a fight.', [], 'entered', null],
    ['tgl', 'Bumagsak ang Tarlac noong ikatlong araw.', [['Tarlac', 'GPE']], 'Bumagsak', 'Tarlac'],
    // The sa-phrase of "pumasok" is a place cue: its place is the event's location, not a participant.
    ['tgl', '😀𝔸 Pumasok ang mga rebelde sa Cebu.', [['Cebu', 'GPE']], 'Pumasok', null],
    ['tgl', 'Pumasok ang brigada sa lungsod nang madaling-araw.', [], 'Pumasok', null],
  ])('should find a capture in (%s) "%s"', (language, text, mentions, trigger, patient) => {
    const event = eventsOf(text, language, mentions).find((e) => e.type === 'capture');
    expect(event?.trigger.text).toBe(trigger);
    expect(event?.trigger.start).toBe(codePointIndex(text, trigger));
    expect(event?.trigger.end).toBe(codePointIndex(text, trigger) + [...trigger].length);
    if (patient !== null) expect(event?.participants.some((p) => p.text === patient && p.role === 'patient')).toBe(true);
  });

  it.each<[string, string, string]>([
    ['tgl', '😀𝔸 Pumasok sa Iloilo ang mga tropang Amerikano.', 'Iloilo'],
    ['tgl', 'Pumasok ang hukbo sa Vigan noong Abril.', 'Vigan'],
  ])('should put the place "pumasok" enters as the location in (%s) "%s"', (language, text, place) => {
    const event = eventsOf(text, language, [[place, 'GPE']]).find((e) => e.type === 'capture');
    expect(event?.location?.text).toBe(place);
    expect(event?.trigger.start).toBe(codePointIndex(text, 'Pumasok'));
  });

  it.each<[string, string, [string, EntityType][]]>([
    ['eng', 'A transport plane fell near the river.', []],
    ['eng', 'The old tower fell in the storm.', []],
    ['eng', 'The colonel entered the room quietly.', []],
    ['eng', 'Both governments entered into an agreement on trade.', []],
    ['eng', '😀𝔸 The nurse entered the tent with Rizal.', [['Rizal', 'PERSON']]],
    ['tgl', 'Bumagsak ang eroplano sa dagat malapit sa Cebu.', [['Cebu', 'GPE']]],
    ['tgl', 'Pumasok ang heneral sa bahay.', []],
    ['tgl', 'Pumasok sa kasunduan ang dalawang pamahalaan.', []],
  ])('should find no capture in (%s) "%s"', (language, text, mentions) => {
    expect(eventsOf(text, language, mentions).map((e) => e.type)).not.toContain('capture');
  });

  it('should find the fall of a city after a long run of dashes and spaces', () => {
    expect(eventsOf(`${'- '.repeat(20000)}the city fell.`, 'eng').map((event) => [event.type, event.trigger.text, event.trigger.start])).toEqual([['capture', 'fell', 40009]]);
  });
});
