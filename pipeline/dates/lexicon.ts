/**
 * The date words of one language, read from `pipeline/lang/<code>/` (months.json,
 * seasons.json, period-parts.json, …) and typed. Parsers are built from a lexicon, so a
 * language differs only in its data. A language without a file gets an empty table.
 */
import { languagePack, stringList, stringTable } from '../lang/index.js';
import type { LanguageCode } from '../model.js';
import type { Unit } from './types.js';

/** What settles an ambiguous date word. */
export type Ambiguity = 'month' | 'season' | 'weekday' | 'unit' | 'year' | 'article' | 'never';

/** The link words of a language's date expressions (`date-connectors.json`). */
export interface Connectors {
  rangeOpeners: Record<string, string[]>;
  rangeSeparators: string[];
  listSeparators: string[];
  genitive: string[];
  possessive: string[];
  dayPart: string[];
  clock: string[];
  numberLink: string[];
  ordinalPrefixes: string[];
  ordinalSuffixes: string[];
  openersInExtent: boolean;
  determiners: string[];
  durationDeterminers: string[];
  vagueAmountCues: string[];
}

/** Every date table of a language; keys are lower case. */
export interface DateLexicon {
  code: LanguageCode;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, number>;
  periodParts: Record<string, string>;
  dayParts: Record<string, string>;
  clockWords: Record<string, number>;
  relativeWords: Record<string, { anchor: 'deictic' | 'anaphoric'; by: number }>;
  deictic: Record<string, string>;
  offsetSuffixes: Record<string, string>;
  offsetPrefixes: Record<string, string>;
  offsetPrepositions: Set<string>;
  /** 'year-earlier' -> a signed amount of a unit. */
  comparatives: Record<string, { amount: number; unit: Unit }>;
  comparativeNouns: string[];
  /** 'the following' -> where a vague stretch of plural units starts, in units from the anchor. */
  stretchWords: Record<string, number>;
  /** How many units a vague stretch spans ('the following days': 7). */
  stretchLengths: Partial<Record<Unit, number>>;
  /** Demonstratives after a unit and its linker ('taong ito' = this year), with their cues, linkers and clause-initial units. */
  demonstratives: {
    words: Record<string, { anchor: 'deictic' | 'anaphoric'; by: number }>;
    cues: string[];
    joinedLinkers: string[];
    linkers: string[];
    clauseInitial: Set<string>;
  };
  /** Words after a stretch that tie it to an event ('the first days of the conflict'). */
  stretchEventLinks: string[];
  /** Named days: a month with a day or with the n-th weekday. */
  holidays: Record<string, { month: number; day?: number; weekday?: number; nth?: number }>;
  units: Record<string, Unit>;
  numbers: Record<string, number | null>;
  ordinals: Record<string, number>;
  eras: Record<string, 1 | -1>;
  setQuantifiers: Record<string, string>;
  setAdverbs: Record<string, string>;
  /** Modifiers before an amount ('more than') -> TimeML mod. */
  durationModifiers: Record<string, string>;
  /** Modifiers between an amount and its unit that leave the amount as it is ('three whole days', 'two more weeks'). */
  innerModifiers: string[];
  ambiguous: Record<string, Ambiguity>;
  ambiguityCues: string[];
  connectors: Connectors;
  yearFollowers: Set<string>;
  yearDeterminers: Set<string>;
  futureCues: string[];
  /** Decades without their century: 'thirties' -> 3; and words before a decade number ('dekada 30'). */
  decadeWords: Record<string, number>;
  decadePrefixes: string[];
  /** Words after a deictic unit that make it one unit's span ending on a date ('the year ended Sept. 30'). */
  periodEnders: Set<string>;
  numericOrder: 'mdy' | 'dmy';
}

const UNITS: readonly Unit[] = ['D', 'W', 'M', 'Q', 'Y', 'DE', 'CE', 'TH', 'TM', 'TS', 'WE'];

function objectOf(json: unknown, file: string): Record<string, unknown> {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${file}: expected an object`);
  return json as Record<string, unknown>;
}

function list(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${file}: '${key}' must be a list of strings`);
  }
  return value as string[];
}

function mapValues<T>(table: Record<string, string>, file: string, convert: (value: string) => T | undefined): Record<string, T> {
  const out = Object.create(null) as Record<string, T>; // no prototype: text words are keys
  for (const [key, value] of Object.entries(table)) {
    const converted = convert(value);
    if (converted === undefined) throw new Error(`${file}: bad value '${value}' for '${key}'`);
    out[key] = converted;
  }
  return out;
}

const numberOf = (value: string): number | undefined => (/^\d+$/.test(value) ? Number(value) : undefined);

function parseNumbers(json: unknown, file: string): Record<string, number | null> {
  return mapValues(stringTable(json, file), file, (value) =>
    value === 'X' ? null : /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined,
  );
}

const EMPTY_DEMONSTRATIVES: DateLexicon['demonstratives'] = { words: {}, cues: [], joinedLinkers: [], linkers: [], clauseInitial: new Set() };

