import { describe, expect, it } from 'vitest';
import type { Entity, EntityType, EventType, Participant } from '../../pipeline/model.js';
import { clauses } from '../../pipeline/events/clauses.js';
import { forceEntityKey, forceMentions, forcePhrases, isForceMention, resolveForce } from '../../pipeline/events/forces.js';
import { attachParticipants } from '../../pipeline/events/participants.js';
import { nominalTokens } from '../../pipeline/events/pos.js';
import { tokenize } from '../../pipeline/events/tokens.js';
import { findTriggers } from '../../pipeline/events/triggers.js';
import { codePointIndex, makeDocument, sentenceOf } from './helpers.js';

const phrasesOf = (text: string, language: string) => forcePhrases(tokenize({ text, start: 0 }), language);

describe('forcePhrases', () => {
  it.each<[string, string, string, string[], string]>([
    ['eng', 'On July 29 the Soviet troops launched an offensive.', 'Soviet troops', ['soviet-union'], 'armedForces'],
    ['eng', 'Japanese infantry crossed the border.', 'Japanese infantry', ['japan'], 'armedForces'],
    ['eng', 'Soviet aviation bombed the heights.', 'Soviet aviation', ['soviet-union'], 'airForces'],
    ['eng', 'The Soviet border units held the hill.', 'Soviet border units', ['soviet-union'], 'armedForces'],
    ['eng', 'Soviet-Mongolian troops advanced.', 'Soviet-Mongolian troops', ['soviet-union', 'mongolia'], 'armedForces'],
    ['eng', 'The Japanese navy waited.', 'Japanese navy', ['japan'], 'navalForces'],
    ['eng', 'The Japanese side admitted the loss.', 'Japanese side', ['japan'], 'state'],
    ['tgl', 'Umamin ang panig na Hapon.', 'panig na Hapon', ['japan'], 'state'],
    ['tgl', 'Sumalakay ang mga tropang Hapon sa Mongolia.', 'tropang Hapon', ['japan'], 'armedForces'],
    ['tgl', 'Umatras ang hukbo ng Hapon.', 'hukbo ng Hapon', ['japan'], 'armedForces'],
    ['tgl', 'Lumaban ang mga sundalong Sobyet.', 'sundalong Sobyet', ['soviet-union'], 'armedForces'],
    ['tgl', 'Dumating ang Sobyet na tropa.', 'Sobyet na tropa', ['soviet-union'], 'armedForces'],
    ['tgl', 'Sumalakay ang tropa ng Soviet-Mongolian.', 'tropa ng Soviet-Mongolian', ['soviet-union', 'mongolia'], 'armedForces'],
    ['eng', 'Incidents were noted on the Soviet-Japanese border.', 'Soviet-Japanese', ['soviet-union', 'japan'], 'state'],
    ['eng', 'On the night of May 11, a Mongolian regiment, with artillery, crossed the river.', 'Mongolian regiment', ['mongolia'], 'armedForces'],
    ['eng', 'The Japanese attacked the Soviet border post at dawn.', 'Soviet border post', ['soviet-union'], 'armedForces'],
    ['eng', 'German bombers struck the port.', 'German bombers', ['germany'], 'airForces'],
    ['tgl', 'Sumalakay ang rehimyentong Hapon sa tulay.', 'rehimyentong Hapon', ['japan'], 'armedForces'],
    ['tgl', 'Binomba ng hukbong panghimpapawid ng Hapon ang daungan.', 'hukbong panghimpapawid ng Hapon', ['japan'], 'airForces'],
    ['tgl', 'Nilagdaan ang kasunduang Soviet-Japanese.', 'Soviet-Japanese', ['soviet-union', 'japan'], 'state'],
  ])('should find the force phrase of a %s sentence "%s"', (language, text, phrase, states, branch) => {
    const found = phrasesOf(text, language);
    expect(found).toHaveLength(1);
    const start = codePointIndex(text, phrase);
    expect(found[0]).toEqual({ start, end: start + [...phrase].length, text: phrase, states, branch });
  });

  it.each<[string, string]>([
    ['eng', 'The Japanese government protested.'],
    ['eng', 'The Japanese entered Soviet territory.'],
    ['eng', 'The soviet troops moved.'],
    ['eng', 'Soviet and Japanese diplomats met.'],
    ['eng', 'The Soviet border was closed.'],
    ['eng', 'The troops rested.'],
    ['tgl', 'Nagprotesta ang gobyerno ng Hapon.'],
    ['tgl', 'Pumasok sila sa teritoryo ng Sobyet.'],
    ['tgl', 'Dumating ang mga tropa noong hapon.'],
    ['tgl', 'Nagpulong ang mga Hapon.'],
  ])('should find no force phrase in the %s sentence "%s"', (language, text) => {
    expect(phrasesOf(text, language)).toEqual([]);
  });

  it('should keep code-point offsets after a non-BMP character', () => {
    const text = '𝔸😀 Japanese troops attacked.';
    const [phrase] = phrasesOf(text, 'eng');
    expect(phrase?.start).toBe(3);
    expect([...text].slice(phrase?.start, phrase?.end).join('')).toBe('Japanese troops');
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should find no force phrase made of runs, and slice every phrase found to its text', () => {
    const text = ['Soviet '.repeat(20000), '.'.repeat(20000), ' - '.repeat(20000), ' '.repeat(20000), 'tropang '.repeat(20000), 'Soviet-'.repeat(4)].join('');
    expect(phrasesOf(text, 'eng')).toEqual([]);
    const tagalog = phrasesOf(text, 'tgl');
    expect(tagalog.map((phrase) => phrase.states)).toEqual([['soviet-union']]);
    const chars = [...text];
    for (const phrase of tagalog) {
      expect(chars.slice(phrase.start, phrase.end).join('')).toBe(phrase.text);
      expect(phrase.text).not.toMatch(/\.|--| - |\s{2}/);
    }
  });
});

