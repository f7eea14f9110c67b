/**
 * Ships, aircraft, vehicles and weapons (WEAPON_EQUIPMENT): a ship prefix before a name
 * ("HMS Sheffield", "ARA General Belgrano"); a name or a list of names after an equipment
 * noun ("the cruiser General Belgrano", "the carriers Akagi, Kaga and Soryu", "ang barkong
 * pandigma na Yamato"); a name or model before one ("Exocet missiles", "B-29 bombers",
 * "ang Exocet na misil"); a model after one ("mga eroplanong B-29"). The words are data
 * (`equipment-words.ts`). A noun's cue outweighs a title inside the name ("General
 * Belgrano" is no person) and a place of the same name ("the destroyer Sheffield").
 */
import type { EquipmentNoun, EquipmentWords } from '../equipment-words.js';
import { equipmentWords } from '../equipment-words.js';
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { gapAfter, isPossessive } from '../tokens.js';
import type { Pattern } from './found.js';
import { isHeadWord } from './name-words.js';

/**
 * A model designation: one to three letters, perhaps a hyphen, digits, perhaps a letter or
 * two or a plural "s" ("B-29", "A6M", "F4U", "MiG-15", "P-51D", "B-29s"), standing alone.
 */
const DESIGNATION = /(?<![\p{L}\p{N}\-‑])\p{Lu}\p{L}{0,2}[-‑]?\p{N}{1,4}[\p{L}\p{N}]{0,2}(?![\p{L}\p{N}]|[-‑]\p{L})/gu;

/** A model in the plural ("B-29s", "T-34s") names equipment without a noun. */
const PLURAL_MODEL = /\p{N}s$/u;

/** The closing quote of an opening one. */
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '‘': '’' };

/** Most words of a name read next to a noun. */
const MAX_NAME = 4;

/** Cue-read names beat a gazetteer label of the same span (0.95): the noun says what the name is. */
const CUED = 0.96;
const PREFIXED = 0.9;
const MODEL = 0.9;
/** A name before a noun is weaker: a known place or body of the same span wins ("US bombers"). */
const BEFORE_NOUN = 0.8;

/** Token range [first, end) of a name, a model or a prefixed ship name. */
interface Item {
  first: number;
  end: number;
  rule: string;
  score: number;
}

/** Everything one sentence's reading needs. */
interface Reading {
  text: string;
  tokens: readonly Token[];
  lexicon: EntityLexicon;
  words: EquipmentWords;
  /** Token index of a designation's first token -> index after its last. */
  models: ReadonlyMap<number, number>;
  /** Index after a designation's last token -> its first token's index. */
  modelsEnding: ReadonlyMap<number, number>;
}

/**
 * Ships, aircraft and weapons named next to a prefix or an equipment noun.
 *
 * @example equipment(input('the cruiser General Belgrano')) // 'General Belgrano', WEAPON_EQUIPMENT
 */
export const equipment: Pattern = ({ text, tokens, lexicon }) => {
  const words = equipmentWords(lexicon.language);
  const models = designations(text, tokens);
  const reading: Reading = { text, tokens, lexicon, words, models, modelsEnding: new Map([...models].map(([first, end]) => [end, first])) };
  const items: Item[] = [];
  for (const [first, end] of reading.models) {
    if (PLURAL_MODEL.test(tokens[end - 1]!.text)) items.push({ first, end, rule: 'equipment/model', score: MODEL });
  }
  for (const end of reading.models.values()) {
    // A model names what follows a linking word ("a B-29 named Enola Gay", "B-29 na Enola Gay").
    if (words.between.has(tokens[end]?.lower ?? '') && gapAfter(text, tokens, end - 1) === ' ') items.push(...namedAfter(reading, end - 1, { normal: 'model', many: false }));
  }
  for (let i = 0; i < tokens.length; i++) {
    const prefixed = shipAt(reading, i);
    if (prefixed) items.push(prefixed);
    const before = nounAt(reading, i, words.before);
    if (before && !words.verbCues.has(spacedBefore(reading, i)?.lower ?? '')) items.push(...namedAfter(reading, i, before));
    const after = nounAt(reading, i, words.after);
    if (after) {
      const named = namedBefore(reading, i);
      if (named) items.push(named);
    }
  }
  return items.map(({ first, end, rule, score }) => {
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    return { start, end: stop, type: 'WEAPON_EQUIPMENT', rule, normalized: text.slice(start, stop), gazetteer: null, score };
  });
};

