import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../pipeline/model.js';
import { clauses } from '../../pipeline/events/clauses.js';
import { attachParticipants } from '../../pipeline/events/participants.js';
import { nominalTokens } from '../../pipeline/events/pos.js';
import { findTriggers } from '../../pipeline/events/triggers.js';
import { codePointIndex, makeDocument, sentenceOf } from './helpers.js';

type Spec = [text: string, type: EntityType];

/** Participants of the first trigger of a one-sentence document, as [text, role]. */
function rolesOf(text: string, language: string, mentions: Spec[], nth = 0) {
  const document = makeDocument({ paragraphs: [text], language, mentions: mentions.map(([t, type]) => ({ text: t, type })) });
  const sentence = sentenceOf(document);
  const nominal = nominalTokens(sentence.tokens, sentence.segment, sentence.lexicon);
  const trigger = findTriggers(sentence.tokens, sentence.slice, sentence.lexicon, nominal)[nth];
  if (!trigger) throw new Error(`no trigger in '${text}'`);
  const clause = clauses(sentence.tokens, sentence.lexicon).find((c) => trigger.start >= c.start && trigger.end <= c.end);
  if (!clause) throw new Error('no clause');
  return attachParticipants(sentence, clause, trigger);
}

const pairs = (text: string, language: string, mentions: Spec[], nth = 0): [string, string][] =>
  rolesOf(text, language, mentions, nth).map((p) => [p.text, p.role]);

describe('attachParticipants, English clause structure', () => {
  it.each<[string, Spec[], [string, string][]]>([
    ['The Japanese attacked the Red Army.', [['Japanese', 'GPE'], ['Red Army', 'ORG']], [['Japanese', 'agent'], ['Red Army', 'patient']]],
    ['The Red Army was attacked by the Japanese.', [['Red Army', 'ORG'], ['Japanese', 'GPE']], [['Red Army', 'patient'], ['Japanese', 'agent']]],
    ['The capture of Manchuria by the Kwantung Army followed.', [['Manchuria', 'GPE'], ['Kwantung Army', 'MILITARY_UNIT']], [['Manchuria', 'patient'], ['Kwantung Army', 'agent']]],
    ['The offensive of the Red Army on the positions of the Japanese began.', [['Red Army', 'ORG'], ['Japanese', 'GPE']], [['Red Army', 'agent'], ['Japanese', 'patient']]],
    ['The Kwantung Army fought against the Red Army.', [['Kwantung Army', 'MILITARY_UNIT'], ['Red Army', 'ORG']], [['Kwantung Army', 'agent'], ['Red Army', 'patient']]],
    ['The head of the outpost, Makhalin, who became a Hero of the Soviet Union, also died.', [['Makhalin', 'PERSON'], ['Soviet Union', 'GPE']], [['Makhalin', 'patient']]],
    ['Vinevitin killed the officer Matsushima.', [['Vinevitin', 'PERSON'], ['Matsushima', 'PERSON']], [['Vinevitin', 'agent'], ['Matsushima', 'patient']]],
    ['Vinevitin killed the officer.', [['Vinevitin', 'PERSON']], [['Vinevitin', 'agent']]],
    ['Shigemitsu negotiated with Litvinov.', [['Shigemitsu', 'PERSON'], ['Litvinov', 'PERSON']], [['Shigemitsu', 'agent'], ['Litvinov', 'participant']]],
    ['The Soviet government sent a note to Japan.', [['Japan', 'GPE']], [['Japan', 'patient']]],
  ])('should give the roles of "%s"', (text, mentions, expected) => {
    expect(pairs(text, 'eng', mentions)).toEqual(expected);
  });

  it.each<[string, Spec[], string]>([
    ['Litvinov stated that the Japanese began to occupy the heights.', [['Litvinov', 'PERSON'], ['Japanese', 'GPE']], 'Litvinov'],
    ['At a dinner with Litvinov, the Japanese captured the heights.', [['Litvinov', 'PERSON'], ['Japanese', 'GPE']], 'Litvinov'],
    ['The Japanese, whom Stalin feared, attacked the post.', [['Japanese', 'GPE'], ['Stalin', 'PERSON']], 'Stalin'],
    ['The Japanese captured the hill in front of Sorge.', [['Japanese', 'GPE'], ['Sorge', 'PERSON']], 'Sorge'],
  ])('should not make a participant of what is no argument in "%s"', (text, mentions, absent) => {
    const names = pairs(text, 'eng', mentions).map(([name]) => name);
    expect(names).not.toContain(absent);
    expect(names).toContain('Japanese');
  });

  it('should keep a side named without a role in a battle, but not a person', () => {
    const found = pairs('The battle was fierce for Japan and Stalin.', 'eng', [['Japan', 'GPE'], ['Stalin', 'PERSON']]);
    expect(found).toEqual([['Japan', 'participant']]);
  });

  it('should keep code-point offsets of a mention after a non-BMP character', () => {
    const text = '𝔸😀 The Japanese attacked the Red Army.';
    const [agent] = rolesOf(text, 'eng', [['Japanese', 'GPE'], ['Red Army', 'ORG']]);
    expect(agent).toMatchObject({ text: 'Japanese', role: 'agent' });
    const document = makeDocument({ paragraphs: [text], language: 'eng', mentions: [{ text: 'Japanese', type: 'GPE' }] });
    expect(document.mentions[0]?.start).toBe(codePointIndex(text, 'Japanese'));
    expect(document.mentions[0]?.start).toBe(7);
  });
});

