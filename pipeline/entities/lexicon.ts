/**
 * The entity data of one language (`pipeline/lang/<code>/`), read once through the
 * language pack and typed here: titles, non-names, unit, terrain, body, event and
 * document words, person markers, connectors, citation cues, exonyms, post-nominals.
 */
import type { EntityType, LanguageCode } from '../model.js';
import type { LanguagePack } from '../lang/index.js';
import { stringList, stringTable } from '../lang/index.js';

/** A word that makes a name a place, with the place kind and type. */
export interface TerrainWord {
  /**
   * The English name with `*` for the name the word goes with: "Mount *", "* Pass". The data
   * may write the template itself where English puts the word on the other side than the
   * language does ("pasong": "* Pass"); a bare word goes on the side it is read on.
   */
  template: string;
  type: EntityType;
  /**
   * The word names a place of its own, not the place of the bare name ("San Juan Bridge"
   * is not San Juan, "Manila Bay" not Manila; "Lake Khasan" is Khasan).
   */
  own: boolean;
}

/** A word for a people or a body's members, with what it stands for ("filipinos" -> Philippines, GPE). */
export interface NationalityWord {
  /** Canonical name of the state or body. */
  normal: string;
  type: EntityType;
}

/**
 * What a cue before an unknown name says: `place` (a place, whatever a tagger thinks: "in",
 * "sa"), `terrain` (a place that is land or water, not a state: "the island of", "landed
 * on", "pulo ng"), `weak` (a place unless a tagger knows the name as something else: "to",
 * "left") or `none` (a longer phrase that cancels a shorter cue: "para sa" is "for", not "at").
 */
export type PlaceCue = 'place' | 'terrain' | 'weak' | 'none';

/** Where a verb of speaking stands to a person it makes of a name: "Gonzaga said", "said Gonzaga". */
export type SpeakerSide = 'before' | 'after' | 'both';

/** What a language knows about names. */
export interface EntityLexicon {
  readonly language: LanguageCode;
  /** Lower-case title -> normal title ("comrade" -> "Comrade"). */
  readonly titles: ReadonlyMap<string, string>;
  /** Lower-case words never a name alone (function words, months, connectives). */
  readonly nonNames: ReadonlySet<string>;
  readonly personMarkers: ReadonlyMap<string, string>;
  /** Nationality word -> canonical state name and type ("japanese" -> Japan, GPE; "katipunero" -> Katipunan, ORG). */
  readonly exonyms: ReadonlyMap<string, NationalityWord>;
  /** Nationality words that are nouns whatever surrounds them ("filipinos", "spaniards"). */
  readonly nationalityNouns: ReadonlySet<string>;
  readonly unitWords: ReadonlyMap<string, string>;
  readonly unitBranches: ReadonlyMap<string, string>;
  readonly terrainBefore: ReadonlyMap<string, TerrainWord>;
  readonly terrainAfter: ReadonlyMap<string, TerrainWord>;
  readonly orgWords: ReadonlyMap<string, string>;
  readonly eventBefore: ReadonlyMap<string, string>;
  readonly eventAfter: ReadonlyMap<string, string>;
  readonly documentWords: ReadonlyMap<string, string>;
  readonly metonymsBefore: ReadonlyMap<string, string>;
  readonly metonymsAfter: ReadonlyMap<string, string>;
  /** Determiner -> 'verb' | 'always': when a nationality word after it is a noun. */
  readonly determiners: ReadonlyMap<string, string>;
  /** Closed-class words only (a subset of nonNames). */
  readonly functionWords: ReadonlySet<string>;
  readonly connectors: readonly string[];
  /** `connectors` split into words, in the same order ("of the" -> ["of", "the"]). */
  readonly connectorWords: readonly (readonly string[])[];
  /** Linkers attached to a word's end (Tagalog "-ng"). */
  readonly linkers: readonly string[];
  /** Words joining the items of a list ("and", "at"). */
  readonly conjunctions: ReadonlySet<string>;
  /** Lower-case cue phrases of one to three words before an unknown name -> what they say of it. */
  readonly placeCues: ReadonlyMap<string, PlaceCue>;
  /** Lower-case verbs of speaking and commanding whose subject is a person, by side. */
  readonly speakerVerbs: ReadonlyMap<string, SpeakerSide>;
  /** Words of three or fewer letters after a person's name that belong to it ("jr", "iii"). */
  readonly nameSuffixes: ReadonlySet<string>;
  /** Number signs as printed before a document's number ("No", "Blg"). */
  readonly numberSigns: ReadonlySet<string>;
  /** Capitalised words opening a document's name before a connector and a name ("Treaty" of Paris). */
  readonly documentBefore: ReadonlyMap<string, string>;
  /** Month names and abbreviations, lower case, without dots (`months.json`). */
  readonly months: ReadonlySet<string>;
  /** Genitive connectors ("of", "ng"): a region word or a bare unit number before them names a place or unit. */
  readonly regionConnectors: readonly string[];
  /** Words that cue a place right after a comma (", of Spokane"). */
  readonly addressCues: ReadonlySet<string>;
  readonly ordinalPrefixes: ReadonlySet<string>;
  /** Award names: never entities, nor the names inside them. */
  readonly awards: readonly string[];
  readonly citationOpenings: readonly string[];
  readonly citationAuthorCues: readonly string[];
  /** Abbreviations of regions after a place and a comma ("Va.", "N. M."), longest first, as printed. */
  readonly regionAbbreviations: readonly string[];
  /** Firm words after partners' names ("co", "& sons"). */
  readonly firmWords: ReadonlySet<string>;
  /** Lower-case particles inside a name, one or two words ("van der", "de"). */
  readonly nameParticles: ReadonlySet<string>;
  /** Words after a person's name and a comma that belong to it ("Esq.", "Jr."). */
  readonly postNominals: ReadonlySet<string>;
}

