import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../pipeline/stages/events.js';
import { makeDocument, sentenceOf, testContext } from './helpers.js';

function triggersOf(text: string, language: string) {
  return sentenceOf(makeDocument({ paragraphs: [text], language })).triggers;
}

function eventTypesOf(text: string, language: string): string[] {
  return extractEvents(makeDocument({ paragraphs: [text], language }), testContext()).events.map((event) => event.type);
}

describe('event triggers beyond the seed wars', () => {
  it.each([
    ['eng', 'Major General King surrendered the Luzon Force to the Japanese.', 'surrendered', 'ceasefire'],
    ['eng', 'The garrison capitulated after a month.', 'capitulated', 'ceasefire'],
    ['eng', 'Corregidor fell after a heavy bombardment.', 'fell', 'capture'],
    ['eng', 'American and Filipino troops liberated Manila.', 'liberated', 'capture'],
    ['eng', 'They recaptured Seoul two weeks later.', 'recaptured', 'capture'],
    ['eng', 'Lee withdrew his army toward Virginia.', 'withdrew', 'retreat'],
    ['eng', 'The British evacuated Dunkirk.', 'evacuated', 'retreat'],
    ['eng', 'Guerrillas ambushed a supply column.', 'ambushed', 'attack'],
    ['eng', 'The fleet bombarded the forts.', 'bombarded', 'attack'],
    ['eng', 'The army besieged the town.', 'besieged', 'battle'],
    ['eng', 'The defenders repulsed every assault.', 'repulsed', 'battle'],
    ['eng', 'Wainwright took command of the forces.', 'took command', 'appointment'],
    ['eng', 'Napoleon abdicated in June.', 'abdicated', 'dismissal'],
    ['eng', 'Napoleon raised a new army.', 'raised a new army', 'mobilization'],
    ['eng', 'The United States declared war on Japan.', 'declared', 'other'],
    ['eng', 'Troops landed at Inchon.', 'landed at', 'deployment'],
    ['tgl', 'Sumuko si Heneral King sa mga Hapones.', 'Sumuko', 'ceasefire'],
    ['tgl', 'Isinuko ni King ang Bataan.', 'Isinuko', 'ceasefire'],
    ['tgl', 'Pinalaya ng mga Amerikano ang Maynila.', 'Pinalaya', 'capture'],
    ['tgl', 'Umatras ang mga Espanyol.', 'Umatras', 'retreat'],
    ['tgl', 'Pinaslang si Heneral Luna sa Cabanatuan.', 'Pinaslang', 'death'],
    ['tgl', 'Binitay ang tatlong pari.', 'Binitay', 'death'],
    ['tgl', 'Binomba ng mga eroplano ang Clark Field.', 'Binomba', 'air_strike'],
    ['tgl', 'Kinubkob ng mga rebolusyonaryo ang simbahan ng Baler.', 'Kinubkob', 'battle'],
    ['tgl', 'Tinambangan ng mga gerilya ang kolum.', 'Tinambangan', 'attack'],
    ['tgl', 'Lumapag ang mga tropa sa Lingayen.', 'Lumapag', 'deployment'],
    ['tgl', 'Ipinahayag ni Aguinaldo ang kasarinlan ng Pilipinas.', 'Ipinahayag', 'other'],
    ['tgl', 'Nagsimula ang pagkubkob sa Baler.', 'pagkubkob', 'battle'],
    ['tgl', 'Nagsisuko ang mga sundalo sa plasa.', 'Nagsisuko', 'ceasefire'],
    ['tgl', 'Napasuko ng mga Amerikano ang garison.', 'Napasuko', 'ceasefire'],
    ['tgl', 'Dumaong ang mga Amerikano sa Leyte.', 'Dumaong', 'deployment'],
    ['tgl', 'Binawi ng mga gerilya ang bayan ng Tuguegarao.', 'Binawi', 'capture'],
    ['tgl', 'Nabawi ng mga Pilipino ang kuta.', 'Nabawi', 'capture'],
    ['tgl', 'Nakatakas ang heneral patungong Bukidnon.', 'Nakatakas', 'retreat'],
    ['tgl', 'Itinatag ang Hukbong Bayan noong 1943.', 'Itinatag', 'reorganization'],
    ['eng', 'The general escaped to the mountains of Bukidnon.', 'escaped', 'retreat'],
  ])('should find the %s trigger in "%s"', (language, text, word, type) => {
    const found = triggersOf(text, language).find((trigger) => trigger.text === word);
    expect(found?.type).toBe(type);
    expect([...text].slice(found?.start, found?.end).join('')).toBe(word);
  });

  it.each([
    ['eng', 'About 76,000 soldiers became prisoners of war.', 'battle'],
    ['eng', 'He fell ill in the spring.', 'capture'],
    ['eng', 'Night fell over the camp.', 'capture'],
    ['eng', 'Prices fell sharply that year.', 'capture'],
    ['eng', 'The landing craft were ready.', 'deployment'],
    ['eng', 'A reinforced corps was detached.', 'deployment'],
    ['eng', 'Bombers hit targets on native land in the summer.', 'deployment'],
    ['tgl', 'Mabilis na nakabawi ang mga Hapones mula sa sorpresa.', 'capture'],
    // A word that tells its event in one focus only: "nakabawi" recovered, "matatag" firm.
    ['tgl', 'Nakabawi ang hukbo matapos ang unos.', 'capture'],
    ['tgl', 'Matatag ang depensa ng garison.', 'reorganization'],
  ])('should find no %s trigger of the wrong kind in "%s"', (language, text, type) => {
    expect(triggersOf(text, language).map((trigger) => trigger.type)).not.toContain(type);
  });

  // "bumagsak" is an event word only of a place (`trigger-place-bound.json`): its word is found, its event is not.
  it.each([
    ['tgl', 'Bumagsak ang eroplano sa dagat.', 'capture'],
  ])('should find no %s event of the wrong kind in "%s"', (language, text, type) => {
    expect(eventTypesOf(text, language)).not.toContain(type);
  });

  it('should take no event word inside a date ("the fall of 1941")', () => {
    const text = 'In the fall of 1941 the rains came early. Bataan fell on April 9, 1942.';
    const document = makeDocument({ paragraphs: [text], language: 'eng', timexes: [{ text: 'the fall of 1941', value: '1941-23' }, { text: 'April 9, 1942', value: '1942-04-09' }], mentions: [{ text: 'Bataan', type: 'GPE' }] });
    const events = extractEvents(document, testContext()).events;
    expect(events.map((event) => [event.type, event.trigger.text])).toEqual([['capture', 'fell']]);
  });

  it.each([
    // The vague loss is a casualty report; the war is only its time.
    ['eng', 'Thousands of prisoners were shot after the war.', ['casualty_report']],
    ['eng', 'They recaptured Hue after a month of fighting.', ['capture']],
    ['tgl', 'Bumalik si Aguinaldo sa Cavite pagkatapos ng digmaan.', []],
  ])('should read a war named as a time as no event of its own in the %s sentence "%s"', (language, text, types) => {
    expect(eventTypesOf(text, language)).toEqual(types);
  });

  it('should make no light-verb event of the adjective "last"', () => {
    expect(triggersOf('The last battle was fought at Mukden.', 'eng').map((trigger) => trigger.text)).not.toContain('last');
  });

  it.each([
    ['eng', 'Some 100,000 civilians were killed in the fighting.'],
    ['tgl', 'Napatay ang mga 150 rebolusyonaryo at 2 sundalong Espanyol.'],
    ['tgl', 'Napatay ang 48 sundalong Amerikano at nasugatan ang 22 iba pa.'],
  ])('should make a casualty report, not a bare death, of the %s sentence "%s"', (language, text) => {
    const types = eventTypesOf(text, language);
    expect(types).toContain('casualty_report');
    expect(types).not.toContain('death');
  });

  it.each([
    ['eng', 'About 4,200 American soldiers and some 20,000 Filipino fighters were killed in the war.', ['casualty_report']],
    ['tgl', 'Humigit-kumulang 100,000 sibilyan ang nasawi sa digmaan.', ['casualty_report']],
    ['eng', 'The war broke out in 1899.', ['battle']],
    ['eng', 'The battle cost the Americans dearly.', ['battle']],
  ])('should read an event noun beside a loss figure as its frame in the %s sentence "%s"', (language, text, types) => {
    expect(eventTypesOf(text, language)).toEqual(types);
  });

  it.each([
    // A goal is no event that happened ("in order to", "upang"); bare "to" still tells one.
    ['eng', 'The Germans brought up two divisions in order to capture the bridge.', ['deployment']],
    ['eng', 'The Germans began to attack the bridge.', ['attack']],
    ['tgl', 'Itinatag ang Hukbong Bayan upang labanan ang mga Hapones.', ['reorganization']],
    ['tgl', 'Nagtipon ang mga gerilya para salakayin ang kuta.', []],
    ['tgl', 'Sinalakay ng mga gerilya ang kuta.', ['attack']],
  ])('should take no goal for an event in the %s sentence "%s"', (language, text, types) => {
    expect(eventTypesOf(text, language)).toEqual(types);
  });

  it.each([
    ['eng', 'The Korean War', [], []],
    ['tgl', 'Ang Labanan sa Mactan', [], []],
    ['eng', 'The Battle of Manila, 1945', [{ text: '1945', value: '1945' }], ['battle']],
    ['eng', 'Japan Attacked Pearl Harbor', [], ['attack']],
  ])('should read the %s heading "%s" as its section\'s topic unless it tells a dated or verbal event', (language, heading, timexes, types) => {
    const document = makeDocument({ paragraphs: [heading, 'Nothing else happened.'], language, timexes });
    const headed = { ...document, paragraphs: document.paragraphs.map((p, n) => (n === 0 ? { ...p, kind: 'heading' as const } : p)) };
    expect(extractEvents(headed, testContext()).events.map((event) => event.type)).toEqual(types);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const text = '𝔸😀 Corregidor fell on May 6.';
    const found = triggersOf(text, 'eng').find((trigger) => trigger.type === 'capture');
    expect(found?.text).toBe('fell');
    expect(found?.start).toBe([...text].indexOf('f'));
  });

  it.each([
    ['eng', `${'-'.repeat(4000)} surrendered ${'.'.repeat(4000)}`],
    ['tgl', `${' '.repeat(4000)}Sumuko${' - '.repeat(2000)}`],
  ])('should read a pathological %s line to its one trigger', (language, text) => {
    expect(triggersOf(text, language).map((trigger) => trigger.type)).toEqual(['ceasefire']);
  });
});
