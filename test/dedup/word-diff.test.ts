import { describe, expect, it } from 'vitest';
import { wordChanges } from '../../pipeline/dedup/word-diff.js';

describe('wordChanges', () => {
  it.each([
    ['a replaced word', 'the stopping fighting now', 'the stopping hostilities now', [{ op: 'replace', canonical: 'fighting', duplicate: 'hostilities' }]],
    ['an inserted phrase', 'did not do the infantry', 'did not do anything good for the infantry', [{ op: 'insert', canonical: '', duplicate: 'anything good for' }]],
    ['a deleted word', 'both the troops and the fleet', 'both the troops the fleet', [{ op: 'delete', canonical: 'and', duplicate: '' }]],
    ['punctuation kept with its word', 'on the border, then', 'on the border then', [{ op: 'replace', canonical: 'border,', duplicate: 'border' }]],
    ['a non-BMP word', 'the 😀 army', 'the 𝔸 army', [{ op: 'replace', canonical: '😀', duplicate: '𝔸' }]],
  ])('should list %s', (_name, canonical, duplicate, expected) => {
    expect(wordChanges(canonical, duplicate)).toEqual(expected);
  });

  it.each([
    ['equal texts', 'the same words', 'the same words'],
    ['texts differing only in spacing', 'the  same\nwords', 'the same words'],
  ])('should list no change for %s', (_name, canonical, duplicate) => {
    expect(wordChanges(canonical, duplicate)).toEqual([]);
  });
});
