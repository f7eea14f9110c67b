/** A small linked and consolidated corpus for the corrections tests, with a non-BMP character before every span. */
import type { Corpus, Document, Entity, Evidence, Mention } from '../../pipeline/model.js';
import { emptyDocument } from '../../pipeline/stages/ingest.js';

export const DOC = 'doc-00000000000a';
export const text = '𝔸 Blyukher met Blucher. Blyukher and the Japanese fought on July 29.';

/** The code-point span of the n-th occurrence (from 0) of a word. */
export function spanOf(word: string, nth = 0): { start: number; end: number; text: string } {
  const points = [...text];
  const target = [...word];
  let seen = 0;
  for (let i = 0; i + target.length <= points.length; i++) {
    if (points.slice(i, i + target.length).join('') === word && seen++ === nth) return { start: i, end: i + target.length, text: word };
  }
  throw new Error(`no ${word} #${nth}`);
}

const mention = (id: string, word: string, nth: number, type: Mention['type']): Mention => ({
  id,
  ...spanOf(word, nth),
  segment: 'seg-00000000000a',
  type,
  language: 'eng',
  normalized: word,
  gazetteer: null,
  recognizer: 'entities/eng/test',
});

const mentions: Mention[] = [
  mention('m-1', 'Blyukher', 0, 'PERSON'),
  mention('m-2', 'Blucher', 0, 'PERSON'),
  mention('m-3', 'Blyukher', 1, 'PERSON'),
  mention('m-4', 'the Japanese', 0, 'GPE'),
];

const entityMention = (m: Mention): Entity['mentions'][number] => ({
  document: DOC,
  segment: m.segment,
  start: m.start,
  end: m.end,
  text: m.text,
});

const evidence: Evidence = {
  document: DOC,
  source: 'a.txt',
  segment: 'seg-00000000000a',
  ...spanOf('Blyukher and the Japanese fought on July 29.'),
  language: 'eng',
};

const document: Document = {
  ...emptyDocument({ id: DOC, source: 'a.txt', sha256: 'b'.repeat(64), text }),
  language: 'eng',
  languageConfidence: 1,
  languages: { eng: 1 },
  timexes: [
    {
      id: 'tx-00000000000a',
      segment: 'seg-00000000000a',
      ...spanOf('July 29'),
      language: 'eng',
      type: 'date',
      value: '1938-07-29',
      precision: 'day',
      inferred: ['year'],
      qualifier: null,
      relative: null,
      rule: 'dates/eng/test',
    },
  ],
  mentions,
  events: [
    {
      id: 'evm-1',
      type: 'battle',
      trigger: { ...spanOf('fought') },
      date: { text: 'July 29', value: '1938-07-29', precision: 'day', inferred: ['year'], qualifier: null, timex: 'tx-00000000000a' },
      participants: [
        { mention: 'm-3', entity: 'en-blyukher', name: 'Blyukher', type: 'PERSON', role: 'agent', text: 'Blyukher' },
        { mention: 'm-4', entity: 'en-japan', name: 'Japan', type: 'GPE', role: 'agent', text: 'the Japanese' },
      ],
      location: null,
      quantities: [],
      evidence,
      snippet: false,
      attribution: null,
      summary: 'Blyukher and Japan fought on 1938-07-29.',
      confidence: 0.7,
      rule: 'events/eng/test',
    },
  ],
};

export const corpus: Corpus = {
  documents: [document],
  duplicates: [],
  entities: [
    {
      id: 'en-blucher',
      type: 'PERSON',
      name: 'Vasily Blucher',
      aliases: [{ text: 'Blucher', language: 'eng' }],
      wikidata: 'Q152591',
      mentions: [entityMention(mentions[1]!)],
    },
    {
      id: 'en-blyukher',
      type: 'PERSON',
      name: 'Blyukher',
      aliases: [{ text: 'Blyukher', language: 'eng' }],
      wikidata: null,
      mentions: [entityMention(mentions[0]!), entityMention(mentions[2]!)],
    },
    {
      id: 'en-japan',
      type: 'GPE',
      name: 'Japan',
      aliases: [{ text: 'the Japanese', language: 'eng' }],
      wikidata: 'Q17',
      mentions: [entityMention(mentions[3]!)],
    },
  ],
  events: [
    {
      id: 'ev-00000000000a',
      type: 'battle',
      date: { text: 'July 29', value: '1938-07-29', precision: 'day', inferred: ['year'], qualifier: null, timex: 'tx-00000000000a' },
      participants: document.events[0]!.participants,
      location: { mention: 'm-4', entity: 'en-japan', name: 'Japan', text: 'the Japanese' },
      quantities: [
        { category: 'killed', value: 3, unit: 'person', side: 'en-japan', approximate: false, qualifier: null, text: '3 killed', attribution: null, start: 0, end: 0 },
      ],
      evidence,
      alsoReported: [],
      snippet: false,
      attribution: null,
      summary: 'Blyukher and Japan fought on 1938-07-29.',
      confidence: 0.7,
      mentions: ['evm-1'],
    },
  ],
  claims: [
    {
      id: 'cl-00000000000a',
      measure: { event: 'ev-00000000000a', side: 'en-japan', category: 'killed', label: 'Japan killed' },
      values: [{ value: 3, approximate: false, qualifier: null, attribution: null, evidence }],
    },
  ],
};