const cache = new WeakMap<LanguagePack, EntityLexicon>();

/**
 * The entity lexicon of a language; missing files give empty tables.
 *
 * @param pack The language's data (`context.lang(code)`).
 * @returns The typed, frozen lexicon (cached per pack).
 */
export function entityLexicon(pack: LanguagePack): EntityLexicon {
  const cached = cache.get(pack);
  if (cached) return cached;
  const table = (name: string): Map<string, string> =>
    new Map(Object.entries(pack.read(name, stringTable, {})).map(([k, v]) => [k.toLowerCase(), v]));
  const list = (name: string): string[] => pack.read(name, stringList, []).map((x) => x.toLowerCase());
  // One read per file (the pack caches by name), both sides parsed together.
  const sided = (name: string, side: 'before' | 'after'): Map<string, string> =>
    new Map(Object.entries(pack.read(name, sidedTables, { before: {}, after: {} })[side]));
  const terrain = (side: 'before' | 'after'): Map<string, TerrainWord> =>
    new Map([...sided('terrain-words', side)].map(([k, v]) => [k, parseTerrain(v, side)]));
  const cues = pack.read('citation-cues', citationCues, { opening: [], author: [] });
  const connectors = list('name-connectors').sort((a, b) => b.length - a.length || a.localeCompare(b));
  const lexicon: EntityLexicon = {
    language: pack.code,
    titles: table('titles'),
    nonNames: new Set([...list('function-words'), ...list('non-names')]),
    personMarkers: table('person-markers'),
    exonyms: new Map([...table('exonyms')].map(([k, v]) => [k, parseNationality(v)])),
    nationalityNouns: new Set(list('nationality-nouns')),
    unitWords: table('unit-words'),
    unitBranches: table('unit-branches'),
    terrainBefore: terrain('before'),
    terrainAfter: terrain('after'),
    orgWords: table('org-words'),
    eventBefore: sided('event-words', 'before'),
    eventAfter: sided('event-words', 'after'),
    documentWords: table('document-words'),
    metonymsBefore: sided('metonyms', 'before'),
    metonymsAfter: sided('metonyms', 'after'),
    determiners: table('determiners'),
    functionWords: new Set(list('function-words')),
    connectors,
    connectorWords: connectors.map((connector) => connector.split(' ')),
    conjunctions: new Set(list('conjunctions')),
    linkers: list('linkers'),
    placeCues: new Map([...table('place-cues')].map(([k, v]) => [k, parsePlaceCue(v)])),
    speakerVerbs: new Map([...table('speaker-verbs')].map(([k, v]) => [k, parseSpeakerSide(v)])),
    nameSuffixes: new Set(list('name-suffixes')),
    numberSigns: new Set(pack.read('number-signs', stringList, [])),
    documentBefore: sided('document-names', 'before'),
    addressCues: new Set(list('address-cues')),
    months: new Set([...table('months').keys()].map((month) => month.replace(/\.$/, ''))),
    regionConnectors: list('region-connectors').sort((a, b) => b.length - a.length || a.localeCompare(b)),
    ordinalPrefixes: new Set(table('ordinal-prefixes').keys()),
    awards: pack.read('awards', stringList, []),
    citationOpenings: [...cues.opening].sort((a, b) => b.length - a.length),
    citationAuthorCues: [...cues.author].sort((a, b) => b.length - a.length),
    postNominals: new Set(list('post-nominals')),
    nameParticles: new Set(list('name-particles')),
    firmWords: new Set(list('firm-words')),
    regionAbbreviations: [...pack.read('region-abbreviations', stringList, [])].sort((a, b) => b.length - a.length || a.localeCompare(b)),
  };
  cache.set(pack, lexicon);
  return lexicon;
}

