/**
 * A region's abbreviation after a place and a comma ("Essex county, Va.", "Santa Fe,
 * N. M."): part of the place's name, and evidence that an unknown name before it is one.
 */
import type { EntityLexicon } from '../lexicon.js';

/**
 * Where a region abbreviation that follows `end` (after a comma and a space) ends.
 *
 * @param text The sentence.
 * @param end Where the place name ends (UTF-16).
 * @param lexicon The language's region abbreviations (longest first).
 * @returns The UTF-16 offset after the abbreviation, or null.
 * @example regionAfter('Harrisburg, Ill. and', 10, eng) // 16
 */
export function regionAfter(text: string, end: number, lexicon: EntityLexicon): number | null {
  if (lexicon.regionAbbreviations.length === 0 || text.charAt(end) !== ',') return null;
  let at = end + 1;
  if (text.charAt(at) === ' ') at++;
  for (const abbreviation of lexicon.regionAbbreviations) {
    const stop = matchLoosely(text, at, abbreviation);
    if (stop !== null) return stop;
  }
  return null;
}

/** Matches `abbreviation` at `at`, a space after each of its dots optional; no letter may follow. */
function matchLoosely(text: string, at: number, abbreviation: string): number | null {
  let i = at;
  for (const char of abbreviation) {
    if (char === ' ') {
      if (text.charAt(i) === ' ') i++;
      continue;
    }
    if (text.charAt(i) !== char) return null;
    i++;
  }
  return /\p{L}/u.test(text.charAt(i)) ? null : i;
}