describe('attachParticipants, Tagalog focus', () => {
  it.each<[string, Spec[], [string, string][]]>([
    // Actor focus (-um-, nag-): the ang-phrase is the agent, a sa-phrase the target.
    ['Sumalakay ang Kwantung Army sa 11th Tank Brigade.', [['Kwantung Army', 'MILITARY_UNIT'], ['11th Tank Brigade', 'MILITARY_UNIT']], [['Kwantung Army', 'agent'], ['11th Tank Brigade', 'patient']]],
    ['Naglunsad ang Pulang Hukbo ng opensiba laban sa Kwantung Army.', [['Pulang Hukbo', 'ORG'], ['Kwantung Army', 'MILITARY_UNIT']], [['Pulang Hukbo', 'agent'], ['Kwantung Army', 'patient']]],
    // Object focus (-in-, -an, i-): the ang-phrase is the patient, the ng-phrase the agent.
    ['Sinalakay ng Kwantung Army ang 11th Tank Brigade.', [['Kwantung Army', 'MILITARY_UNIT'], ['11th Tank Brigade', 'MILITARY_UNIT']], [['Kwantung Army', 'agent'], ['11th Tank Brigade', 'patient']]],
    ['Pinalibutan ng Pulang Hukbo ang Kwantung Army.', [['Pulang Hukbo', 'ORG'], ['Kwantung Army', 'MILITARY_UNIT']], [['Pulang Hukbo', 'agent'], ['Kwantung Army', 'patient']]],
    ['Nilabag ng panig ng Hapon ang hangganan ng estado ng USSR.', [['Hapon', 'GPE'], ['USSR', 'GPE']], [['Hapon', 'agent'], ['USSR', 'patient']]],
    ['Sinakop ng mga tropa ng Hapon ang Harbin.', [['Hapon', 'GPE'], ['Harbin', 'GPE']], [['Hapon', 'agent'], ['Harbin', 'patient']]],
    ['Inaresto ng NKVD si Blyukher.', [['NKVD', 'ORG'], ['Blyukher', 'PERSON']], [['NKVD', 'agent'], ['Blyukher', 'patient']]],
    // An event noun's own ng-phrase: the actor of an attack, the undergoer of an arrest.
    ['Nagsimula ang pag-atake ng Kwantung Army.', [['Kwantung Army', 'MILITARY_UNIT']], [['Kwantung Army', 'agent']]],
    ['Sa isang lihim na desisyon ng gobyerno ng Japan, handa ang hukbo.', [['Japan', 'GPE']], [['Japan', 'agent']]],
  ])('should give the roles of "%s"', (text, mentions, expected) => {
    expect(pairs(text, 'tgl', mentions)).toEqual(expected);
  });

  it.each<[string, Spec[], string, string]>([
    // The possessor of an office named beside its holder, or of a place, only modifies it.
    ['Sinalakay ng pinuno ng kawani ng Eighth Army, si Walker, ang Seoul.', [['Eighth Army', 'MILITARY_UNIT'], ['Walker', 'PERSON'], ['Seoul', 'GPE']], 'Eighth Army', 'Seoul'],
    ['Sinalakay ng mga Hapones ang kabisera ng Korea.', [['Hapones', 'GPE'], ['Korea', 'GPE']], 'Korea', 'Hapones'],
  ])('should make no participant of a mere ng-possessor in "%s"', (text, mentions, absent, present) => {
    const names = pairs(text, 'tgl', mentions).map(([name]) => name);
    expect(names).not.toContain(absent);
    expect(names).toContain(present);
  });

  it.each<[string, Spec[], [string, string]]>([
    // Forces, holdings and an office whose holder goes unnamed keep their possessor.
    ['Sinalakay ng mga tropa ng Eighth Army ang Seoul.', [['Eighth Army', 'MILITARY_UNIT'], ['Seoul', 'GPE']], ['Eighth Army', 'agent']],
    ['Nilabag ng mga Hapones ang hangganan ng Pilipinas.', [['Hapones', 'GPE'], ['Pilipinas', 'GPE']], ['Pilipinas', 'patient']],
    ['Sinalakay ng kumander ng Eighth Army ang Seoul.', [['Eighth Army', 'MILITARY_UNIT'], ['Seoul', 'GPE']], ['Eighth Army', 'agent']],
    ['Sinalakay ng mga Amerikano ang hilagang bahagi ng Luzon.', [['Amerikano', 'GPE'], ['Luzon', 'GPE']], ['Luzon', 'patient']],
  ])('should keep the ng-possessor of a force, a holding or an unnamed office in "%s"', (text, mentions, expected) => {
    expect(pairs(text, 'tgl', mentions)).toContainEqual(expected);
  });

  it('should not take an argument from inside a "kung saan" clause', () => {
    const found = pairs('Sinakop ng Hapon ang burol, kung saan naroon si Makhalin.', 'tgl', [['Hapon', 'GPE'], ['Makhalin', 'PERSON']]);
    expect(found.map(([name]) => name)).not.toContain('Makhalin');
    expect(found).toContainEqual(['Hapon', 'agent']);
  });
});

