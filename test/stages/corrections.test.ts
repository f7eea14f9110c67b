import { describe, expect, it } from 'vitest';
import { applyCorrectionsStage, meta } from '../../pipeline/stages/corrections.js';
import type { StageContext } from '../../pipeline/stage.js';
import type { Corrections } from '../../pipeline/review/corrections.js';
import type { Message } from '../../pipeline/model.js';
import { makeContext } from '../language/fixture.js';
import { corpus } from '../review/corpus.js';

function contextWith(corrections: Corrections | null): { context: StageContext; messages: Omit<Message, 'source' | 'file'>[] } {
  const context = makeContext({ corrections });
  return { context, messages: context.messages };
}

describe('applyCorrectionsStage', () => {
  it('should declare that it needs linked entities', () => {
    expect(meta).toMatchObject({ name: 'corrections', requires: ['entities'] });
  });

  it('should pass the corpus through when there are no corrections', () => {
    expect(applyCorrectionsStage(corpus, contextWith(null).context)).toBe(corpus);
  });

  it('should throw on corrections that are not a version-1 corrections file', () => {
    const bad = { version: 1, corrections: [{ target: { kind: 'entity' }, action: 'reject' }] } as unknown as Corrections;
    expect(() => applyCorrectionsStage(corpus, contextWith(bad).context)).toThrow(/Not a corrections file/);
  });

  it('should apply the configured corrections and report stale ones as warnings', () => {
    const { context, messages } = contextWith({
      version: 1,
      corrections: [
        { target: { kind: 'entity', entity: 'en-japan' }, action: 'rename', name: 'Empire of Japan', note: '' },
        { target: { kind: 'entity', entity: 'en-gone' }, action: 'reject', note: 'duplicate of en-japan' },
      ],
    });
    const result = applyCorrectionsStage(corpus, context);
    expect(result.entities.find((e) => e.id === 'en-japan')?.name).toBe('Empire of Japan');
    expect(messages).toEqual([
      {
        reason: "Correction 'reject' no longer applies: no entity en-gone",
        ruleId: 'corrections/stale',
        place: null,
        fatal: false,
        actual: 'entity:en-gone',
        note: 'duplicate of en-japan',
      },
    ]);
  });
});