function parseDemonstratives(json: unknown, file: string): DateLexicon['demonstratives'] {
  const o = objectOf(json, file);
  return {
    words: parseRelative(o.words ?? {}, file),
    cues: list(o.cues ?? [], file, 'cues'),
    joinedLinkers: list(o.joinedLinkers ?? [], file, 'joinedLinkers'),
    linkers: list(o.linkers ?? [], file, 'linkers'),
    clauseInitial: new Set(list(o.clauseInitial ?? [], file, 'clauseInitial')),
  };
}

function parseRelative(json: unknown, file: string): DateLexicon['relativeWords'] {
  return mapValues(stringTable(json, file), file, (value) => {
    const match = /^(deictic|anaphoric):([+-]?\d)$/.exec(value);
    return match ? { anchor: match[1] as 'deictic' | 'anaphoric', by: Number(match[2]) } : undefined;
  });
}

/** The tables of a file made of named sections of surface form -> normal form. */
function sectionsOf<K extends string>(json: unknown, file: string, keys: readonly K[]): Record<K, Record<string, string>> {
  const object = objectOf(json, file);
  return Object.fromEntries(keys.map((key) => [key, stringTable(object[key] ?? {}, file)])) as Record<K, Record<string, string>>;
}

const EMPTY_OFFSETS = { suffix: {}, prefix: {}, prepositions: [] as string[] };
const EMPTY_SETS = { quantifiers: {}, adverbs: {} };
const EMPTY_DECADES = { words: {} as Record<string, number>, prefixes: [] as string[] };
const EMPTY_STRETCHES = { words: {} as Record<string, number>, lengths: {} as Partial<Record<Unit, number>>, eventLinks: [] as string[] };
const EMPTY_COMPARATIVES = { words: {} as Record<string, { amount: number; unit: Unit }>, nouns: [] as string[] };

function parseConnectors(json: unknown, file: string): Connectors {
  const o = objectOf(json, file);
  const openers: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(objectOf(o.rangeOpeners ?? {}, file))) {
    openers[key] = list(value, file, `rangeOpeners.${key}`);
  }
  const get = (key: string): string[] => list(o[key] ?? [], file, key);
  return {
    rangeOpeners: openers,
    rangeSeparators: get('rangeSeparators'),
    listSeparators: get('listSeparators'),
    genitive: get('genitive'),
    possessive: get('possessive'),
    dayPart: get('dayPart'),
    clock: get('clock'),
    numberLink: get('numberLink'),
    ordinalPrefixes: get('ordinalPrefixes'),
    ordinalSuffixes: get('ordinalSuffixes'),
    openersInExtent: o.openersInExtent !== false,
    determiners: get('determiners'),
    durationDeterminers: get('durationDeterminers'),
    vagueAmountCues: get('vagueAmountCues'),
  };
}

const EMPTY_CONNECTORS: Connectors = {
  rangeOpeners: {},
  rangeSeparators: ['-', '–', '—'],
  listSeparators: [','],
  genitive: [],
  possessive: [],
  dayPart: [],
  clock: [],
  numberLink: [],
  ordinalPrefixes: [],
  ordinalSuffixes: [],
  openersInExtent: true,
  determiners: [],
  durationDeterminers: [],
  vagueAmountCues: [],
};

const lexicons = new Map<LanguageCode, DateLexicon>();

/**
 * The date lexicon of a language, loaded once.
 *
 * @param code ISO 639-3 code with a folder under `pipeline/lang/`; any other code (`und`)
 *   gets an empty lexicon, which leaves only the language-free parsers (ISO, numeric, years).
 * @returns the typed tables.
 * @example loadDateLexicon('tgl').months['agosto'] // 8
 */
