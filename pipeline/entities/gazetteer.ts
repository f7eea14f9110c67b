/**
 * The curated gazetteer (`gazetteer.json`): canonical entities of the domain with their
 * labels per language and spelling variants, indexed two ways: by folded name (for
 * linking) and as a token trie (for recognition, longest label first).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entityTypes, type EntityType, type LanguageCode } from '../model.js';
import { tokenize } from './tokens.js';

/** One canonical entity of the gazetteer. */
export interface GazetteerEntry {
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  /** Wikidata id, only where certain. */
  readonly wikidata: string | null;
  readonly labels: Readonly<Record<LanguageCode, readonly string[]>>;
  /** Language-neutral spellings (transliterations). */
  readonly variants: readonly string[];
  /** Entries the names denote during periods (years inclusive): Russia is the Soviet Union in 1922-1991. */
  readonly denotes?: readonly { from: number; to: number; key: string }[];
  /** A state's forces by branch (`armedForces`, `airForces`, `navalForces`): entry keys. */
  readonly forces?: Readonly<Record<string, string>>;
}

/** The fields of a state's entry that name its forces. */
const FORCE_FIELDS = ['armedForces', 'airForces', 'navalForces'] as const;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entries whose label ends here, and whether that label is a single word. */
  entries: string[];
}

/** The loaded gazetteer. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Entry keys by folded label or variant. */
  lookup(name: string): readonly string[];
  /** Root of the token trie over every label and variant. */
  readonly trie: Readonly<TrieNode>;
}

/**
 * Folds a name for comparison: no diacritics, lower case, dots, hyphens and apostrophes
 * as spaces, single spaces.
 *
 * @example foldName('V.K. Blücher') // 'v k blucher'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.\-‑–—’'`()[\],]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const TYPES: ReadonlySet<string> = new Set(entityTypes);

/** Parses and checks the gazetteer file's shape. */
export function parseGazetteer(json: unknown): GazetteerEntry[] {
  const list = (json as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) throw new Error('gazetteer.json: expected { "entities": [...] }');
  return list.map((raw: unknown, index) => {
    const item = raw as Partial<GazetteerEntry>;
    if (typeof item.key !== 'string' || typeof item.name !== 'string' || !TYPES.has(item.type as EntityType)) {
      throw new Error(`gazetteer.json: entry ${index} needs key, name and a known type`);
    }
    const periods = item.denotes ?? [];
    if (!Array.isArray(periods) || !periods.every((period) => Number.isInteger(period?.from) && Number.isInteger(period?.to) && typeof period?.key === 'string')) {
      throw new Error(`gazetteer.json: '${item.key}' has malformed 'denotes' (expected [{ from, to, key }])`);
    }
    if (item.wikidata !== null && !/^Q\d+$/.test(String(item.wikidata))) {
      throw new Error(`gazetteer.json: '${item.key}' has a malformed wikidata id`);
    }
    const forces = Object.fromEntries(
      FORCE_FIELDS.flatMap((field) => {
        const target = (raw as Record<string, unknown>)[field];
        return typeof target === 'string' ? [[field, target]] : [];
      }),
    );
    return {
      key: item.key,
      name: item.name,
      type: item.type as EntityType,
      wikidata: item.wikidata ?? null,
      labels: item.labels ?? {},
      variants: item.variants ?? [],
      ...(item.denotes ? { denotes: item.denotes } : {}),
      ...(Object.keys(forces).length > 0 ? { forces } : {}),
    };
  });
}

/** Builds the indexes of a list of entries. */
export function buildGazetteer(list: readonly GazetteerEntry[]): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const byName = new Map<string, string[]>();
  const trie: TrieNode = { children: new Map(), entries: [] };
  for (const entry of list) {
    if (entries.has(entry.key)) throw new Error(`gazetteer.json: duplicate key '${entry.key}'`);
    entries.set(entry.key, entry);
    for (const name of new Set(entryNames(entry))) {
      const folded = foldName(name);
      const keys = byName.get(folded) ?? [];
      if (!keys.includes(entry.key)) keys.push(entry.key);
      byName.set(folded, keys);
      let node = trie;
      for (const token of tokenize(name)) {
        let child = node.children.get(token.lower);
        if (!child) {
          child = { children: new Map(), entries: [] };
          node.children.set(token.lower, child);
        }
        node = child;
      }
      if (node !== trie && !node.entries.includes(entry.key)) node.entries.push(entry.key);
    }
  }
  return { entries, lookup: (name) => byName.get(foldName(name)) ?? [], trie };
}

/** Every name of an entry: canonical name, labels in every language, variants. */
export function entryNames(entry: GazetteerEntry): string[] {
  return [entry.name, ...Object.values(entry.labels).flat(), ...entry.variants];
}

let loaded: Gazetteer | null = null;

/** The project's gazetteer (`pipeline/entities/gazetteer.json`), loaded once. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const file = fileURLToPath(new URL('./gazetteer.json', import.meta.url));
    loaded = buildGazetteer(parseGazetteer(JSON.parse(readFileSync(file, 'utf8')) as unknown));
  }
  return loaded;
}
