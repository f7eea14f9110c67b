/** A small hand-made run result covering every record type, for the writer tests. */
import type { Document, Evidence } from '../../pipeline/model.js';
import type { RunResult } from '../../pipeline/pipeline.js';
import { defaultConfig } from '../../pipeline/stage.js';

const text = '😀 On July 29, 1938 the Japanese attacked.\nOn July 29, 1938 the Japanese attacked.';
const second = 42; // code point where the second line starts

const evidence = (start: number, end: number, segment: string): Evidence => ({
  document: 'doc-000000000001',
  source: 'a.txt',
  segment,
  start,
  end,
  language: 'eng',
  text: [...text].slice(start, end).join(''),
});

const document: Document = {
  id: 'doc-000000000001',
  source: 'a.txt',
  sha256: 'a'.repeat(64),
  text,
  language: 'eng',
  languageConfidence: 0.987654321,
  languages: { tgl: 0.01, eng: 0.99 },
  sections: [{ id: 'sec-000000000001', kind: 'body', title: null, start: 0, end: 81, attribution: null, parent: null }],
  paragraphs: [
    { id: 'par-000000000001', section: 'sec-000000000001', kind: 'paragraph', start: 0, end: 41, language: 'eng', languageConfidence: 1, duplicateOf: null },
    { id: 'par-000000000002', section: 'sec-000000000001', kind: 'paragraph', start: second, end: 81, language: 'eng', languageConfidence: 1, duplicateOf: 'par-000000000001' },
  ],
  segments: [
    { id: 'seg-000000000001', section: 'sec-000000000001', paragraph: 'par-000000000001', start: 2, end: 41, text: [...text].slice(2, 41).join(''), language: 'eng', languageConfidence: 0.9, foreignSpans: [], duplicateOf: null },
    { id: 'seg-000000000002', section: 'sec-000000000001', paragraph: 'par-000000000002', start: second, end: 81, text: [...text].slice(second, 81).join(''), language: 'eng', languageConfidence: 0.9, foreignSpans: [], duplicateOf: 'seg-000000000001' },
  ],
  timexes: [
    { id: 'tx-000000000001', segment: 'seg-000000000001', start: 5, end: 18, text: 'July 29, 1938', language: 'eng', type: 'date', value: '1938-07-29', precision: 'day', inferred: [], qualifier: null, relative: null, rule: 'dates/eng/month-day-year' },
  ],
  mentions: [],
  events: [],
  messages: [],
};

export const runResult: RunResult = {
  config: { ...defaultConfig },
  rejected: [{ reason: 'b.txt: the file is empty', ruleId: 'ingest/empty', source: 'ingest', file: 'b.txt', place: null, fatal: true }],
  messages: [],
  corpus: {
    documents: [document],
    duplicates: [
      { level: 'paragraph', canonical: { document: document.id, start: 0, end: 41 }, duplicate: { document: document.id, start: second, end: 81 }, similarity: 0.97561, changes: [{ op: 'delete', canonical: '😀', duplicate: '' }] },
    ],
    entities: [
      { id: 'en-japan', type: 'GPE', name: 'Japan', aliases: [{ text: 'the Japanese', language: 'eng' }], wikidata: 'Q17', mentions: [{ document: document.id, segment: 'seg-000000000001', start: 19, end: 31, text: 'the Japanese' }] },
    ],
    events: [
      {
        id: 'ev-000000000001',
        type: 'attack',
        date: { text: 'July 29, 1938', value: '1938-07-29', precision: 'day', inferred: [], qualifier: null, timex: 'tx-000000000001' },
        participants: [{ mention: 'm-1', entity: 'en-japan', name: 'Japan', type: 'GPE', role: 'agent', text: 'the Japanese' }],
        location: null,
        quantities: [],
        evidence: evidence(2, 41, 'seg-000000000001'),
        alsoReported: [evidence(second, 81, 'seg-000000000002')],
        snippet: false,
        attribution: null,
        summary: 'Japan attacked on 1938-07-29.',
        confidence: 0.8,
        mentions: ['evm-1'],
      },
    ],
    claims: [
      {
        id: 'cl-000000000001',
        measure: { event: 'ev-000000000001', side: 'en-japan', category: 'killed', label: 'Japan killed' },
        values: [{ value: 3, approximate: false, qualifier: null, attribution: null, evidence: evidence(2, 41, 'seg-000000000001') }],
      },
    ],
  },
};
