/**
 * Structure cues (`lang/<code>/structure.json`) of every configured language, merged:
 * the words that open a citation of another work, separate its title from its author,
 * open an official order, mark a bibliographic reference, and stay lower case in a title.
 */
import type { LanguagePack } from '../lang/index.js';

/** The cue lists, lower-case, longest first (so "from the book of" wins over "from the book"). */
export interface StructureCues {
  readonly citation: readonly string[];
  readonly author: readonly string[];
  readonly order: readonly string[];
  readonly publisher: readonly string[];
  readonly minorWords: ReadonlySet<string>;
  /** A line that is only an order cue, maybe numbered ("order", "order no. 0040"), lower-cased. */
  readonly orderLine: RegExp;
  /** Any publisher cue as a word. */
  readonly publisherWord: RegExp;
  /** Any author cue between spaces (global: the last match separates title and author). */
  readonly authorWord: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of cues, longest first; matches nothing when the list is empty. */
const anyOf = (cues: readonly string[]): string => (cues.length > 0 ? cues.map(escape).join('|') : '(?!)');

const lists = ['citation', 'author', 'order', 'publisher', 'minorWords'] as const;
type ListName = (typeof lists)[number];
type RawCues = Record<ListName, string[]>;

/**
 * Parses one `structure.json`.
 *
 * @param json the parsed file
 * @param file its name, for error messages
 * @returns each list, lower-cased
 * @throws when a list is missing or holds something other than strings
 */
export function parseStructureCues(json: unknown, file: string): RawCues {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${file}: expected an object of lists`);
  const source = json as Record<string, unknown>;
  const cues = {} as RawCues;
  for (const name of lists) {
    const list = source[name] ?? [];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw new Error(`${file}: '${name}' must be a list of strings`);
    }
    cues[name] = (list as string[]).map((item) => item.toLowerCase());
  }
  return cues;
}

const noCues = (): RawCues => ({ citation: [], author: [], order: [], publisher: [], minorWords: [] });
const empty: RawCues = noCues();
const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const merged = new Map<string, StructureCues>();

/**
 * The cues of several languages, merged.
 *
 * @param packs language packs (from `context.lang`)
 * @returns merged cues, cached per set of language codes
 * @example structureCuesOf([languagePack('eng')]).citation[0] // "from the author's book"
 */
export function structureCuesOf(packs: readonly LanguagePack[]): StructureCues {
  const key = packs.map((pack) => pack.code).sort().join(',');
  const cached = merged.get(key);
  if (cached) return cached;
  const all = noCues();
  for (const pack of packs) {
    const own = pack.read('structure', parseStructureCues, empty);
    for (const name of lists) all[name].push(...own[name]);
  }
  const unique = (list: string[]): string[] => [...new Set(list)].sort(longestFirst);
  const order = unique(all.order);
  const publisher = unique(all.publisher);
  const author = unique(all.author);
  const cues: StructureCues = {
    citation: unique(all.citation),
    author,
    order,
    publisher,
    minorWords: new Set(all.minorWords),
    orderLine: new RegExp(`^(?:${anyOf(order)})(?:\\s+no\\.?\\s*[\\p{N}\\p{L}/-]+)?$`, 'u'),
    publisherWord: new RegExp(`(?<!\\p{L})(?:${anyOf(publisher)})(?!(?<=\\p{L})\\p{L})`, 'iu'),
    authorWord: new RegExp(`(?:^|\\s)(?:${anyOf(author)})(?=\\s|$)`, 'giu'),
  };
  merged.set(key, cues);
  return cues;
}
