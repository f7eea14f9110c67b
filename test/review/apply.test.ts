import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, type StaleCorrection } from '../../pipeline/review/apply.js';
import type { Correction, Corrections } from '../../pipeline/review/corrections.js';
import type { Corpus } from '../../pipeline/model.js';
import { corpus, DOC, spanOf } from './corpus.js';

const file = (...corrections: Correction[]): Corrections => ({ version: 1, corrections });
const mention = (word: string, nth = 0) => ({ kind: 'mention' as const, document: DOC, ...spanOf(word, nth) });
const entity = (id: string) => ({ kind: 'entity' as const, entity: id });

function run(...corrections: Correction[]): { result: Corpus; stale: StaleCorrection[] } {
  const stale: StaleCorrection[] = [];
  const result = applyCorrections(corpus, file(...corrections), (s) => stale.push(s));
  return { result, stale };
}

const entityOf = (result: Corpus, id: string) => result.entities.find((e) => e.id === id);
const mentionTexts = (result: Corpus, id: string) =>
  entityOf(result, id)?.mentions.map((m) => [m.start, m.end, m.text]);

describe('applyCorrections', () => {
  it('should remove a rejected mention from its entity and its document, keeping the entity', () => {
    const { result, stale } = run({ target: mention('Blyukher', 0), action: 'reject', note: '' });
    expect(stale).toEqual([]);
    expect(mentionTexts(result, 'en-blyukher')).toEqual([[24, 32, 'Blyukher']]);
    expect(result.documents[0]!.mentions.map((m) => m.id)).toEqual(['m-2', 'm-3', 'm-4']);
    expect(result.events[0]!.participants.map((p) => p.entity)).toEqual(['en-blyukher', 'en-japan']);
  });

  it('should drop an entity whose last mention is rejected, and its participants, location and sides', () => {
    const { result } = run({ target: mention('the Japanese'), action: 'reject', note: 'not a name' });
    expect(entityOf(result, 'en-japan')).toBeUndefined();
    const [event] = result.events;
    expect(event!.participants.map((p) => p.entity)).toEqual(['en-blyukher']);
    expect(event!.location).toBeNull();
    expect(event!.quantities[0]!.side).toBeNull();
    expect(result.claims[0]!.measure.side).toBeNull();
    expect(result.documents[0]!.events[0]!.participants.map((p) => p.mention)).toEqual(['m-3']);
  });

  it('should drop a rejected entity with all its mentions', () => {
    const { result } = run({ target: entity('en-blyukher'), action: 'reject', note: '' });
    expect(result.entities.map((e) => e.id)).toEqual(['en-blucher', 'en-japan']);
    expect(result.events[0]!.participants.map((p) => p.entity)).toEqual(['en-japan']);
  });

  it.each([
    {
      name: 'retype',
      correction: { target: entity('en-japan'), action: 'retype', type: 'ORG', note: '' } as Correction,
      expected: { type: 'ORG', name: 'Japan' },
    },
    {
      name: 'rename',
      correction: { target: entity('en-japan'), action: 'rename', name: 'Empire of Japan', note: '' } as Correction,
      expected: { type: 'GPE', name: 'Empire of Japan' },
    },
  ])('should $name an entity and the participants that name it', ({ correction, expected }) => {
    const { result, stale } = run(correction);
    expect(stale).toEqual([]);
    expect(entityOf(result, 'en-japan')).toMatchObject(expected);
    expect(result.events[0]!.participants[1]).toMatchObject({ entity: 'en-japan', ...expected });
    expect(result.documents[0]!.events[0]!.participants[1]).toMatchObject({ entity: 'en-japan', ...expected });
    expect(result.events[0]!.location).toMatchObject({ entity: 'en-japan', name: expected.name });
  });

  it('should merge an entity into another: mentions in place order, aliases and old name kept', () => {
    const { result, stale } = run({ target: entity('en-blyukher'), action: 'merge', into: 'en-blucher', note: 'same man' });
    expect(stale).toEqual([]);
    expect(result.entities.map((e) => e.id)).toEqual(['en-blucher', 'en-japan']);
    const blucher = entityOf(result, 'en-blucher')!;
    expect(mentionTexts(result, 'en-blucher')).toEqual([
      [2, 10, 'Blyukher'],
      [15, 22, 'Blucher'],
      [24, 32, 'Blyukher'],
    ]);
    expect(blucher.name).toBe('Vasily Blucher');
    expect(blucher.wikidata).toBe('Q152591');
    expect(blucher.aliases).toEqual([
      { text: 'Blucher', language: 'eng' },
      { text: 'Blyukher', language: 'eng' },
    ]);
    expect(result.events[0]!.participants[0]).toMatchObject({ entity: 'en-blucher', name: 'Vasily Blucher' });
  });

  it('should follow merge chains to the final entity', () => {
    const { result } = run(
      { target: entity('en-japan'), action: 'merge', into: 'en-blyukher', note: '' },
      { target: entity('en-blyukher'), action: 'merge', into: 'en-blucher', note: '' },
    );
    expect(result.entities.map((e) => e.id)).toEqual(['en-blucher']);
    expect(entityOf(result, 'en-blucher')!.mentions).toHaveLength(4);
    expect(result.claims[0]!.measure.side).toBe('en-blucher');
  });

  it('should move a mention to another entity, and references follow when it was the last one', () => {
    const { result } = run({ target: mention('the Japanese'), action: 'merge', into: 'en-blucher', note: '' });
    expect(entityOf(result, 'en-japan')).toBeUndefined();
    expect(mentionTexts(result, 'en-blucher')).toEqual([
      [15, 22, 'Blucher'],
      [37, 49, 'the Japanese'],
    ]);
    expect(entityOf(result, 'en-blucher')!.aliases).toContainEqual({ text: 'the Japanese', language: 'eng' });
    expect(result.events[0]!.location).toMatchObject({ entity: 'en-blucher' });
  });

  it('should remove a rejected date and the event dates that came from it; retype a date', () => {
    const target = { kind: 'timex' as const, document: DOC, ...spanOf('July 29') };
    const rejected = run({ target, action: 'reject', note: '' }).result;
    expect(rejected.documents[0]!.timexes).toEqual([]);
    expect(rejected.events[0]!.date).toBeNull();
    expect(rejected.documents[0]!.events[0]!.date).toBeNull();
    const retyped = run({ target, action: 'retype', type: 'range', note: '' }).result;
    expect(retyped.documents[0]!.timexes[0]).toMatchObject({ type: 'range', text: 'July 29' });
  });

  it('should remove a rejected event with its tellings and claims; retype an event', () => {
    const target = { kind: 'event' as const, event: 'ev-00000000000a' };
    const rejected = run({ target, action: 'reject', note: '' }).result;
    expect(rejected.events).toEqual([]);
    expect(rejected.claims).toEqual([]);
    expect(rejected.documents[0]!.events).toEqual([]);
    const retyped = run({ target, action: 'retype', type: 'attack', note: '' }).result;
    expect(retyped.events[0]!.type).toBe('attack');
    expect(retyped.documents[0]!.events[0]!.type).toBe('attack');
  });

  it('should report corrections whose target is gone, and still apply the others', () => {
    const shifted = { ...mention('Blucher'), start: 14 };
    const { result, stale } = run(
      { target: entity('en-stalin'), action: 'rename', name: 'Stalin', note: '' },
      { target: shifted, action: 'reject', note: '' },
      { target: { kind: 'timex', document: DOC, ...spanOf('July 29'), text: 'July 30' }, action: 'reject', note: '' },
      { target: { kind: 'event', event: 'ev-0000000000ff' }, action: 'reject', note: '' },
      { target: entity('en-japan'), action: 'merge', into: 'en-korea', note: '' },
      { target: entity('en-blucher'), action: 'rename', name: 'V. K. Blucher', note: '' },
    );
    expect(stale.map((s) => s.reason)).toEqual([
      'no entity en-stalin',
      `no entity mention "Blucher" at [14, 22) of ${DOC}`,
      'no entity en-korea to merge en-japan into',
      `no date "July 30" at [60, 67) of ${DOC}`,
      'no event ev-0000000000ff',
    ]);
    expect(entityOf(result, 'en-blucher')!.name).toBe('V. K. Blucher');
    expect(entityOf(result, 'en-japan')).toBeDefined();
  });

  it('should refuse a merge that closes a cycle', () => {
    const { result, stale } = run(
      { target: entity('en-blyukher'), action: 'merge', into: 'en-blucher', note: '' },
      { target: entity('en-blucher'), action: 'merge', into: 'en-blyukher', note: '' },
    );
    expect(stale.map((s) => s.reason)).toEqual(['merging en-blyukher into en-blucher would make a cycle']);
    expect(result.entities.map((e) => e.id)).toEqual(['en-blyukher', 'en-japan']);
  });

  it('should let a later decision on the same target replace an earlier one', () => {
    const { result } = run(
      { target: entity('en-japan'), action: 'reject', note: '' },
      { target: entity('en-japan'), action: 'accept', note: 'on second thought' },
    );
    expect(entityOf(result, 'en-japan')).toBeDefined();
  });

  it('should not change its input and give the same output for the same input', () => {
    const before = structuredClone(corpus);
    const corrections: Correction[] = [
      { target: entity('en-blyukher'), action: 'merge', into: 'en-blucher', note: '' },
      { target: mention('the Japanese'), action: 'reject', note: '' },
      { target: { kind: 'event', event: 'ev-00000000000a' }, action: 'retype', type: 'attack', note: '' },
    ];
    const first = JSON.stringify(run(...corrections).result);
    expect(JSON.stringify(run(...corrections).result)).toBe(first);
    expect(corpus).toEqual(before);
  });

  it('should return an equal corpus when every decision is an accept', () => {
    const { result } = run(
      { target: entity('en-japan'), action: 'accept', note: '' },
      { target: mention('Blucher'), action: 'accept', note: '' },
    );
    expect(result).toEqual(corpus);
  });
});

