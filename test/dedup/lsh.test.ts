import { describe, expect, it } from 'vitest';
import { LshIndex } from '../../pipeline/dedup/lsh.js';
import { MinHasher } from '../../pipeline/dedup/minhash.js';
import { Vocabulary, scanWords } from '../../pipeline/dedup/words.js';

const hasher = new MinHasher(64, 7);
const vocabulary = new Vocabulary();
const signature = (text: string): Uint32Array => hasher.signature(scanWords(text, vocabulary).ids);
const BASE = 'the troops of the front were brought to full combat readiness and moved to the border along the railway at night';

describe('LshIndex', () => {
  it('should return a near duplicate as a candidate and not an unrelated text', () => {
    const index = new LshIndex(16, 4);
    index.add(0, signature(BASE));
    index.add(1, signature('an entirely different sentence about ships in a harbour and the weather of that spring season'));
    expect([...index.candidates(signature(BASE.replace('night', 'dawn')))]).toEqual([0]);
  });

  it('should return candidates in ascending order, each once', () => {
    const index = new LshIndex(16, 4);
    index.add(2, signature(BASE));
    index.add(5, signature(BASE.replace('night', 'dawn')));
    index.add(9, signature(BASE));
    expect([...index.candidates(signature(BASE))]).toEqual([2, 5, 9]);
  });

  it('should reject a signature shorter than its bands and bad band settings', () => {
    expect(() => new LshIndex(16, 8).add(0, signature(BASE))).toThrow();
    expect(() => new LshIndex(0, 4)).toThrow();
  });
});