export function loadDateLexicon(code: LanguageCode): DateLexicon {
  const cached = lexicons.get(code);
  if (cached) return cached;
  let pack: ReturnType<typeof languagePack> | null = null;
  try {
    pack = languagePack(code);
  } catch {
    pack = null;
  }
  // a language without a pack reads every file as its fallback
  const read = <T>(name: string, parse: (json: unknown, file: string) => T, fallback: T): T => (pack ? pack.read(name, parse, fallback) : fallback);
  const table = (name: string): Record<string, string> => read(name, stringTable, {});
  const ambiguousFile = read('ambiguous', (json, file) => {
    const o = objectOf(json, file);
    const words = mapValues(stringTable(o.words ?? {}, file), file, (value) =>
      ['month', 'season', 'weekday', 'unit', 'year', 'article', 'never'].includes(value) ? (value as Ambiguity) : undefined,
    );
    return { words, cues: list(o.cues ?? [], file, 'cues') };
  }, { words: {}, cues: [] });
  // a pack caches a file under its name whatever the parser: read each file once, whole
  const offsets = read('offset-words', (json, file) => ({ ...sectionsOf(json, file, ['suffix', 'prefix'] as const), prepositions: list(objectOf(json, file).prepositions ?? [], file, 'prepositions') }), EMPTY_OFFSETS);
  const comparatives = read('comparatives', (json, file) => {
    const o = objectOf(json, file);
    const words = mapValues(stringTable(o.words ?? {}, file), file, (value) => {
      const match = /^([+-]\d+)(D|W|M|Q|Y)$/.exec(value);
      return match ? { amount: Number(match[1]), unit: match[2] as Unit } : undefined;
    });
    return { words, nouns: list(o.nouns ?? [], file, 'nouns') };
  }, EMPTY_COMPARATIVES);
  const stretches = read('stretch-words', (json, file) => {
    const o = objectOf(json, file);
    const words = mapValues(stringTable(o.words ?? {}, file), file, (value) => (/^[+-]?\d$/.test(value) ? Number(value) : undefined));
    const lengths = mapValues(stringTable(o.lengths ?? {}, file), file, numberOf);
    if (Object.keys(lengths).some((unit) => !UNITS.includes(unit as Unit))) throw new Error(`${file}: lengths are keyed by unit designators`);
    return { words, lengths: lengths as Partial<Record<Unit, number>>, eventLinks: list(o.eventLinks ?? [], file, 'eventLinks') };
  }, EMPTY_STRETCHES);
  const decades = read('decade-words', (json, file) => {
    const o = objectOf(json, file);
    return { words: mapValues(stringTable(o.words ?? {}, file), file, (value) => (/^\d$/.test(value) ? Number(value) : undefined)), prefixes: list(o.prefixes ?? [], file, 'prefixes') };
  }, EMPTY_DECADES);
  const sets = read('set-words', (json, file) => sectionsOf(json, file, ['quantifiers', 'adverbs'] as const), EMPTY_SETS);
  const never = new Set(Object.keys(ambiguousFile.words).filter((word) => ambiguousFile.words[word] === 'never'));
  const withoutNever = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !never.has(key)));
  const formats = table('date-formats');
  // 'inner' modifiers stand only between an amount and its unit ('two more weeks')
  const modifiers = table('duration-modifiers');
  const lexicon: DateLexicon = {
    code,
    months: withoutNever(mapValues(table('months'), 'months', numberOf)),
    weekdays: withoutNever(mapValues(table('weekdays'), 'weekdays', numberOf)),
    seasons: withoutNever(mapValues(table('seasons'), 'seasons', numberOf)),
    periodParts: table('period-parts'),
    dayParts: withoutNever(table('day-parts')),
    clockWords: mapValues(table('clock-words'), 'clock-words', (value) => {
      const match = /^(\d\d):(\d\d)$/.exec(value);
      return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
    }),
    relativeWords: read('relative-words', parseRelative, {}),
    deictic: withoutNever(table('deictic')),
    offsetSuffixes: offsets.suffix,
    offsetPrefixes: offsets.prefix,
    offsetPrepositions: new Set(offsets.prepositions),
    comparatives: comparatives.words,
    comparativeNouns: comparatives.nouns,
    stretchWords: stretches.words,
    stretchLengths: stretches.lengths,
    stretchEventLinks: stretches.eventLinks,
    demonstratives: read('demonstratives', parseDemonstratives, EMPTY_DEMONSTRATIVES),
    holidays: mapValues(table('holidays'), 'holidays', (value) => {
      const fixed = /^(\d\d)-(\d\d)$/.exec(value);
      if (fixed) return { month: Number(fixed[1]), day: Number(fixed[2]) };
      const nth = /^(\d\d)-W([1-7])#(-?[1-5])$/.exec(value);
      return nth ? { month: Number(nth[1]), weekday: Number(nth[2]), nth: Number(nth[3]) } : undefined;
    }),
    units: withoutNever(mapValues(table('units'), 'units', (value) => (UNITS.includes(value as Unit) ? (value as Unit) : undefined))),
    numbers: withoutNever(read('number-words', parseNumbers, {})),
    ordinals: mapValues(table('ordinals'), 'ordinals', numberOf),
    eras: mapValues(table('era'), 'era', (value) => (value === '-' ? -1 : value === '+' ? 1 : undefined)),
    setQuantifiers: sets.quantifiers,
    setAdverbs: sets.adverbs,
    durationModifiers: Object.fromEntries(Object.entries(modifiers).filter(([, mod]) => mod !== 'inner')),
    innerModifiers: Object.keys(modifiers).filter((word) => modifiers[word] === 'none' || modifiers[word] === 'inner'),
    ambiguous: ambiguousFile.words,
    ambiguityCues: ambiguousFile.cues,
    connectors: read('date-connectors', parseConnectors, EMPTY_CONNECTORS),
    yearFollowers: new Set(read('year-followers', stringList, [])),
    yearDeterminers: new Set(read('year-determiners', stringList, [])),
    futureCues: read('tense-cues', stringList, []),
    decadeWords: decades.words,
    decadePrefixes: decades.prefixes,
    periodEnders: new Set(read('period-enders', stringList, [])),
    numericOrder: formats.numeric === 'dmy' ? 'dmy' : 'mdy',
  };
  lexicons.set(code, lexicon);
  return lexicon;
}
