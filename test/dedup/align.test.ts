import { describe, expect, it } from 'vitest';
import { alignParts } from '../../pipeline/dedup/align.js';

describe('alignParts', () => {
  it.each([
    ['parts in the same order', [[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]], [0, 1]],
    ['parts in another order', [[1, 2, 3], [4, 5, 6]], [[4, 5, 6], [1, 2, 3]], [1, 0]],
    ['a reworded part', [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], [[6, 7, 8, 9, 11]], [1]],
    ['a new part', [[1, 2, 3]], [[7, 8, 9]], [-1]],
    ['a part without words', [[1, 2, 3]], [[]], [-1]],
    ['a tie, to the first', [[1, 2, 3], [1, 2, 3]], [[1, 2, 3]], [0]],
  ])('should align %s', (_name, originals, copies, expected) => {
    expect(alignParts(originals, copies, 0.6)).toEqual(expected);
  });
});
