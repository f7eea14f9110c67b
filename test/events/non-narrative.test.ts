import { describe, expect, it } from 'vitest';
import type { Section } from '../../pipeline/model.js';
import { extractEvents } from '../../pipeline/stages/events.js';
import { workTitles } from '../../pipeline/events/non-narrative.js';
import { tokenize } from '../../pipeline/events/tokens.js';
import { codePointIndex, makeDocument, testContext } from './helpers.js';

function eventsOf(paragraph: string, language: string, kind: Section['kind'] = 'body'): { type: string; trigger: string; start: number }[] {
  const document = makeDocument({ paragraphs: [paragraph], language, section: { kind, title: null, attribution: null } });
  return extractEvents(document, testContext()).events.map((event) => ({ type: event.type, trigger: event.trigger.text, start: event.trigger.start }));
}

describe('text that names events without telling them', () => {
  it.each([
    ['eng', 'In her memoir Siege at Dawn, the nurse recalls the winter of 1870.'],
    ['eng', 'The 1958 film Retreat from Kovel was shown in every town.'],
    ['eng', 'He read the novel "The Invasion of Arcadia" twice.'],
    ['tgl', 'Binasa niya ang aklat na "Ang Pagsalakay sa Bayan" noong bata pa siya.'],
    ['tgl', 'Ipinalabas ang pelikulang "Labanan sa Ilog" sa lahat ng sinehan.'],
    ['eng', 'The Siege of Orvieto 1552 | Old Wars Blog | Home > Italy > Orvieto'],
    ['tgl', 'Tala ng Kasaysayan | Ang Pagsalakay sa Orvieto | Unang Pahina'],
    ['eng', 'Crowds gathered on the 90th anniversary of the bombing of the old bridge.'],
    ['tgl', 'Nagtipon ang mga tao sa ika-90 anibersaryo ng pambobomba sa tulay.'],
  ])('should find no event in the %s text "%s"', (language, text) => {
    expect(eventsOf(text, language)).toEqual([]);
  });

  it.each([
    ['eng', 'The rebels attacked the fort on 3 May 1552.', 'attack'],
    ['eng', 'The battle near the old bridge lasted two days.', 'battle'],
    ['tgl', 'Sinalakay ng mga rebelde ang kuta noong Mayo 3, 1552.', 'attack'],
    // A verb still tells in a sentence that cites a work: only the work's title names nothing.
    ['eng', 'Troops attacked the studio where the film Night Raid was made.', 'attack'],
  ])('should keep the %s event of "%s"', (language, text, type) => {
    expect(eventsOf(text, language).map((event) => event.type)).toContain(type);
  });

  it('should make no record of the event nouns of a header section', () => {
    expect(eventsOf('The Invasion of Arcadia in 1552', 'eng', 'header')).toEqual([]);
    expect(eventsOf('The Invasion of Arcadia in 1552', 'eng').map((event) => event.type)).toEqual(['attack']);
  });

  it('should give code-point offsets after non-BMP characters and skip a dateline', () => {
    const text = '𝔸😀 ORVIETO, Italy — Rebels attacked the town gate on 3 May 1552.';
    const found = eventsOf(text, 'eng');
    expect(found.map((event) => event.trigger)).toEqual(['attacked']);
    expect(found[0]?.start).toBe(codePointIndex(text, 'attacked'));
  });

  it('should read a title after its work noun and links, quoted or capitalized', () => {
    const tokens = tokenize({ id: 's', start: 0, end: 0, text: 'sa aklat na "Labanan sa Ilog" at ang libro Digmaan sa Dagat ng Hilaga.' } as never);
    const titles = workTitles(tokens, { aklat: 'work', libro: 'work', na: 'link' }).map(([first, last]) => tokens.slice(first, last + 1).map((t) => t.text).join(' '));
    expect(titles).toEqual(['Labanan sa Ilog', 'Digmaan sa Dagat ng Hilaga']);
  });

  it('should keep the verb after a pathological run of separators and dashes', () => {
    expect(eventsOf(`${'| > — '.repeat(3000)}attacked`, 'eng')).toEqual([{ type: 'attack', trigger: 'attacked', start: 18000 }]);
  });
});
