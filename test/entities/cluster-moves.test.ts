import { describe, expect, it } from 'vitest';
import { applyMoves } from '../../pipeline/entities/cluster-moves.js';
import type { Located } from '../../pipeline/entities/link.js';

const item = (text: string, start: number): Located => ({
  document: 'd1',
  mention: { id: text, segment: 's', start, end: start + text.length, text, type: 'ORG', language: 'eng', normalized: text, gazetteer: null, recognizer: 'test' },
});

const view = (clusters: Map<string, Located[]>): Record<string, string[]> =>
  Object.fromEntries([...clusters].map(([key, items]) => [key, items.map((located) => located.mention.text)]));

describe('applyMoves', () => {
  it.each([
    {
      name: 'a mention moves and its emptied cluster is deleted',
      clusters: { a: ['A1'], b: ['B1'] },
      moves: [['b', 'B1', 'a']],
      expected: { a: ['A1', 'B1'] },
    },
    {
      name: 'a mention sent to a cluster that empties follows it',
      clusters: { g: ['G1'], k: ['K1'], s: ['S1'] },
      moves: [['s', 'S1', 'k'], ['k', 'K1', 'g']],
      expected: { g: ['G1', 'S1', 'K1'] },
    },
    {
      name: 'a target that keeps some mentions keeps the mention sent to it',
      clusters: { g: ['G1'], k: ['K1', 'K2'], s: ['S1'] },
      moves: [['s', 'S1', 'k'], ['k', 'K1', 'g']],
      expected: { g: ['G1', 'K1'], k: ['K2', 'S1'] },
    },
    {
      name: 'a cycle of moves ends instead of looping',
      clusters: { a: ['A1'], b: ['B1'] },
      moves: [['a', 'A1', 'b'], ['b', 'B1', 'a']],
      expected: { a: ['B1'], b: ['A1'] },
    },
  ])('should apply moves: $name', ({ clusters, moves, expected }) => {
    const items = new Map<string, Located>();
    const map = new Map(Object.entries(clusters).map(([key, texts]) => [key, (texts as string[]).map((text: string, i: number) => {
      const located = item(text, i);
      items.set(text, located);
      return located;
    })]));
    applyMoves(map, moves.map(([from, text, to]) => ({ from: from!, item: items.get(text!)!, to: to! })));
    expect(view(map)).toEqual(expected);
  });
});
