/**
 * Firms: names joined by an ampersand ("Stephens & Trammel", "Hart, Schaffner & Marx")
 * and names before a firm word ("W. C. Gaston Co.", "Smith Bros."), from
 * `firm-words.json`. A firm word outweighs initials that would make the name a person's.
 */
import type { Token } from '../tokens.js';
import { gapAfter, gapBefore, isInitial } from '../tokens.js';
import type { Found, Pattern } from './found.js';
import { nameRunEnd } from './name-words.js';

/**
 * Words in the longest firm name: firms named by their partners list a few, of a word or
 * two each ("Hart, Schaffner & Marx"), and the longest organisation names run well under 20
 * words; a longer chain of names joined by commas and ampersands is a list, not one name.
 */
const MAX_FIRM_WORDS = 12;

/**
 * Firms named by their partners or with a firm word.
 *
 * @example firm(input('bought of Stephens & Trammel Co. today')) // 'Stephens & Trammel Co.'
 */
export const firm: Pattern = ({ text, tokens, lexicon }) => {
  // Most sentences hold neither an ampersand nor a firm word: skip them cheaply.
  if (lexicon.firmWords.size === 0 || (!text.includes('&') && !tokens.some((token) => lexicon.firmWords.has(token.lower)))) return [];
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let end = nameRunEnd(text, tokens, i, lexicon, 3);
    if (end === i) continue;
    let partners = 1;
    // Further partners: ", Name" or " & Name"; a comma list must end with an ampersand.
    for (;;) {
      const gap = gapAfter(text, tokens, end - 1);
      if (!/^(?:\s?&\s?|,\s)$/u.test(gap)) break;
      const next = nameRunEnd(text, tokens, end, lexicon, 3);
      if (next === end) break;
      if (gap.includes('&')) partners++;
      else if (!/^\s?&\s?$/u.test(gapAfter(text, tokens, next - 1))) break;
      end = next;
    }
    // The firm word may close the run itself ("W. W. Kimball Co").
    const closing = end - 1 > i && lexicon.firmWords.has(tokens[end - 1]!.lower) ? tokens[end - 1]!.end + (text.charAt(tokens[end - 1]!.end) === '.' ? 1 : 0) : null;
    const worded = closing ?? firmWordAt(text, tokens, end - 1, lexicon.firmWords);
    const first = initialsBefore(text, tokens, i);
    if ((partners < 2 && worded === null) || end - first > MAX_FIRM_WORDS) {
      i = end - 1;
      continue;
    }
    const start = tokens[first]!.start;
    const stop = worded ?? tokens[end - 1]!.end;
    const surface = text.slice(start, stop);
    found.push({ start, end: stop, type: 'ORG', rule: 'firm', normalized: surface.replace(/\s+/gu, ' '), gazetteer: null, score: 0.9 });
    i = end - 1;
  }
  return found;
};

/** Where a firm word right after token `last` ends ("Co.", "& Co.", "Bros."), or null. */
function firmWordAt(text: string, tokens: readonly Token[], last: number, words: ReadonlySet<string>): number | null {
  const rest = text.slice(tokens[last]!.end, tokens[last]!.end + 12);
  const match = /^(\s?&\s?)?\s?(\p{L}+)(\.?)/u.exec(rest);
  if (!match || !words.has(`${match[1] ? '& ' : ''}${match[2]!.toLowerCase()}`) || /^\p{L}/u.test(rest.slice(match[0].length))) return null;
  return tokens[last]!.end + match[0].length;
}

/** Index of the first of the initials right before token `i` ("W. C. Gaston"), else `i`. */
function initialsBefore(text: string, tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && i - first < 3 && isInitial(text, tokens, first - 1) && /^\.\s?$/u.test(gapBefore(text, tokens, first))) first--;
  return first;
}
