/** Word-level tests shared by the patterns: what can be part of a name. */
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { gapAfter, isInitial, isNameGap, isWordBreak } from '../tokens.js';

/** A capitalised word that is not a function word, month, connective or title. */
export function isNameWord(token: Token | undefined, lexicon: EntityLexicon): boolean {
  if (!token || !token.capitalized) return false;
  return !lexicon.nonNames.has(token.lower) && !lexicon.titles.has(token.lower);
}

/**
 * The run of name words from token `i` on, joined by single spaces or hyphens (a
 * lower-case part after a hyphen or a line-end break continues it: "Kai-shek",
 * "Harri¬ son").
 *
 * @returns Index after the run's last token (equal to `i` when there is none).
 */
export function nameRunEnd(text: string, tokens: readonly Token[], i: number, lexicon: EntityLexicon, max = 4): number {
  if (!isNameWord(tokens[i], lexicon) || isInitial(text, tokens, i)) return i;
  let j = i + 1;
  while (j < tokens.length && j - i < max) {
    const gap = gapAfter(text, tokens, j - 1);
    const token = tokens[j]!;
    if (isWordBreak(gap, token)) {
      j++;
      continue;
    }
    if (!isNameGap(gap)) break;
    if (isInitial(text, tokens, j)) break;
    if (isNameWord(token, lexicon)) j++;
    else break;
  }
  return j;
}