describe('forceEntityKey', () => {
  it.each<[string, string, EventType, string]>([
    ['soviet-union', 'armedForces', 'attack', 'red-army'],
    ['soviet-union', 'airForces', 'air_strike', 'soviet-air-forces'],
    ['japan', 'airForces', 'air_strike', 'imperial-japanese-army'],
    ['japan', 'armedForces', 'retreat', 'imperial-japanese-army'],
    ['mongolia', 'armedForces', 'attack', 'mongolia'],
    ['soviet-union', 'armedForces', 'negotiation', 'soviet-union'],
    ['japan', 'armedForces', 'diplomatic_note', 'japan'],
    ['japan', 'state', 'casualty_report', 'japan'],
  ])('should give %s with %s in a %s the entry %s', (state, branch, type, key) => {
    expect(forceEntityKey(state, branch, type)).toBe(key);
  });
});

type Spec = [text: string, type: EntityType];

/** Participants of the first trigger of a one-sentence document, as [text, name, role]. */
function participantsOf(text: string, language: string, mentions: Spec[] = []): [string, string, string][] {
  const document = makeDocument({ paragraphs: [text], language, mentions: mentions.map(([t, type]) => ({ text: t, type })) });
  const sentence = sentenceOf(document);
  const nominal = nominalTokens(sentence.tokens, sentence.segment, sentence.lexicon);
  const trigger = findTriggers(sentence.tokens, sentence.slice, sentence.lexicon, nominal)[0];
  if (!trigger) throw new Error(`no trigger in '${text}'`);
  const clause = clauses(sentence.tokens, sentence.lexicon).find((c) => trigger.start >= c.start && trigger.end <= c.end);
  if (!clause) throw new Error('no clause');
  return attachParticipants(sentence, clause, trigger).map((p) => [p.text, p.name, p.role]);
}

