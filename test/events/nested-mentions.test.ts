import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../pipeline/stages/events.js';
import { makeDocument, testContext } from './helpers.js';

describe('nested mentions', () => {
  it('should take a body as one participant, not also the army named inside its name', () => {
    const document = extractEvents(
      makeDocument({
        paragraphs: ['On August 31, 1938, the Main Military Council of the Red Army held a meeting in Moscow.'],
        language: 'eng',
        timexes: [{ text: 'August 31, 1938', value: '1938-08-31' }],
        mentions: [
          { text: 'Main Military Council of the Red Army', type: 'ORG' },
          { text: 'Red Army', type: 'ORG' },
          { text: 'Moscow', type: 'GPE' },
        ],
      }),
      testContext(),
    );
    const meeting = document.events.find((event) => event.type === 'meeting');
    expect(meeting).toBeDefined();
    expect(meeting?.participants.map((p) => p.text)).toEqual(['Main Military Council of the Red Army']);
  });
});
