import { describe, expect, it } from 'vitest';
import { parseLabel, type ParsedLabel } from '../../../pipeline/entities/transformers/labels.js';

describe('parseLabel', () => {
  const cases: [string, ParsedLabel][] = [
    ['O', { prefix: 'O', type: null }],
    ['B-PER', { prefix: 'B', type: 'PERSON' }],
    ['I-PER', { prefix: 'I', type: 'PERSON' }],
    ['E-LOC', { prefix: 'E', type: 'LOCATION' }],
    ['S-ORG', { prefix: 'S', type: 'ORG' }],
    ['B-GPE', { prefix: 'B', type: 'GPE' }],
    ['B-PERSON', { prefix: 'B', type: 'PERSON' }],
    ['I-ORGANIZATION', { prefix: 'I', type: 'ORG' }],
    ['B_LOC', { prefix: 'B', type: 'LOCATION' }],
    ['b-pers', { prefix: 'B', type: 'PERSON' }],
    ['I-loc.adm.town', { prefix: 'I', type: 'LOCATION' }],
    ['PER', { prefix: 'I', type: 'PERSON' }],
    ['B-EVENT', { prefix: 'B', type: 'EVENT_NAME' }],
    // Categories without a counterpart are dropped, never guessed.
    ['B-MISC', { prefix: 'B', type: null }],
    ['I-NORP', { prefix: 'I', type: null }],
    ['B-DATE', { prefix: 'B', type: null }],
    ['LABEL_3', { prefix: 'I', type: null }],
    ['BLOC', { prefix: 'I', type: null }],
  ];

  it.each(cases)('should read %s', (label, expected) => {
    expect(parseLabel(label)).toEqual(expected);
  });
});
