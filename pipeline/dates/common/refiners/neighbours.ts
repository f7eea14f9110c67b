/** Helpers for refiners that join a candidate with its neighbour or the words around it. */
import type { Candidate, DatePoint } from '../../types.js';
import { SP0, anyOf } from '../pattern.js';

const gapPatterns = new WeakMap<readonly string[], RegExp>();
const phrasePatterns = new WeakMap<readonly string[], Map<string, RegExp>>();

/**
 * Whether the text between two candidates is only one of the given connectors (or nothing,
 * when `optional`). The connector list should be a stable array (from the lexicon or
 * built once per lexicon): its pattern is compiled once per array.
 */
export function gapIs(text: string, left: Candidate, right: Candidate, connectors: readonly string[], optional = false): boolean {
  if (right.start < left.end || right.start - left.end > 24) return false;
  const gap = text.slice(left.end, right.start);
  if (optional && /^[\s\u00a0]{0,3}$/.test(gap)) return true;
  if (connectors.length === 0) return false;
  let pattern = gapPatterns.get(connectors);
  if (!pattern) {
    pattern = new RegExp(`^${SP0}${anyOf(connectors)}${SP0}$`, 'iu');
    gapPatterns.set(connectors, pattern);
  }
  return pattern.test(gap);
}

/** The start of a phrase (from a stable `phrases` array) that ends right before `index`, or -1. */
export function phraseBefore(text: string, index: number, phrases: readonly string[], gap = SP0): { start: number; phrase: string } {
  if (phrases.length === 0) return { start: -1, phrase: '' };
  let byGap = phrasePatterns.get(phrases);
  if (!byGap) {
    byGap = new Map();
    phrasePatterns.set(phrases, byGap);
  }
  let pattern = byGap.get(gap);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${anyOf(phrases)})${gap}$`, 'iu');
    byGap.set(gap, pattern);
  }
  const window = text.slice(Math.max(0, index - 48), index);
  const match = pattern.exec(window);
  if (!match) return { start: -1, phrase: '' };
  return { start: index - window.length + match.index, phrase: match[1] ?? '' };
}

/** A calendar point of a candidate that names one, else null. */
export function pointOfCandidate(candidate: Candidate): DatePoint | null {
  return candidate.meaning.kind === 'point' ? candidate.meaning.point : null;
}

/** A copy of a candidate over a new extent. */
export function widen(candidate: Candidate, start: number, end: number, changes: Partial<Candidate> = {}): Candidate {
  return { ...candidate, ...changes, start, end };
}