describe('attachParticipants, verbs whose subject undergoes the event', () => {
  it.each<[string, string, Spec[], [string, string][]]>([
    // The subject falls or gives up; the one it yields to is the agent (trigger-undergoers.json).
    ['eng', 'Tobruk fell.', [['Tobruk', 'GPE']], [['Tobruk', 'patient']]],
    ['eng', 'Singapore fell to the Japanese on February 15.', [['Singapore', 'GPE'], ['Japanese', 'GPE']], [['Singapore', 'patient'], ['Japanese', 'agent']]],
    ['eng', '𝔸😀 The Sixth Army surrendered to the Red Army.', [['Sixth Army', 'MILITARY_UNIT'], ['Red Army', 'ORG']], [['Sixth Army', 'patient'], ['Red Army', 'agent']]],
    ['eng', 'The Italian garrison capitulated to the British.', [['Italian', 'GPE'], ['British', 'GPE']], [['Italian', 'patient'], ['British', 'agent']]],
    ['tgl', 'Sumuko ang Ikaanim na Hukbo sa Pulang Hukbo.', [['Ikaanim na Hukbo', 'MILITARY_UNIT'], ['Pulang Hukbo', 'ORG']], [['Ikaanim na Hukbo', 'patient'], ['Pulang Hukbo', 'agent']]],
    ['tgl', 'Sumuko si Yamashita sa mga Amerikano.', [['Yamashita', 'PERSON'], ['Amerikano', 'GPE']], [['Yamashita', 'patient'], ['Amerikano', 'agent']]],
    // With an object the verb is transitive again; other verbs keep their subject as agent.
    ['eng', 'Percival surrendered the fortress to the Japanese.', [['Percival', 'PERSON'], ['Japanese', 'GPE']], [['Percival', 'agent'], ['Japanese', 'agent']]],
    ['eng', 'Rommel withdrew to the west.', [['Rommel', 'PERSON']], [['Rommel', 'agent']]],
    ['tgl', 'Napasuko ng mga Amerikano ang Yamashita Force.', [['Amerikano', 'GPE'], ['Yamashita Force', 'MILITARY_UNIT']], [['Amerikano', 'agent'], ['Yamashita Force', 'patient']]],
    ['tgl', 'Umatras ang Ikaanim na Hukbo mula sa Kyiv.', [['Ikaanim na Hukbo', 'MILITARY_UNIT'], ['Kyiv', 'GPE']], [['Ikaanim na Hukbo', 'agent']]],
  ])('should give the roles (%s) of "%s"', (language, text, mentions, expected) => {
    expect(pairs(text, language, mentions)).toEqual(expected);
  });

  it('should keep code-point offsets of the undergoer after a non-BMP character', () => {
    const text = '𝔸😀 Tobruk fell to the Germans.';
    expect(pairs(text, 'eng', [['Tobruk', 'GPE'], ['Germans', 'GPE']])).toEqual([['Tobruk', 'patient'], ['Germans', 'agent']]);
    const document = makeDocument({ paragraphs: [text], language: 'eng', mentions: [{ text: 'Tobruk', type: 'GPE' }] });
    expect(document.mentions[0]?.start).toBe(codePointIndex(text, 'Tobruk'));
    expect(document.mentions[0]?.start).toBe(3);
  });
});

