/**
 * The registry from language code to language data. A language is a folder
 * `pipeline/lang/<code>/` of flat JSON files, one concern per file (`months.json`,
 * `abbreviations.json`, …); adding a language means adding a folder. Each concern module
 * reads its files through `LanguagePack.read` with its own parser, so every table is
 * typed and checked where it is used, loaded once and frozen.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { LanguageCode } from '../model.js';
import { ConfigurationError } from '../errors.js';

const root = dirname(fileURLToPath(import.meta.url));

/** The data files of one language. */
export interface LanguagePack {
  readonly code: LanguageCode;
  /** Whether the language has a data file of that name (without `.json`). */
  has(name: string): boolean;
  /**
   * Read and parse one data file; the result is cached (per parser) and frozen.
   * Returns `fallback` when the language has no such file (a plain object without its prototype).
   */
  read<T>(name: string, parse: (json: unknown, file: string) => T, fallback: T): T;
}

const packs = new Map<LanguageCode, LanguagePack>();

/** Codes of every language that has a data folder. */
export function availableLanguages(): LanguageCode[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{3}$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The data of a language.
 *
 * @throws ConfigurationError when no folder exists for the code.
 */
export function languagePack(code: LanguageCode): LanguagePack {
  const cached = packs.get(code);
  if (cached) return cached;
  const folder = join(root, code);
  if (!/^[a-z]{3}$/.test(code) || !existsSync(folder)) {
    throw new ConfigurationError(
      `Unknown language '${code}': no data folder pipeline/lang/${code}/ (available: ${availableLanguages().join(', ')})`,
    );
  }
  // One parse per file and parser: two modules may read one file in their own shapes.
  const cache = new Map<string, Map<(json: unknown, file: string) => unknown, unknown>>();
  const pack: LanguagePack = {
    code,
    has: (name) => existsSync(join(folder, `${name}.json`)),
    read<T>(name: string, parse: (json: unknown, file: string) => T, fallback: T): T {
      const parsed = cache.get(name) ?? new Map<(json: unknown, file: string) => unknown, unknown>();
      cache.set(name, parsed);
      if (parsed.has(parse)) return parsed.get(parse) as T;
      const file = join(folder, `${name}.json`);
      const value = existsSync(file)
        ? deepFreeze(parse(JSON.parse(readFileSync(file, 'utf8')) as unknown, `lang/${code}/${name}.json`))
        : withoutPrototype(fallback);
      parsed.set(parse, value);
      return value;
    },
  };
  packs.set(code, pack);
  return pack;
}

/**
 * A plain-object fallback (`{}`) copied without a prototype, so a missing table answers
 * `undefined` for every word of the text, "constructor" included, like a read one.
 */
function withoutPrototype<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.assign(Object.create(null) as object, value) as T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}

/**
 * Parser for the common shape: an object mapping surface forms to normal forms. The table
 * has no prototype, so a word of the text such as "constructor" finds nothing in it.
 */
export function stringTable(json: unknown, file: string): Record<string, string> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error(`${file}: expected an object of strings`);
  }
  const table = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(json)) {
    if (key.startsWith('$')) continue; // `$comment` and the like document the file
    if (typeof value !== 'string') throw new Error(`${file}: '${key}' must map to a string`);
    table[key] = value;
  }
  return table;
}

/** Parser for a flat list of strings. */
export function stringList(json: unknown, file: string): string[] {
  const list = Array.isArray(json) ? json : (json as { entries?: unknown })?.entries;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new Error(`${file}: expected a list of strings (or { "entries": [...] })`);
  }
  return list as string[];
}
