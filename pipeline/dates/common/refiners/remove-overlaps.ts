/**
 * Keeps the longest of overlapping candidates (the earlier parser wins a tie), so
 * 'August 9, 1938' stands and the 'August' and '1938' inside it go.
 */
import type { Refiner } from '../grammar.js';
import type { Candidate } from '../../types.js';

/** Drops every candidate that overlaps a longer one. */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(candidates) {
    const ordered = candidates.map((candidate, order) => ({ candidate, order }));
    ordered.sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order);
    // Kept candidates never overlap, so marking their positions costs the text length at most.
    const taken = new TakenPositions(candidates.reduce((size, candidate) => Math.max(size, candidate.end), 0));
    const kept: Candidate[] = [];
    for (const { candidate } of ordered) {
      if (taken.count(candidate.start, candidate.end) > 0) continue;
      taken.take(candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept;
  },
};

/**
 * Positions taken by kept candidates (a Fenwick tree of counts): whether a span holds a
 * taken position in log time, where comparing with every kept candidate was quadratic on
 * runs of dates ('1938-1938-…').
 */
class TakenPositions {
  private readonly tree: Int32Array;

  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }

  /** Marks the positions `[start, end)` (not yet taken). */
  take(start: number, end: number): void {
    for (let position = start; position < end; position++) {
      for (let i = position + 1; i < this.tree.length; i += i & -i) this.tree[i]! += 1;
    }
  }

  /** How many positions of `[start, end)` are taken. */
  count(start: number, end: number): number {
    return this.before(end) - this.before(start);
  }

  /** How many positions below `position` are taken. */
  private before(position: number): number {
    let sum = 0;
    for (let i = position; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }
}