describe('force phrases as participants', () => {
  it.each<[string, string, Spec[], [string, string, string][]]>([
    ['eng', 'The Soviet troops attacked the Japanese positions.', [], [['Soviet troops', 'Red Army', 'agent']]],
    ['eng', 'Japanese troops attacked the Red Army.', [['Red Army', 'ORG']], [['Japanese troops', 'Imperial Japanese Army', 'agent'], ['Red Army', 'Red Army', 'patient']]],
    ['eng', 'Soviet aviation bombed the Japanese positions.', [], [['Soviet aviation', 'Soviet Air Forces', 'agent']]],
    ['eng', 'The Japanese command attacked the Red Army.', [['Red Army', 'ORG']], [['Japanese command', 'Imperial Japanese Army', 'agent'], ['Red Army', 'Red Army', 'patient']]],
    ['eng', 'The Japanese side attacked the Red Army.', [['Red Army', 'ORG']], [['Japanese side', 'Japan', 'agent'], ['Red Army', 'Red Army', 'patient']]],
    ['eng', 'The Soviet side sent a note to Japan.', [['Japan', 'GPE']], [['Soviet side', 'Soviet Union', 'agent'], ['Japan', 'Japan', 'patient']]],
    ['eng', 'The Soviet Army attacked the hill.', [['Soviet Army', 'ORG']], [['Soviet Army', 'Soviet Army', 'agent']]],
    ['tgl', 'Sumalakay ang mga tropang Hapon sa 11th Tank Brigade.', [['11th Tank Brigade', 'MILITARY_UNIT']], [['tropang Hapon', 'Imperial Japanese Army', 'agent'], ['11th Tank Brigade', '11th Tank Brigade', 'patient']]],
    ['tgl', 'Sinalakay ng mga tropang Sobyet ang Kwantung Army.', [['Kwantung Army', 'MILITARY_UNIT']], [['tropang Sobyet', 'Red Army', 'agent'], ['Kwantung Army', 'Kwantung Army', 'patient']]],
    ['tgl', 'Umatras ang hukbo ng Hapon.', [], [['hukbo ng Hapon', 'Imperial Japanese Army', 'agent']]],
    ['eng', 'A Japanese attack on the Red Army followed.', [['Red Army', 'ORG']], [['Japanese', 'Imperial Japanese Army', 'agent'], ['Red Army', 'Red Army', 'patient']]],
    ['eng', 'The Soviet-Japanese battle was fierce.', [], [['Soviet-Japanese', 'Soviet Union', 'participant'], ['Soviet-Japanese', 'Japan', 'participant']]],
  ])('should make the force phrase of the %s sentence "%s" a participant', (language, text, mentions, expected) => {
    expect(participantsOf(text, language, mentions)).toEqual(expected);
  });

  it.each<[string, string, Spec[], string]>([
    ['eng', 'Zhukov was appointed commander of the Soviet troops.', [['Zhukov', 'PERSON']], 'Soviet troops'],
    ['eng', 'Litvinov met Shigemitsu while Soviet border guards stood by.', [['Litvinov', 'PERSON'], ['Shigemitsu', 'PERSON']], 'Soviet border guards'],
    ['eng', 'The Japanese government protested the attack.', [], 'Japanese government'],
    ['tgl', 'Hinirang si Zhukov na kumander ng mga tropang Sobyet.', [['Zhukov', 'PERSON']], 'tropang Sobyet'],
  ])('should make no participant of the force phrase of the %s sentence "%s"', (language, text, mentions, absent) => {
    expect(participantsOf(text, language, mentions).map(([phrase]) => phrase)).not.toContain(absent);
  });

  it('should give each stand-in mention a force id and the phrase span', () => {
    const text = '😀 Japanese troops attacked.';
    const document = makeDocument({ paragraphs: [text], language: 'eng' });
    const sentence = sentenceOf(document);
    const [mention] = forceMentions(sentence, findTriggers(sentence.tokens, sentence.slice, sentence.lexicon, new Set())[0]!);
    expect(mention && isForceMention(mention.id)).toBe(true);
    expect(mention?.start).toBe(codePointIndex(text, 'Japanese troops'));
    expect(mention?.gazetteer).toBe('imperial-japanese-army');
  });
});

