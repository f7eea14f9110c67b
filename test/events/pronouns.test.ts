import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../pipeline/model.js';
import { extractEvents } from '../../pipeline/stages/events.js';
import { makeDocument, testContext } from './helpers.js';

const context = testContext();

/** Each event of the document as [type, [participant text, name, role]…]. */
function eventsOf(paragraphs: string[], language: string, mentions: [string, EntityType, string][]) {
  const document = makeDocument({ paragraphs, language, mentions: mentions.map(([text, type, normalized]) => ({ text, type, normalized })) });
  return extractEvents(document, context).events.map((e) => [e.type, e.participants.map((p) => [p.text, p.name, p.role])]);
}

describe('pronouns', () => {
  it.each<[string, string, [string, EntityType, string][], unknown[]]>([
    [
      'eng',
      'On July 29, the Japanese launched an attack on the post, but after a heated battle they were driven back.',
      [['Japanese', 'GPE', 'Japan']],
      [['attack', [['Japanese', 'Japan', 'agent']]], ['retreat', [['they', 'Japan', 'patient']]]],
    ],
    [
      'eng',
      '😀 The Red Army attacked the hill, and then they captured it.',
      [['Red Army', 'ORG', 'Red Army']],
      [['attack', [['Red Army', 'Red Army', 'agent']]], ['capture', [['they', 'Red Army', 'agent']]]],
    ],
    [
      'tgl',
      'Sumalakay ang Kwantung Army sa burol, ngunit tinalo sila ng Pulang Hukbo.',
      [['Kwantung Army', 'MILITARY_UNIT', 'Kwantung Army'], ['Pulang Hukbo', 'ORG', 'Red Army']],
      [['attack', [['Kwantung Army', 'Kwantung Army', 'agent']]], ['battle', [['Pulang Hukbo', 'Red Army', 'agent'], ['sila', 'Kwantung Army', 'patient']]]],
    ],
    // A possessive pronoun stands for its phrase, in the case of the marker before it or the subject's place.
    [
      'tgl',
      'Sinalakay ng mga Amerikano ang Maynila, ngunit isinuko ng kanilang heneral ang lungsod.',
      [['Amerikano', 'GPE', 'United States']],
      [['attack', [['Amerikano', 'United States', 'agent']]], ['ceasefire', [['kanilang', 'United States', 'agent']]]],
    ],
    [
      'eng',
      'The Filipinos attacked the Japanese at Bataan, but their commander surrendered on April 9.',
      [['Filipinos', 'GPE', 'Philippines'], ['Japanese', 'GPE', 'Japan']],
      [['attack', [['Filipinos', 'Philippines', 'agent'], ['Japanese', 'Japan', 'patient']]], ['ceasefire', [['their', 'Philippines', 'patient']]]],
    ],
  ])('should resolve a pronoun to the last agent of its sentence (%s) in "%s"', (language, text, mentions, expected) => {
    expect(eventsOf([text], language, mentions)).toEqual(expected);
  });

  it.each<[string, string[], [string, EntityType, string][]]>([
    ['a pronoun in a later sentence', ['The Japanese attacked the post.', 'They were driven back.'], [['Japanese', 'GPE', 'Japan']]],
    ['a clause that names its own subject', ['The Japanese attacked the post, and they said the Red Army retreated.'], [['Japanese', 'GPE', 'Japan'], ['Red Army', 'ORG', 'Red Army']]],
    ['a possessive after the verb', ['The Japanese attacked the post, and Tokyo announced their mobilization.'], [['Japanese', 'GPE', 'Japan'], ['Tokyo', 'GPE', 'Tokyo']]],
  ])('should not resolve %s', (_, paragraphs, mentions) => {
    const events = eventsOf(paragraphs, 'eng', mentions);
    const pronouns = events.flatMap(([, participants]) => (participants as string[][]).filter(([text]) => /^(they|their)$/i.test(text ?? '')));
    expect(pronouns).toEqual([]);
  });

  it('should take no possessive in an oblique phrase for an argument', () => {
    const events = eventsOf(['Sinalakay ng mga Amerikano ang Maynila, ngunit natapos ito sa kanilang pagkatalo.'], 'tgl', [['Amerikano', 'GPE', 'United States']]);
    expect(events.flatMap(([, participants]) => (participants as string[][]).map(([text]) => text))).not.toContain('kanilang');
  });
});

describe('left-out subjects of coordinate clauses', () => {
  it.each<[string, string, [string, EntityType, string][], unknown[]]>([
    [
      'eng',
      'The Americans attacked Leyte, and then captured Tacloban.',
      [['Americans', 'GPE', 'United States'], ['Leyte', 'LOCATION', 'Leyte'], ['Tacloban', 'GPE', 'Tacloban']],
      [['attack', [['Americans', 'United States', 'agent']]], ['capture', [['Tacloban', 'Tacloban', 'patient'], ['Americans', 'United States', 'agent']]]],
    ],
    [
      'eng',
      '😀 The Chinese attacked the bridge at dawn, but were driven back.',
      [['Chinese', 'GPE', 'China']],
      [['attack', [['Chinese', 'China', 'agent']]], ['retreat', [['Chinese', 'China', 'patient']]]],
    ],
    [
      'tgl',
      'Sumalakay ang mga Amerikano sa Leyte, at umatras pagkatapos.',
      [['Amerikano', 'GPE', 'United States']],
      [['attack', [['Amerikano', 'United States', 'agent']]], ['retreat', [['Amerikano', 'United States', 'agent']]]],
    ],
  ])('should give a coordinate clause the subject it leaves out (%s) in "%s"', (language, text, mentions, expected) => {
    expect(eventsOf([text], language, mentions)).toEqual(expected);
  });

  it.each<[string, string, [string, EntityType, string][], string]>([
    ['eng', 'The Americans attacked Leyte, and the Japanese captured Tacloban.', [['Americans', 'GPE', 'United States'], ['Japanese', 'GPE', 'Japan']], 'Japanese'],
    ['eng', 'The Americans attacked Leyte, and later Japan captured Tacloban.', [['Americans', 'GPE', 'United States'], ['Japan', 'GPE', 'Japan']], 'Japan'],
    ['tgl', 'Sumalakay ang mga Amerikano sa Leyte, at umatras ang mga Hapones.', [['Amerikano', 'GPE', 'United States'], ['Hapones', 'GPE', 'Japan']], 'Hapones'],
  ])('should keep the subject a coordinate clause names itself (%s) in "%s"', (language, text, mentions, own) => {
    const last = eventsOf([text], language, mentions).at(-1) as [string, string[][]];
    expect(last[1].map(([name]) => name)).toEqual([own]);
  });
});
