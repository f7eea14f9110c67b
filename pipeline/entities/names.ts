/**
 * Normal forms of names for linking: titles, person markers and words the translation
 * wedged between initials and surname are dropped, possessives removed, initials spaced
 * ("V.K." -> "V. K."), and Russian case endings left by translation stripped from a
 * surname that initials mark as one ("Koneva I.S." -> "Konev I. S.").
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../model.js';
import type { EntityLexicon } from './lexicon.js';
import { isInitial, tokenize } from './tokens.js';

/** Endings of transliterated Russian names (`name-endings.json`). */
interface NameEndings {
  readonly patronymic: readonly string[];
  readonly surname: readonly string[];
  /** Surname endings that are also common word endings: evidence only inside a sentence. */
  readonly weakSurname: readonly string[];
  /** Endings of Russian place names ("Khabarovsk", "Kuibyshevka"). */
  readonly place: readonly string[];
  /** Case ending -> nominative ending. */
  readonly case: Readonly<Record<string, string>>;
  /** Case endings after a consonant stem, stripped only when the corpus confirms the stem. */
  readonly stemCase: readonly string[];
}

let endings: NameEndings | null = null;

/** The name endings, loaded once. */
function nameEndings(): NameEndings {
  if (!endings) {
    const file = fileURLToPath(new URL('./name-endings.json', import.meta.url));
    const json = JSON.parse(readFileSync(file, 'utf8')) as Partial<NameEndings>;
    if (!Array.isArray(json.patronymic) || !Array.isArray(json.surname) || !Array.isArray(json.weakSurname) || !Array.isArray(json.place) || typeof json.case !== 'object') {
      throw new Error('name-endings.json: expected patronymic, surname, weakSurname, place and case');
    }
    endings = Object.freeze({ patronymic: json.patronymic, surname: json.surname, weakSurname: json.weakSurname, place: json.place, case: json.case ?? {}, stemCase: json.stemCase ?? [] });
  }
  return endings;
}

let givenNames: ReadonlySet<string> | null = null;

/**
 * Whether a word is a common given name (`given-names.json`), diacritics and case aside.
 *
 * @example isGivenName('Apolinario') // true
 */
export function isGivenName(word: string): boolean {
  if (!givenNames) {
    const file = fileURLToPath(new URL('./given-names.json', import.meta.url));
    const json = JSON.parse(readFileSync(file, 'utf8')) as { entries?: unknown };
    if (!Array.isArray(json.entries) || !json.entries.every((entry) => typeof entry === 'string')) throw new Error('given-names.json: expected { "entries": [strings] }');
    givenNames = new Set(json.entries as string[]);
  }
  return givenNames.has(word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
}

/** Whether a capitalised word ends like a Russian patronymic ("Vadimovich"). */
export function isPatronymic(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 5 && nameEndings().patronymic.some((ending) => lower.endsWith(ending));
}

/**
 * Whether a capitalised word ends like a Russian surname: "Romanovsky" anywhere,
 * "Loktionov" only when `weak` endings count (inside a sentence).
 */
export function looksLikeSurname(word: string, weak: boolean): boolean {
  const lower = word.toLowerCase();
  const endings = weak ? [...nameEndings().surname, ...nameEndings().weakSurname] : nameEndings().surname;
  return lower.length > 4 && endings.some((ending) => lower.endsWith(ending));
}

/** Whether a capitalised word ends like a Russian place name ("Solovyevsk"). */
export function looksLikePlace(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 5 && nameEndings().place.some((ending) => lower.endsWith(ending));
}

/** The nominative of a surname in a case form ("Koneva" -> "Konev"), or the word itself. */
function stripCaseEnding(word: string): string {
  const lower = word.toLowerCase();
  for (const [ending, nominative] of Object.entries(nameEndings().case)) {
    if (lower.length >= ending.length + 3 && lower.endsWith(ending)) {
      return word.slice(0, word.length - ending.length) + nominative;
    }
  }
  return word;
}

/**
 * The stems a folded surname may be a case form of ("melnika" -> ["melnik"]): the word
 * without a `stemCase` ending that follows a consonant.
 *
 * @example stemCandidates('melnikom') // ['melnik']
 */
export function stemCandidates(surname: string): string[] {
  return nameEndings().stemCase.filter((ending) => surname.length >= ending.length + 4 && surname.endsWith(ending) && /[^aeiouy]/.test(surname.charAt(surname.length - ending.length - 1))).map((ending) => surname.slice(0, -ending.length));
}

/**
 * The normal form of a mention's text.
 *
 * @param text The mention as printed ("Marshal comrade Blucher", "G. K. Si Zhukov").
 * @param type Its type: case endings are stripped only from people.
 * @param lexicon The language's titles and markers.
 * @returns The name to link on ("Blucher", "G. K. Zhukov").
 * @example normalizeName('Koneva I.S.', 'PERSON', eng) // 'Konev I. S.'
 */
export function normalizeName(text: string, type: EntityType, lexicon: EntityLexicon): string {
  const tokens = tokenize(text);
  const words: string[] = [];
  let hasInitials = false;
  let i = 0;
  // Leading titles and person markers ("Marshal comrade", "si", "Tenyente Heneral").
  while (i < tokens.length - 1) {
    const token = tokens[i]!;
    if (type === 'PERSON' && (lexicon.titles.has(token.lower) || lexicon.personMarkers.has(token.lower))) i++;
    else break;
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (type === 'PERSON' && isInitial(text, tokens, i)) {
      hasInitials = true;
      // "VK." is two initials run together.
      const letters = token.text.length === 2 && token.allCaps ? [...token.text] : [token.text];
      for (const letter of letters) words.push(`${letter}.`);
      continue;
    }
    // A function word the translation wedged in after initials ("G. K. Si Zhukov").
    if (type === 'PERSON' && hasInitials && words.length > 0 && lexicon.nonNames.has(token.lower) && i < tokens.length - 1) continue;
    if (type === 'PERSON' && lexicon.personMarkers.has(token.lower) && i < tokens.length - 1) continue;
    words.push(token.text.replace(/[’']s$/u, ''));
  }
  if (type === 'PERSON' && hasInitials) {
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (!word.endsWith('.')) words[k] = stripCaseEnding(word);
    }
  }
  // Keep the hyphens of the original ("Bain-Tsagan", "Chiang Kai-shek").
  return rejoinHyphens(words.join(' '), text);
}

/** Puts back hyphens the tokenizer dropped between two words of the original text. */
function rejoinHyphens(joined: string, original: string): string {
  let result = joined;
  for (const match of original.matchAll(/([\p{L}\p{N}]+)-([\p{L}\p{N}]+)/gu)) {
    result = result.replace(`${match[1]} ${match[2]}`, `${match[1]}-${match[2]}`);
  }
  return result;
}