/** Designations of the sentence by token range (first token -> index after the last). */
function designations(text: string, tokens: readonly Token[]): Map<number, number> {
  const models = new Map<number, number>();
  // Token indexes by offset, built only for a sentence with a match (most have none).
  let firstAt: Map<number, number> | undefined;
  let endAt: Map<number, number> | undefined;
  for (const match of text.matchAll(DESIGNATION)) {
    firstAt ??= new Map(tokens.map((token, k) => [token.start, k]));
    endAt ??= new Map(tokens.map((token, k) => [token.end, k]));
    const first = firstAt.get(match.index);
    const last = endAt.get(match.index + match[0].length);
    if (first !== undefined && last !== undefined) models.set(first, last + 1);
  }
  return models;
}

/** The token before `i` when a single space parts them. */
function spacedBefore({ text, tokens }: Reading, i: number): Token | undefined {
  return i > 0 && gapAfter(text, tokens, i - 1) === ' ' ? tokens[i - 1] : undefined;
}

/**
 * The equipment noun token `i` is, read with a linker attached ("barkong") too; a
 * capitalised one only opening the sentence (in title case every word is capitalised:
 * "Aircraft Carriers", "Flying Tanks").
 */
function nounAt({ tokens, lexicon }: Reading, i: number, table: ReadonlyMap<string, EquipmentNoun>): EquipmentNoun | undefined {
  if (i > 0 && tokens[i]!.capitalized) return undefined;
  return linkedEntry(tokens[i]!.lower, lexicon, table);
}

/** A word of a people ("Argentine", "Hapon", "Amerikanong"): it describes, it does not name. */
function isNationality({ lexicon }: Reading, token: Token): boolean {
  return linkedEntry(token.lower, lexicon, lexicon.exonyms) !== undefined;
}

/** The entry of a lower-case word in `table`, read with a linker attached too ("barkong" -> "barko"). */
function linkedEntry<T>(lower: string, lexicon: EntityLexicon, table: ReadonlyMap<string, T>): T | undefined {
  const entry = table.get(lower);
  if (entry !== undefined) return entry;
  const linker = lexicon.linkers.find((end) => lower.endsWith(end) && table.has(lower.slice(0, -end.length)));
  return linker === undefined ? undefined : table.get(lower.slice(0, -linker.length));
}

/** A word that may stand in a ship's or weapon's name: capitalised, not a function word (a title may: "General Belgrano"). */
function isNamePart({ lexicon }: Reading, token: Token | undefined): boolean {
  return !!token && token.capitalized && (!lexicon.nonNames.has(token.lower) || lexicon.titles.has(token.lower));
}

/** Index after the name run from token `j` ("General Belgrano", "Gregorio del Pilar"), `j` when there is none. */
function nameEnd(reading: Reading, j: number): number {
  const { text, tokens, lexicon, words } = reading;
  // A ship prefix opens a name of its own: it is never part of one ("HMS HMS").
  const namePart = (token: Token | undefined): boolean => token !== undefined && isNamePart(reading, token) && !words.shipPrefixes.has(token.text);
  const first = tokens[j];
  if (!first || !namePart(first) || isNationality(reading, first) || reading.models.has(j)) return j;
  let k = j + 1;
  while (k < tokens.length && k - j < MAX_NAME && !isPossessive(tokens[k - 1])) {
    if (!/^[ \-‑]$/u.test(gapAfter(text, tokens, k - 1))) break;
    const token = tokens[k]!;
    // A lower-case particle inside a name ("Gregorio del Pilar").
    const particle = !token.capitalized && lexicon.nameParticles.has(token.lower) && gapAfter(text, tokens, k) === ' ' && namePart(tokens[k + 1]);
    if (particle) k += 2;
    else if (namePart(token)) k++;
    else break;
  }
  return Math.min(k, tokens.length);
}

/** A ship prefix and the name after it at token `i` ("HMS Sheffield"). */
function shipAt(reading: Reading, i: number): Item | null {
  const { text, tokens, words } = reading;
  const prefix = tokens[i];
  if (!prefix || !words.shipPrefixes.has(prefix.text) || gapAfter(text, tokens, i) !== ' ') return null;
  const end = nameEnd(reading, i + 1);
  return end > i + 1 ? { first: i, end, rule: 'equipment/ship-prefix', score: PREFIXED } : null;
}