describe('applyCorrections on any corrections', () => {
  const entityIds = ['en-blucher', 'en-blyukher', 'en-japan', 'en-gone'];
  const mentionTargets = [mention('Blyukher', 0), mention('Blucher'), mention('Blyukher', 1), mention('the Japanese'), { ...mention('met'), text: 'met' }];
  const arbitraryCorrection: fc.Arbitrary<Correction> = fc.oneof(
    fc.record({ target: fc.constantFrom(...entityIds).map(entity), action: fc.constantFrom('accept' as const, 'reject' as const), note: fc.constant('') }),
    fc.record({ target: fc.constantFrom(...mentionTargets), action: fc.constantFrom('accept' as const, 'reject' as const), note: fc.constant('') }),
    fc.record({ target: fc.constantFrom(...entityIds).map(entity), action: fc.constant('merge' as const), into: fc.constantFrom(...entityIds), note: fc.constant('') }),
    fc.record({ target: fc.constantFrom(...mentionTargets), action: fc.constant('merge' as const), into: fc.constantFrom(...entityIds), note: fc.constant('') }),
    fc.record({ target: fc.constantFrom(...entityIds).map(entity), action: fc.constant('rename' as const), name: fc.string({ minLength: 1 }), note: fc.constant('') }),
  );

  it('should never throw, never change its input, and leave no entity without mentions or dangling references', () => {
    const before = structuredClone(corpus);
    fc.assert(
      fc.property(fc.array(arbitraryCorrection, { maxLength: 8 }), (corrections) => {
        const result = applyCorrections(corpus, file(...corrections));
        const ids = new Set(result.entities.map((e) => e.id));
        expect(result.entities.every((e) => e.mentions.length > 0)).toBe(true);
        for (const event of [...result.events, ...result.documents[0]!.events]) {
          for (const participant of event.participants) expect(ids.has(participant.entity!)).toBe(true);
          if (event.location !== null) expect(ids.has(event.location.entity!)).toBe(true);
        }
        const mentionCount = result.entities.reduce((sum, e) => sum + e.mentions.length, 0);
        expect(mentionCount).toBeLessThanOrEqual(4);
        expect(JSON.stringify(applyCorrections(corpus, file(...corrections)))).toBe(JSON.stringify(result));
      }),
      { numRuns: 300 },
    );
    expect(corpus).toEqual(before);
  });
});
