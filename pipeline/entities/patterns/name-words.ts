/** Word-level tests shared by the patterns: what can be part of a name. */
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { gapAfter, isInitial, isNameGap, isPossessive, isWordBreak } from '../tokens.js';

/**
 * A capitalised word that is not a function word, month, connective or title; an elided
 * particle before a capital counts ("d’Urfel", "d'Ahremberg").
 */
export function isNameWord(token: Token | undefined, lexicon: EntityLexicon): boolean {
  if (!token) return false;
  if (!token.capitalized) return (token.lower.startsWith("d'") || token.lower.startsWith('d’') || token.lower.startsWith("l'") || token.lower.startsWith('l’')) && /^..\p{Lu}/u.test(token.text);
  return !lexicon.nonNames.has(token.lower) && !lexicon.titles.has(token.lower);
}

/** A lower-case head word of a body, formation or place ("council", "army", "bay"): it ends a name, it is no surname. */
export function isHeadWord(lower: string, lexicon: EntityLexicon): boolean {
  return lexicon.orgWords.has(lower) || lexicon.unitWords.has(lower) || lexicon.terrainAfter.has(lower);
}

/** A one-word lower-case name particle at token `k`, spaced, before a name word ("de", "del", "van"). */
export function isParticle(text: string, tokens: readonly Token[], k: number, lexicon: EntityLexicon): boolean {
  const token = tokens[k];
  return !!token && !token.capitalized && lexicon.nameParticles.has(token.lower) && gapAfter(text, tokens, k) === ' ' && isNameWord(tokens[k + 1], lexicon);
}

/** Tokens a name particle takes from token `j` when a name word follows it ("van der Noot": 2), else 0. */
function particleLength(text: string, tokens: readonly Token[], j: number, lexicon: EntityLexicon): number {
  for (const length of [2, 1]) {
    const words = tokens.slice(j, j + length);
    if (words.length < length || words.some((word) => word.capitalized && length > 1 && word !== words[0])) continue;
    const phrase = words.map((word) => word.lower).join(' ');
    const spaced = words.every((_, k) => gapAfter(text, tokens, j + k) === ' ');
    if (lexicon.nameParticles.has(phrase) && spaced && isNameWord(tokens[j + length], lexicon)) return length;
  }
  return 0;
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
    // A possessive ends the name ("Kurita's Center Force").
    if (isPossessive(tokens[j - 1])) break;
    const gap = gapAfter(text, tokens, j - 1);
    const token = tokens[j]!;
    if (isWordBreak(gap, token)) {
      j++;
      continue;
    }
    if (!isNameGap(gap)) break;
    // "Van der Noot", "Duke de Bordeaux": a lower-case particle before a name word.
    const particle = !token.capitalized || tokens[j + 1]?.capitalized === false ? particleLength(text, tokens, j, lexicon) : 0;
    if (particle > 0) {
      j += particle + 1;
      continue;
    }
    if (isInitial(text, tokens, j)) break;
    if (isNameWord(token, lexicon)) j++;
    else break;
  }
  return j;
}