function sidedTables(json: unknown, file: string): { before: Record<string, string>; after: Record<string, string> } {
  const record = json as Record<string, unknown> | null;
  const side = (name: 'before' | 'after'): Record<string, string> =>
    record?.[name] === undefined ? {} : lowerKeys(stringTable(record[name], `${file} (${name})`));
  return { before: side('before'), after: side('after') };
}

function lowerKeys(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
}

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'MILITARY_UNIT', 'LOCATION', 'GPE', 'EVENT_NAME', 'DOCUMENT', 'WEAPON_EQUIPMENT'];

/** Parses "Hill|LOCATION", "Bridge|LOCATION|own" and "* Pass|LOCATION" read on `side`. */
function parseTerrain(value: string, side: 'before' | 'after'): TerrainWord {
  const [normal = value, type = 'LOCATION', own] = value.split('|');
  if (!TYPES.includes(type as EntityType)) throw new Error(`terrain-words: unknown type '${type}'`);
  if (own !== undefined && own !== 'own') throw new Error(`terrain-words: '${value}' ends in '${own}', not 'own'`);
  const slots = normal.split('*').length - 1;
  if (slots > 1) throw new Error(`terrain-words: '${value}' has more than one '*'`);
  const template = slots === 1 ? normal : side === 'before' ? `${normal} *` : `* ${normal}`;
  return { template, type: type as EntityType, own: own === 'own' };
}

/** Parses "Katipunan|ORG"; a bare name is a state (GPE). */
function parseNationality(value: string): NationalityWord {
  const [normal = value, type = 'GPE'] = value.split('|');
  if (!TYPES.includes(type as EntityType)) throw new Error(`exonyms: unknown type '${type}'`);
  return { normal, type: type as EntityType };
}

function parsePlaceCue(value: string): PlaceCue {
  if (value !== 'place' && value !== 'terrain' && value !== 'weak' && value !== 'none') throw new Error(`place-cues: '${value}' is not place, terrain, weak or none`);
  return value;
}

function parseSpeakerSide(value: string): SpeakerSide {
  if (value !== 'before' && value !== 'after' && value !== 'both') throw new Error(`speaker-verbs: '${value}' is not before, after or both`);
  return value;
}

function citationCues(json: unknown, file: string): { opening: string[]; author: string[] } {
  const record = json as { opening?: unknown; author?: unknown } | null;
  return { opening: stringList(record?.opening ?? [], file), author: stringList(record?.author ?? [], file) };
}
