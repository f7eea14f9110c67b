/**
 * Comparison keys for linking names the gazetteer does not know: a transliteration fold
 * for surnames and places (Khasan/Hasan, Blyukher-like y/i), the parts of a person's name
 * (initials, surname), a unit's number-arm-head key and a place's base name.
 */
import type { EntityLexicon } from './lexicon.js';
import { foldName } from './gazetteer.js';
import { isInitial, tokenize } from './tokens.js';

/**
 * Folds transliteration variants together.
 *
 * @example translitKey('Khassan') === translitKey('Hasan') // true
 */
export function translitKey(name: string): string {
  return foldName(name)
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

/** A person's name in parts. */
export interface PersonName {
  /** Initials in order, upper case letters ("GM"); given names count by their first letter. */
  initials: string;
  /** Folded surname. */
  surname: string;
}

/**
 * Splits a normalized person name ("G. M. Shtern", "Shtern G. M.", "Vasily Blucher").
 *
 * @returns Initials and folded surname; the surname is the last word that is not an
 *   initial, or the first when initials follow it.
 */
export function personName(normalized: string): PersonName {
  const tokens = tokenize(normalized);
  const words: string[] = [];
  const initials: string[] = [];
  let surnameFirst = false;
  tokens.forEach((token, i) => {
    if (isInitial(normalized, tokens, i)) {
      if (i > 0 && initials.length === 0 && words.length === 1) surnameFirst = true;
      initials.push(token.text.charAt(0).toUpperCase());
    } else words.push(token.text);
  });
  if (words.length === 0) return { initials: initials.join(''), surname: '' };
  const surname = surnameFirst ? words[0]! : words[words.length - 1]!;
  // Given names before the surname count as initials ("Vasily Blucher" -> V).
  const given = surnameFirst ? words.slice(1) : words.slice(0, -1);
  const letters = initials.length > 0 ? initials : given.map((word) => word.charAt(0).toUpperCase());
  return { initials: letters.join(''), surname: translitKey(surname) };
}

/** Whether two initial strings can belong to one person (one a prefix of the other). */
export function initialsAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The key of a numbered unit: number, arms other than the default infantry, head.
 *
 * @example unitKey('40th Infantry Division', eng) === unitKey('40th Rifle Division', eng)
 */
export function unitKey(normalized: string, lexicon: EntityLexicon): string | null {
  const tokens = tokenize(normalized);
  const number = /^(\d+)/.exec(tokens[0]?.text ?? '');
  if (!number) return null;
  const arms = new Set<string>();
  let head = '';
  for (const token of tokens.slice(1)) {
    const arm = lexicon.unitBranches.get(token.lower);
    if (arm && arm !== 'infantry') arms.add(arm);
    const unit = lexicon.unitWords.get(token.lower);
    if (unit) head = unit.toLowerCase();
  }
  return head ? `${number[1]} ${[...arms].sort().join(' ')} ${head}`.replace(/\s+/g, ' ') : null;
}

/** A place's name without its terrain word ("Zaozernaya height" -> "zaozernaia"). */
export function placeBase(normalized: string, lexicon: EntityLexicon): string {
  const tokens = tokenize(normalized);
  const kept = tokens.filter(
    (token, i) => !((i === 0 && lexicon.terrainBefore.has(token.lower)) || (i === tokens.length - 1 && lexicon.terrainAfter.has(token.lower))),
  );
  return translitKey((kept.length > 0 ? kept : tokens).map((token) => token.text).join(' '));
}