describe('attachParticipants, relative clauses', () => {
  it.each<[string, string, Spec[], [string, string][]]>([
    ['eng', 'The Kwantung Army, which attacked the post, was large.', [['Kwantung Army', 'MILITARY_UNIT']], [['Kwantung Army', 'agent']]],
    ['eng', 'The Kwantung Army, which was defeated by the Red Army, retreated.', [['Kwantung Army', 'MILITARY_UNIT'], ['Red Army', 'ORG']], [['Kwantung Army', 'patient'], ['Red Army', 'agent']]],
    ['tgl', 'Ang Kwantung Army, na sumalakay sa hangganan, ay umatras.', [['Kwantung Army', 'MILITARY_UNIT']], [['Kwantung Army', 'agent']]],
    ['eng', 'The Kwantung Army, and the Red Army attacked the post.', [['Kwantung Army', 'MILITARY_UNIT'], ['Red Army', 'ORG']], [['Red Army', 'agent']]],
    ['eng', 'The Kwantung Army saw the 19th Division, which the Red Army attacked.', [['Kwantung Army', 'MILITARY_UNIT'], ['19th Division', 'MILITARY_UNIT'], ['Red Army', 'ORG']], [['19th Division', 'patient'], ['Red Army', 'agent']]],
    ['eng', 'The Kwantung Army saw the 19th Division, which the Red Army attacked with the 11th Brigade.', [['19th Division', 'MILITARY_UNIT'], ['Red Army', 'ORG'], ['11th Brigade', 'MILITARY_UNIT']], [['19th Division', 'patient'], ['Red Army', 'agent'], ['11th Brigade', 'participant']]],
  ])('should give a relative clause its antecedent as the missing subject or object (%s) in "%s"', (language, text, mentions, expected) => {
    const all = rolesOf(text, language, mentions);
    expect(all.map((p) => [p.text, p.role])).toEqual(expected);
  });
});

