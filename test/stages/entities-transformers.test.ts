import { describe, expect, it, vi } from 'vitest';
import type { MentionCandidate, Recognizer } from '../../pipeline/entities/recognizer.js';
import { recognizeEntities } from '../../pipeline/stages/entities.js';
import { documentOf, testContext } from '../entities/helpers.js';

const created: string[] = [];

// A stand-in for the model backend: its own tests prove loading and inference; here we
// check that the stage loads it on demand and merges its spans with the rules.
vi.mock('../../pipeline/entities/recognizers/transformers.js', () => ({
  createTransformersRecognizer: async ({ model }: { model: string }): Promise<Recognizer> => {
    created.push(model);
    return {
      name: 'transformers',
      languages: ['*'],
      recognize(segment, document): MentionCandidate[] {
        const find = (text: string, type: MentionCandidate['type']): MentionCandidate => {
          const at = [...document.text].join('').indexOf(text);
          const start = [...document.text.slice(0, at)].length;
          return { start, end: start + [...text].length, text, type, score: 0.99, recognizer: 'entities/transformers' };
        };
        return segment.start === 0 ? [find('Yamada', 'PERSON'), find('Moscow', 'ORG'), find('Khasan', 'LOCATION')] : [];
      },
    };
  },
}));

describe('entities stage with the transformers recogniser', () => {
  const document = documentOf(['😀 Then Yamada reported to Moscow about Lake Khasan.']);

  it('should load the model once, lazily, and merge its spans with the rules', async () => {
    const context = testContext({ recognizers: ['rules', 'transformers'], nerModel: '/models/tiny' });
    const { mentions } = await recognizeEntities(document, context);
    await recognizeEntities(document, context);
    expect(created).toEqual(['/models/tiny']);
    expect(mentions.map((mention) => [mention.text, mention.type, mention.recognizer])).toEqual([
      // Found only by the model.
      ['Yamada', 'PERSON', 'entities/transformers'],
      // Same span, other type: the gazetteer's type and key win.
      ['Moscow', 'GPE', 'entities/transformers'],
      // The rules' longer span wins over the model's shorter one.
      ['Lake Khasan', 'LOCATION', 'entities/eng/gazetteer'],
    ]);
    expect(mentions[1]!.gazetteer).toBe('moscow');
  });

  it('should run the model alone when the rules are not configured', async () => {
    const { mentions } = await recognizeEntities(document, testContext({ recognizers: ['transformers'], nerModel: '/models/tiny' }));
    expect(mentions.map((mention) => mention.text)).toEqual(['Yamada', 'Moscow', 'Khasan']);
  });
});