describe('force phrases of the narrator and the enemy', () => {
  /** Participants of the first trigger of the sentence `n` of a document, as [text, name, role]. */
  function participantsIn(paragraphs: string[], language: string, n: number, mentions: Spec[]): [string, string, string][] {
    const document = makeDocument({ paragraphs, language, mentions: mentions.map(([t, type]) => ({ text: t, type })) });
    const sentence = sentenceOf(document, n);
    const trigger = findTriggers(sentence.tokens, sentence.slice, sentence.lexicon, nominalTokens(sentence.tokens, sentence.segment, sentence.lexicon))[0];
    if (!trigger) throw new Error('no trigger');
    const clause = clauses(sentence.tokens, sentence.lexicon).find((c) => trigger.start >= c.start && trigger.end <= c.end);
    if (!clause) throw new Error('no clause');
    return attachParticipants(sentence, clause, trigger).map((p) => [p.text, p.name, p.role]);
  }

  it.each<[string, string[], Spec[], [string, string, string][]]>([
    ['eng', ['The Soviet troops held the line near the lake.', 'The Japanese infantry retreated.', 'Our troops attacked the Kwantung Army.'], [['Kwantung Army', 'MILITARY_UNIT']], [['Our troops', 'Red Army', 'agent'], ['Kwantung Army', 'Kwantung Army', 'patient']]],
    ['tgl', ['Lumaban ang mga tropang Sobyet sa lawa.', 'Umatras ang hukbo ng Hapon.', 'Sumalakay ang aming mga tropa sa Kwantung Army.'], [['Kwantung Army', 'MILITARY_UNIT']], [['aming mga tropa', 'Red Army', 'agent'], ['Kwantung Army', 'Kwantung Army', 'patient']]],
  ])('should resolve "our troops" in %s to the side the document calls its own', (language, paragraphs, mentions, expected) => {
    expect(participantsIn(paragraphs, language, 2, mentions)).toEqual(expected);
  });

  it.each<[string, string[], Spec[], [string, string, string][]]>([
    ['eng', ['The Soviet troops held the line near the lake.', 'The Japanese infantry retreated.', 'Our troops attacked the enemy at dawn.'], [], [['Our troops', 'Red Army', 'agent'], ['enemy', 'Japan', 'patient']]],
    ['eng', ['The Soviet troops held the line near the lake.', 'The Japanese infantry retreated.', 'Our troops attacked the enemy.'], [], [['Our troops', 'Red Army', 'agent'], ['enemy', 'Japan', 'patient']]],
    ['tgl', ['Lumaban ang mga tropang Sobyet sa lawa.', 'Umatras ang hukbo ng Hapon.', 'Pinalibutan ng aming mga tropa ang kaaway.'], [], [['aming mga tropa', 'Red Army', 'agent'], ['kaaway', 'Japan', 'patient']]],
    ['tgl', ['Lumaban ang mga tropang Sobyet sa lawa.', 'Umatras ang hukbo ng Hapon.', 'Sinalakay ng aming mga tropa ang kalaban sa gubat.'], [], [['aming mga tropa', 'Red Army', 'agent'], ['kalaban', 'Japan', 'patient']]],
  ])('should take "the enemy" standing alone in %s for the enemy state', (language, paragraphs, mentions, expected) => {
    expect(participantsIn(paragraphs, language, 2, mentions)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // Before another noun "enemy" only modifies it.
    ['eng', ['The Soviet troops held the line near the lake.', 'The Japanese infantry retreated.', 'Our troops attacked enemy positions.']],
    // A document that names no side has no enemy to resolve.
    ['eng', ['The weather was cold.', 'The rain stopped.', 'Our troops attacked the enemy.']],
  ])('should make no participant of "enemy" in the %s sentence of %j', (language, paragraphs) => {
    expect(participantsIn(paragraphs, language, 2, []).map(([text]) => text)).not.toContain('enemy');
  });

  it.each<[string, string[], [string, string, string][]]>([
    ['eng', ['The Soviet troops held the line near the lake.', 'Our troops attacked the Japanese infantry.', 'Both sides brought up fresh forces.'], [['Both sides', 'Soviet Union', 'participant'], ['Both sides', 'Japan', 'participant']]],
    ['eng', ['The Soviet troops held the line near the lake.', 'Our troops attacked the Japanese infantry.', 'A war broke out between the two states.'], [['the two states', 'Soviet Union', 'participant'], ['the two states', 'Japan', 'participant']]],
    ['tgl', ['Lumaban ang mga tropang Sobyet sa lawa.', 'Sumalakay ang aming mga tropa sa hukbo ng Hapon.', 'Nagdala ang magkabilang panig ng sariwang pwersa.'], [['magkabilang panig', 'Soviet Union', 'participant'], ['magkabilang panig', 'Japan', 'participant']]],
    // Without sides of its own a document gives "both sides" no names.
    ['eng', ['The weather was cold.', 'The rain stopped.', 'Both sides brought up fresh forces.'], []],
  ])('should take "both sides" in %s for the narrator\'s side and the enemy', (language, paragraphs, expected) => {
    expect(participantsIn(paragraphs, language, 2, [])).toEqual(expected);
  });

  it('should make no participant of "our troops" when the document names no side of its own', () => {
    const found = participantsIn(['The weather was cold.', 'Our troops attacked the Kwantung Army.'], 'eng', 1, [['Kwantung Army', 'MILITARY_UNIT']]);
    expect(found.map(([text]) => text)).toEqual(['Kwantung Army']);
  });
});

describe('resolveForce', () => {
  const participant: Participant = { mention: 'force-1', entity: 'red-army', name: 'Red Army', type: 'ORG', role: 'agent', text: 'Soviet troops' };
  const entity = (id: string, name: string, type: EntityType): Entity => ({ id, name, type, aliases: [], wikidata: null, mentions: [] });

  it('should take the corpus entity named by the linker', () => {
    const byId = new Map([['en-red-army', entity('en-red-army', 'Red Army', 'ORG')]]);
    expect(resolveForce(participant, byId)).toMatchObject({ entity: 'en-red-army', name: 'Red Army' });
  });

  it.each<[string, Map<string, Entity>]>([
    ['no entity of that name', new Map([['en-japan', entity('en-japan', 'Japan', 'GPE')]])],
    ['an entity of that id but another type', new Map([['en-red-army', entity('en-red-army', 'Red Army', 'LOCATION')]])],
  ])('should leave the entity null when the corpus has %s', (_, byId) => {
    expect(resolveForce(participant, byId)).toMatchObject({ entity: null, name: 'Red Army' });
  });
});