/** A prefixed name, a model or a bare name starting at token `j`. */
function itemAt(reading: Reading, j: number): Item | null {
  const prefixed = shipAt(reading, j);
  if (prefixed) return prefixed;
  const model = reading.models.get(j);
  if (model !== undefined) return { first: j, end: model, rule: 'equipment/model', score: MODEL };
  const end = nameEnd(reading, j);
  return end > j ? { first: j, end, rule: 'equipment/noun-before-name', score: CUED } : null;
}

/**
 * The names after a noun at token `i`: one after a singular noun, two or more (a list)
 * after a plural one ("the carriers Akagi, Kaga, Soryu and Hiryu"; "ang mga barkong …").
 */
function namedAfter(reading: Reading, i: number, noun: EquipmentNoun): Item[] {
  const { text, tokens, lexicon, words } = reading;
  // A space, perhaps an opening quote ('the bomb "Little Boy"').
  const opens = (k: number): boolean => /^ ["“‘']?$/u.test(gapAfter(text, tokens, k));
  if (!opens(i)) return [];
  let j = i + 1;
  // Up to two words between ("a ship named …", "barkong pandigma na …").
  while (j < tokens.length && j - i <= 2 && gapAfter(text, tokens, j - 1) === ' ' && words.between.has(tokens[j]!.lower) && opens(j)) j++;
  const first = itemAt(reading, j);
  if (!first) return [];
  // A quoted name ends at its closing quote.
  const quote = gapAfter(text, tokens, j - 1).slice(1);
  if (quote && !gapAfter(text, tokens, first.end - 1).startsWith(CLOSING[quote] ?? quote)) return [];
  const many = noun.many || words.pluralMarkers.has(spacedBefore(reading, i)?.lower ?? '');
  if (!many) return [first];
  const items = [first];
  for (let last = first; ; ) {
    const gap = gapAfter(text, tokens, last.end - 1);
    let next = last.end;
    const conjunction = tokens[next] && lexicon.conjunctions.has(tokens[next]!.lower) && gapAfter(text, tokens, next) === ' ';
    if (conjunction && /^,?\s$/u.test(gap)) next++;
    else if (gap !== ', ') break;
    const item = itemAt(reading, next);
    if (!item) break;
    items.push(item);
    if (conjunction) break;
    last = item;
  }
  return items.length > 1 ? items : [];
}

/**
 * A name or model before a noun at token `i`, with a linking word between perhaps
 * ("Exocet missiles", "B-29 bombers", "B-29 Superfortress bombers", "Exocet na misil").
 */
function namedBefore(reading: Reading, i: number): Item | null {
  const { text, tokens, lexicon, words } = reading;
  let last = i - 1;
  if (last >= 0 && words.between.has(tokens[last]!.lower) && gapAfter(text, tokens, last) === ' ') last--;
  if (last < 0 || gapAfter(text, tokens, last) !== ' ') return null;
  // A model ending right there ("B-29 bombers").
  const model = reading.modelsEnding.get(last + 1);
  if (model !== undefined) return { first: model, end: last + 1, rule: 'equipment/model', score: MODEL };
  // The name's words, back to its first: no title, body, unit or place word, nor a people's.
  const named = (token: Token): boolean =>
    isNamePart(reading, token) && !lexicon.titles.has(token.lower) && !isHeadWord(token.lower, lexicon) && !isNationality(reading, token);
  let first = last + 1;
  while (first > 0 && last - first < MAX_NAME - 2 && named(tokens[first - 1]!) && (first === last + 1 || /^[ \-‑]$/u.test(gapAfter(text, tokens, first - 1)))) first--;
  if (first > last) return null;
  // A model before the name belongs to it ("B-29 Superfortress").
  const leading = reading.modelsEnding.get(first);
  if (leading !== undefined && gapAfter(text, tokens, first - 1) === ' ') return { first: leading, end: last + 1, rule: 'equipment/model', score: MODEL };
  return { first, end: last + 1, rule: 'equipment/name-before-noun', score: BEFORE_NOUN };
}
