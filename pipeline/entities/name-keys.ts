/**
 * Comparison keys for linking names the gazetteer does not know: a transliteration fold
 * for surnames and places (Khasan/Hasan, Blyukher-like y/i), the parts of a person's name
 * (initials, surname), a unit's number-arm-head key and a place's base name.
 */
import type { EntityLexicon } from './lexicon.js';
import { foldName } from './gazetteer.js';
import { isPatronymic } from './names.js';
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
 * @returns Initials (and first letters of written-out given names, in order) and the
 *   folded surname: the last word that is not an initial, or the first when initials or
 *   a given name and patronymic follow it.
 * @example personName('James K. Polk') // { initials: 'JK', surname: 'polk' }
 */
export function personName(normalized: string): PersonName {
  const tokens = tokenize(normalized);
  const initial = tokens.map((_, i) => isInitial(normalized, tokens, i));
  const words = tokens.filter((_, i) => !initial[i]);
  if (words.length === 0) return { initials: tokens.map((token) => token.text.charAt(0).toUpperCase()).join(''), surname: '' };
  // The surname comes first when only initials follow it ("Shtern G. M.") or the name ends in a
  // patronymic ("Venkov Andrey Vadimovich").
  const surnameFirst = (tokens.length > 1 && !initial[0] && initial.slice(1).every(Boolean)) || (words.length === 3 && isPatronymic(words[2]!.text));
  const surname = surnameFirst ? words[0]! : words[words.length - 1]!;
  // Initials and written-out given names, in order ("James K. Polk" -> JK).
  const letters = tokens.filter((token) => token !== surname).map((token) => token.text.charAt(0).toUpperCase());
  return { initials: letters.join(''), surname: translitKey(surname.text) };
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

/** A place's name without its terrain word ("Zaozernaya height", "City of Zaozernaya" -> "zaozernaia"). */
export function placeBase(normalized: string, lexicon: EntityLexicon): string {
  const tokens = tokenize(normalized);
  const leading = lexicon.terrainBefore.get(tokens[0]?.lower ?? '')?.own === false;
  // The connector after a leading terrain word goes with it ("City of").
  const connected = leading && tokens.length > 2 && lexicon.connectors.includes(tokens[1]!.lower);
  const kept = tokens.filter(
    (token, i) => !((i === 0 && leading) || (i === 1 && connected) || (i === tokens.length - 1 && lexicon.terrainAfter.get(token.lower)?.own === false)),
  );
  return translitKey((kept.length > 0 ? kept : tokens).map((token) => token.text).join(' '));
}
