/**
 * What a language knows about naming ships, aircraft and weapons, read once from
 * `pipeline/lang/<code>/`: `equipment-words.json` (nouns before and after a name, words
 * between them, words that make a noun a verb), `ship-prefixes.json` ("HMS", "USS") and
 * `plural-markers.json` ("mga").
 */
import type { LanguageCode } from '../model.js';
import { languagePack, stringList, stringTable } from '../lang/index.js';

/** An equipment noun: its English singular, and whether it is plural (and may introduce a list). */
export interface EquipmentNoun {
  normal: string;
  many: boolean;
}

/** A language's equipment words. */
export interface EquipmentWords {
  /** Lower-case noun before a name or model ("cruiser", "barko"). */
  readonly before: ReadonlyMap<string, EquipmentNoun>;
  /** Lower-case noun after a name or model ("missiles", "bombers"). */
  readonly after: ReadonlyMap<string, EquipmentNoun>;
  /** Lower-case words that may stand between the noun and the name ("named", "na"). */
  readonly between: ReadonlySet<string>;
  /** Lower-case words that make a `before` noun right after them a verb ("to bomb"). */
  readonly verbCues: ReadonlySet<string>;
  /** Ship prefixes as printed ("HMS", "USS"). */
  readonly shipPrefixes: ReadonlySet<string>;
  /** Lower-case words before a noun that make it plural ("mga"). */
  readonly pluralMarkers: ReadonlySet<string>;
}

interface EquipmentFile {
  before: Record<string, string>;
  after: Record<string, string>;
  between: string[];
  verbCues: string[];
}

function equipmentFile(json: unknown, file: string): EquipmentFile {
  const record = json as Record<string, unknown> | null;
  const table = (key: string): Record<string, string> => (record?.[key] === undefined ? {} : stringTable(record[key], `${file} (${key})`));
  const list = (key: string): string[] => (record?.[key] === undefined ? [] : stringList(record[key], `${file} (${key})`));
  return { before: table('before'), after: table('after'), between: list('between'), verbCues: list('verb-cues') };
}

/** Parses "cruiser" and "cruiser|many". */
function parseNoun(value: string, file: string): EquipmentNoun {
  const [normal = value, flag] = value.split('|');
  if (flag !== undefined && flag !== 'many') throw new Error(`${file}: '${value}' ends in '${flag}', not 'many'`);
  return { normal, many: flag === 'many' };
}

const cache = new Map<LanguageCode, EquipmentWords>();

/**
 * The equipment words of a language; missing files give empty tables.
 *
 * @param language ISO 639-3 code of a language with a data folder.
 * @returns The typed, frozen words (cached per language).
 * @example equipmentWords('eng').before.get('cruiser') // { normal: 'cruiser', many: false }
 */
export function equipmentWords(language: LanguageCode): EquipmentWords {
  const cached = cache.get(language);
  if (cached) return cached;
  const pack = languagePack(language);
  const file = pack.read('equipment-words', equipmentFile, { before: {}, after: {}, between: [], verbCues: [] });
  const nouns = (table: Record<string, string>): Map<string, EquipmentNoun> =>
    new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), parseNoun(v, `lang/${language}/equipment-words.json`)]));
  const words: EquipmentWords = {
    before: nouns(file.before),
    after: nouns(file.after),
    between: new Set(file.between.map((word) => word.toLowerCase())),
    verbCues: new Set(file.verbCues.map((word) => word.toLowerCase())),
    shipPrefixes: new Set(Object.keys(pack.read('ship-prefixes', stringTable, {}))),
    pluralMarkers: new Set(pack.read('plural-markers', stringList, []).map((word) => word.toLowerCase())),
  };
  cache.set(language, words);
  return words;
}