describe('attachParticipants, possessors', () => {
  it.each<[string, Spec[], string, string]>([
    ['The commander of the Eighth Army, Walker, attacked the Chinese lines.', [['Eighth Army', 'MILITARY_UNIT'], ['Walker', 'PERSON']], 'Eighth Army', 'Walker'],
    ['Commander of the Philippine Division Wainwright attacked at dawn.', [['Philippine Division', 'MILITARY_UNIT'], ['Wainwright', 'PERSON']], 'Philippine Division', 'Wainwright'],
    ['The Americans fought near the capital of Korea.', [['Americans', 'GPE'], ['Korea', 'GPE']], 'Korea', 'Americans'],
    ['The Spaniards attacked after the decree of the Katipunan.', [['Spaniards', 'GPE'], ['Katipunan', 'ORG']], 'Katipunan', 'Spaniards'],
  ])('should make no participant of a mere possessor in "%s"', (text, mentions, absent, present) => {
    const names = pairs(text, 'eng', mentions).map(([name]) => name);
    expect(names).not.toContain(absent);
    expect(names).toContain(present);
  });

  it.each<[string, Spec[], string]>([
    // A force noun's possessor is the force; a holding's or a deed's owner is a side.
    ['The troops of the Eighth Army fought near Pusan.', [['Eighth Army', 'MILITARY_UNIT'], ['Pusan', 'GPE']], 'Eighth Army'],
    ['Fighting broke out along the border of Korea.', [['Korea', 'GPE']], 'Korea'],
    ['The battle ended the resistance of the Katipunan.', [['Katipunan', 'ORG']], 'Katipunan'],
    // An office without its holder named beside it acts for what it heads.
    ['The commander of the 1st Marine Division attacked Inchon.', [['1st Marine Division', 'MILITARY_UNIT'], ['Inchon', 'GPE']], '1st Marine Division'],
  ])('should keep the possessor of a force noun, a holding, a deed or an office whose holder goes unnamed in "%s"', (text, mentions, present) => {
    expect(pairs(text, 'eng', mentions).map(([name]) => name)).toContain(present);
  });
});

describe('attachParticipants, lists and nouns', () => {
  it.each<[string, Spec[], [string, string][]]>([
    // Every member of a list shares the first member's preposition.
    ['Fighting broke out along the borders of Korea, Manchuria and China.', [['Korea', 'GPE'], ['Manchuria', 'GPE'], ['China', 'GPE']], [['Korea', 'participant'], ['Manchuria', 'participant'], ['China', 'participant']]],
    ['The Japanese fought with the Americans, the British and the Filipinos.', [['Japanese', 'GPE'], ['Americans', 'GPE'], ['British', 'GPE'], ['Filipinos', 'GPE']], [['Japanese', 'agent'], ['Americans', 'participant'], ['British', 'participant'], ['Filipinos', 'participant']]],
    // An event noun with its actor before it has its undergoer after "of".
    ['The Japanese invasion of China shocked the world.', [['China', 'GPE']], [['Japanese', 'agent'], ['China', 'patient']]],
    ['The invasion of China by Japan shocked the world.', [['China', 'GPE'], ['Japan', 'GPE']], [['China', 'agent'], ['Japan', 'agent']]],
  ])('should give the roles of "%s"', (text, mentions, expected) => {
    expect(pairs(text, 'eng', mentions)).toEqual(expected);
  });

  it('should not join a place and an actor that only a comma separates', () => {
    const found = pairs('Near Lake Kapaa, Japanese troops attacked the Americans.', 'eng', [['Lake Kapaa', 'LOCATION'], ['Americans', 'GPE']]);
    expect(found).toEqual([['Japanese troops', 'agent'], ['Americans', 'patient']]);
  });
});

describe('attachParticipants, pathological input', () => {
  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should share the preposition across a list of two thousand names, and end the list at a bare comma run', () => {
    const names = Array.from({ length: 2000 }, (_, n) => `Ka${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}${String.fromCharCode(97 + Math.floor(n / 676))}`);
    const text = `The Japanese fought with ${names.slice(0, -1).join(', ')} and ${names.at(-1)}${', '.repeat(3000)}.`;
    const found = rolesOf(text, 'eng', [['Japanese', 'GPE'], ...names.map((name): Spec => [name, 'GPE'])]);
    expect(found).toHaveLength(2001);
    expect(found[0]).toMatchObject({ text: 'Japanese', role: 'agent' });
    expect(found.slice(1).every((p) => p.role === 'participant')).toBe(true);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should keep the roles of a clause followed by long runs of dots, dashes, spaces and function words', () => {
    // Dots followed by a dash do not end the sentence, so the runs stay inside the clause's sentence.
    const filler = `${'.-'.repeat(1000)}${' '.repeat(4000)}that, who, of the of the `.repeat(3);
    const text = `The Japanese attacked the Red Army ${filler} of the Red Army.`;
    expect(makeDocument({ paragraphs: [text], language: 'eng' }).segments).toHaveLength(1);
    expect(pairs(text, 'eng', [['Japanese', 'GPE'], ['Red Army', 'ORG']])).toEqual([
      ['Japanese', 'agent'],
      ['Red Army', 'patient'],
    ]);
  });
});
