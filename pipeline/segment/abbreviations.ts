/**
 * Abbreviation data for sentence segmentation: `lang/<code>/abbreviations.json` of every
 * configured language, merged, because language is identified only after segmentation.
 */
import { languagePack, type LanguagePack } from '../lang/index.js';
import type { LanguageCode } from '../model.js';

/**
 * How an abbreviation behaves before the next word. `acronym` is the odd one out: short
 * capital tokens (US, UN) that do end a sentence, unlike glued name initials (VK).
 */
export type AbbreviationKind = 'title' | 'numeric' | 'general' | 'initial' | 'acronym';

const kinds: readonly AbbreviationKind[] = ['title', 'numeric', 'general', 'initial', 'acronym'];

/** Abbreviations by kind; keys are lower-case and without the final period. */
export type AbbreviationTable = Readonly<Record<AbbreviationKind, ReadonlySet<string>>>;

/**
 * Parses one `abbreviations.json`: an object with one table per kind (surface form → expansion).
 *
 * @param json the parsed file
 * @param file its name, for error messages
 * @returns the keys of each kind, lower-cased
 * @throws when the shape is wrong (a data error, caught by the lexicon tests)
 */
export function parseAbbreviations(json: unknown, file: string): AbbreviationTable {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`${file}: expected an object with ${kinds.join(', ')} tables`);
  }
  const source = json as Record<string, unknown>;
  const table = {} as Record<AbbreviationKind, Set<string>>;
  for (const kind of kinds) {
    const entries = source[kind] ?? {};
    if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
      throw new Error(`${file}: '${kind}' must be an object of strings`);
    }
    table[kind] = new Set(Object.keys(entries).map((key) => key.toLowerCase()));
  }
  return table;
}

const emptyTable = (): Record<AbbreviationKind, Set<string>> => ({
  title: new Set(),
  numeric: new Set(),
  general: new Set(),
  initial: new Set(),
  acronym: new Set(),
});

const empty: AbbreviationTable = emptyTable();

const merged = new Map<string, AbbreviationTable>();

/**
 * The abbreviations of several languages, merged (a key may sit in several kinds).
 *
 * @param packs the language packs (from `context.lang` or `languagePack`)
 * @returns one table; cached per set of language codes
 * @example abbreviationsOf([languagePack('eng'), languagePack('tgl')]).title.has('gng') // true
 */
export function abbreviationsOf(packs: readonly LanguagePack[]): AbbreviationTable {
  const key = packs.map((pack) => pack.code).sort().join(',');
  const cached = merged.get(key);
  if (cached) return cached;
  const table = emptyTable();
  for (const pack of packs) {
    const own = pack.read('abbreviations', parseAbbreviations, empty);
    for (const kind of kinds) for (const entry of own[kind]) table[kind].add(entry);
  }
  merged.set(key, table);
  return table;
}

/** The merged abbreviations of languages given by code. */
export function abbreviationsFor(languages: readonly LanguageCode[]): AbbreviationTable {
  return abbreviationsOf(languages.map((code) => languagePack(code)));
}
