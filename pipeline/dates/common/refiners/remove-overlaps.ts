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
    const kept: Candidate[] = [];
    for (const { candidate } of ordered) {
      if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
    }
    return kept;
  },
};
