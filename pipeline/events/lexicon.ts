/**
 * The event lexicon of one language: every data file under `lang/<code>/` the event rules
 * read, parsed and typed once. A language without a file gets an empty table, so adding a
 * language means adding data, never code.
 */
import { eventTypes, type Document, type EventType, type LanguageCode, type Segment } from '../model.js';
import type { StageContext } from '../stage.js';
import { entityLexicon } from '../entities/lexicon.js';
import { availableLanguages, stringList, stringTable, type LanguagePack } from '../lang/index.js';

/** A phrase of the lexicon, split into lower-case words. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

export type AffixSlot = 'prefix' | 'infix' | 'suffix' | 'reduplication';
export type Focus = 'actor' | 'object' | 'none';

export interface Affix {
  form: string;
  slot: AffixSlot;
  focus: Focus;
}

/** What the event rules know about one language. */
export interface EventLexicon {
  readonly code: LanguageCode;
  /** Verbal triggers, longest phrase first. */
  readonly triggers: Phrase<EventType>[];
  /** Nominal triggers, used when a clause has no verbal trigger. */
  readonly nounTriggers: Phrase<EventType>[];
  /**
   * Verbal triggers (their lexicon phrase) whose bare subject undergoes the event and whose
   * "to"/"sa" phrase is its agent, the one it yields to ("Seoul fell to the Japanese",
   * "sumuko ang garison sa mga Amerikano"): `trigger-undergoers.json`.
   */
  readonly undergoers: ReadonlySet<string>;
  /**
   * Verbal triggers (their lexicon phrase) that tell their event only of a place, and the
   * argument the place must be ("Bataan fell": 'patient'; "entered Manila": 'object'):
   * `trigger-place-bound.json`.
   */
  readonly placeBound: Readonly<Record<string, 'patient' | 'object'>>;
  /** Common nouns that name a place ("city", "lungsod"): the keys of `terrain-words.json`. */
  readonly placeNouns: ReadonlySet<string>;
  /**
   * The focus a Tagalog-like trigger must have to tell its event (`trigger-focus.json`: "bawi"
   * is retaken only as "nabawi"/"binawi"; "nakabawi" recovered).
   */
  readonly triggerFocus: Readonly<Record<string, Focus>>;
  /** Words that make the event word after them a goal, not an event ("in order to", "upang"): `goal-markers.json`. */
  readonly goalMarkers: Phrase<string>[];
  /** Phrases whose words are never triggers ("laban sa": against). */
  readonly blockers: Phrase<string>[];
  /** Light verbs ("began", "occurred"): the type they make alone, or null when they need an event noun. */
  readonly lightVerbs: Phrase<EventType | null>[];
  /** Words that make the next date expression a goal, not a time ("para sa 1933"). */
  readonly purposeMarkers: Phrase<string>[];
  /** `compromise` (English inflection data) or `affixes` (affixes.json) or `none`. */
  readonly lemmas: string;
  /** Regular endings and their replacements, longest first, for words the inflection data does not know. */
  readonly lemmaEndings: [ending: string, replacements: string[]][];
  /** `compromise` (English part-of-speech tags) or `none`. */
  readonly tagger: string;
  readonly affixes: Affix[];
  readonly passiveMarkers: Record<string, string>;
  readonly focusMarkers: Phrase<string>[];
  /** Prepositions and the argument they make of a noun phrase (agent, patient, target, …, none). */
  readonly argumentMarkers: Phrase<string>[];
  /** Personal pronouns that stand for an actor named before, and their case (subject, focus, non-focus). */
  readonly pronouns: Record<string, string>;
  /** Words that open an embedded clause (relative pronouns, complementizers). */
  readonly subordinators: Phrase<string>[];
  readonly units: Phrase<string>[];
  readonly casualtyCues: Phrase<string>[];
  readonly approximators: Phrase<string>[];
  /** Amounts without a value ("thousands of", "libu-libong"): `vague-amounts.json`. */
  readonly vagueAmounts: Phrase<string>[];
  /** Words of a range of figures: 'opener' ("between"), 'joiner' (only after an opener: "and"), 'connector' ("to"). */
  readonly rangeWords: Phrase<string>[];
  /** Endings that link a word to the next ("sundalo" + "-ng"), for matching a unit word with its linker. */
  readonly linkers: string[];
  /** Words between a part and its whole ("out of"). */
  readonly partitives: Phrase<string>[];
  /** Number words and multipliers ("*1000"); a table without prototype. */
  readonly countWords: Record<string, string>;
  readonly attributionCues: Phrase<string>[];
  readonly locationCues: Phrase<string>[];
  readonly clauseBreaks: string[];
  /** The connectives of `clauseBreaks` that open a relative clause (", which", ", na"). */
  readonly relativeBreaks: string[];
  /** The connectives of `clauseBreaks` that join two coordinate clauses (", and", ", at"). */
  readonly coordinationBreaks: string[];
  readonly narrativeCues: Phrase<string>[];
  /** Formulas that open an order's operative clauses ("I ORDER"). */
  readonly directiveCues: Phrase<string>[];
  readonly sideCues: Phrase<string>[];
  readonly conflictNouns: Phrase<string>[];
  /** Nouns of a work ('work') and the words linking them to its title ('link'): `work-titles.json`. */
  readonly workTitles: Readonly<Record<string, string>>;
  /** Commemoration words and the joiner after them ("anniversary" → "of"): `commemoration-words.json`. */
  readonly commemorations: Readonly<Record<string, string>>;
  /** Holdings and deeds whose possessor stands in the event ("border", "actions"): one-word keys of `party-nouns.json`. */
  readonly partyNouns: ReadonlySet<string>;
  /** Offices whose possessor acts through their holder ("commander"): one-word keys of `office-nouns.json`. */
  readonly officeNouns: ReadonlySet<string>;
}

const lexicons = new WeakMap<LanguagePack, EventLexicon>();

/** Codes with a data folder, listed once. */
let known: ReadonlySet<string> | null = null;

/**
 * The language whose lexicon reads a sentence: its own, else its document's (a sentence in
 * a language without data); null when neither has a data folder.
 *
 * @example lexiconLanguage({ language: 'und' }, { language: 'tgl' }) // 'tgl'
 */
export function lexiconLanguage(segment: Pick<Segment, 'language'>, document: Pick<Document, 'language'>): LanguageCode | null {
  known ??= new Set(availableLanguages());
  if (known.has(segment.language)) return segment.language;
  return known.has(document.language) ? document.language : null;
}

/**
 * The event lexicon of a language, loaded once.
 *
 * @param code ISO 639-3 code with a `lang/<code>/` folder.
 * @param context the stage context whose `lang` reads the data.
 * @returns the typed tables; empty ones where the language has no file.
 * @example eventLexicon('tgl', context).triggers[0] // { words: ['tangka', 'makapaghiganti'], value: 'attack' }
 */
export function eventLexicon(code: LanguageCode, context: StageContext): EventLexicon {
  const pack = context.lang(code);
  const cached = lexicons.get(pack);
  if (cached) return cached;
  const table = (name: string): Record<string, string> => pack.read(name, stringTable, {});
  const inflection = table('inflection');
  const entities = entityLexicon(pack);
  const clauseBreaks = table('clause-breaks');
  const lexicon: EventLexicon = {
    code,
    triggers: phrases(table('triggers'), eventTypeOf('triggers', code)),
    nounTriggers: phrases(table('trigger-nouns'), eventTypeOf('trigger-nouns', code)),
    undergoers: new Set(phrases(table('trigger-undergoers'), String).map((phrase) => phrase.words.join(' '))),
    placeBound: placeBoundTable(table('trigger-place-bound')),
    placeNouns: new Set([...entities.terrainBefore.keys(), ...entities.terrainAfter.keys()]),
    triggerFocus: focusTable(table('trigger-focus')),
    goalMarkers: phrases(table('goal-markers'), String),
    blockers: phrases(table('trigger-blockers'), String),
    lightVerbs: phrases(table('light-verbs'), (value) => (value === 'none' ? null : eventTypeOf('light-verbs', code)(value))),
    purposeMarkers: phrases(table('date-purpose-markers'), String),
    lemmas: inflection['lemmas'] ?? 'none',
    tagger: inflection['tagger'] ?? 'none',
    lemmaEndings: Object.entries(table('lemma-endings'))
      .map(([ending, replacements]): [string, string[]] => [ending, replacements.split('|')])
      .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0])),
    affixes: affixesOf(table('affixes')),
    passiveMarkers: table('passive-markers'),
    focusMarkers: phrases(table('focus-markers'), String),
    argumentMarkers: phrases(table('argument-markers'), String),
    subordinators: phrases(table('subordinators'), String),
    pronouns: table('pronouns'),
    units: phrases(table('quantity-units'), String),
    casualtyCues: phrases(table('casualty-categories'), String),
    approximators: phrases(table('approximators'), String),
    vagueAmounts: phrases(table('vague-amounts'), String),
    rangeWords: phrases(table('range-words'), rangeRole),
    linkers: pack.read('linkers', stringList, []),
    partitives: phrases(table('partitives'), String),
    // The dates' number words (read, not owned) under our own count words, which add multipliers;
    // no prototype, like every table, so "constructor" is no number word.
    countWords: Object.assign(Object.create(null) as Record<string, string>, plainNumbers(pack.read('number-words', looseTable, {})), table('count-words')),
    attributionCues: phrases(table('attribution-cues'), String),
    locationCues: phrases(table('location-cues'), String),
    clauseBreaks: Object.keys(clauseBreaks),
    relativeBreaks: Object.entries(clauseBreaks).filter(([, kind]) => kind === 'relative').map(([connective]) => connective),
    coordinationBreaks: Object.entries(clauseBreaks).filter(([, kind]) => kind === 'coordination').map(([connective]) => connective),
    narrativeCues: phrases(table('narrative-cues'), String),
    directiveCues: phrases(table('directive-cues'), String),
    sideCues: phrases(table('side-cues'), String),
    conflictNouns: phrases(table('conflict-nouns'), String),
    workTitles: table('work-titles'),
    commemorations: table('commemoration-words'),
    partyNouns: singleWords(table('party-nouns')),
    officeNouns: singleWords(table('office-nouns')),
  };
  lexicons.set(pack, lexicon);
  return lexicon;
}

/**
 * Another stage's table read leniently. The pack caches one parse per file, so this may
 * receive that stage's own parse: anything but string or number values is skipped.
 */
function looseTable(json: unknown): Record<string, string> {
  if (!json || typeof json !== 'object' || Array.isArray(json) || json instanceof Map) return {};
  return Object.fromEntries(
    Object.entries(json)
      .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
      .map(([key, value]) => [key, String(value)]),
  );
}

/** Single words with a plain number value ("dalawampu" -> "20"); vague amounts ("X") are left out. */
function plainNumbers(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).filter(([key, value]) => !/\s/.test(key) && /^\d+(\.\d+)?$/.test(value)));
}

/**
 * A table's keys split into lower-case words, each with its converted value, longest phrase
 * first (then alphabetically, for determinism).
 *
 * @example phrases({ 'red army': 'Soviet Union' }, String) // [{ words: ['red', 'army'], value: 'Soviet Union' }]
 */
export function phrases<T>(table: Record<string, string>, convert: (value: string) => T): Phrase<T>[] {
  return Object.entries(table)
    .map(([key, value]) => ({ words: key.toLowerCase().split(/\s+/).filter(Boolean), value: convert(value) }))
    .sort((a, b) => b.words.length - a.words.length || a.words.join(' ').localeCompare(b.words.join(' ')));
}

/** A table's one-word keys, lower-cased. */
function singleWords(table: Record<string, string>): ReadonlySet<string> {
  return new Set(Object.keys(table).map((word) => word.toLowerCase()).filter((word) => !/\s/.test(word)));
}

function eventTypeOf(file: string, code: LanguageCode): (value: string) => EventType {
  return (value) => {
    if (!(eventTypes as readonly string[]).includes(value)) {
      throw new Error(`lang/${code}/${file}.json: unknown event type '${value}'`);
    }
    return value as EventType;
  };
}

function rangeRole(value: string): string {
  if (value !== 'opener' && value !== 'joiner' && value !== 'connector') throw new Error(`range-words.json: '${value}' must be opener, joiner or connector`);
  return value;
}

function placeBoundTable(table: Record<string, string>): Record<string, 'patient' | 'object'> {
  const bound: Record<string, 'patient' | 'object'> = Object.create(null) as Record<string, 'patient' | 'object'>;
  for (const [phrase, role] of Object.entries(table)) {
    if (role !== 'patient' && role !== 'object') throw new Error(`trigger-place-bound.json: '${phrase}' must map to patient or object`);
    bound[phrase.toLowerCase().split(/\s+/).filter(Boolean).join(' ')] = role;
  }
  return bound;
}

function focusTable(table: Record<string, string>): Record<string, Focus> {
  const focus: Record<string, Focus> = Object.create(null) as Record<string, Focus>;
  for (const [phrase, value] of Object.entries(table)) {
    if (value !== 'actor' && value !== 'object' && value !== 'none') throw new Error(`trigger-focus.json: '${phrase}' must map to actor, object or none`);
    focus[phrase.toLowerCase()] = value;
  }
  return focus;
}

function affixesOf(table: Record<string, string>): Affix[] {
  return Object.entries(table).map(([key, focus]): Affix => {
    if (focus !== 'actor' && focus !== 'object' && focus !== 'none') {
      throw new Error(`affixes.json: '${key}' must map to actor, object or none`);
    }
    if (key === 'CV-') return { form: '', slot: 'reduplication', focus };
    if (key.startsWith('-') && key.endsWith('-')) return { form: key.slice(1, -1), slot: 'infix', focus };
    if (key.endsWith('-')) return { form: key.slice(0, -1), slot: 'prefix', focus };
    if (key.startsWith('-')) return { form: key.slice(1), slot: 'suffix', focus };
    throw new Error(`affixes.json: '${key}' is not 'x-', '-x-', '-x' or 'CV-'`);
  }).sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}
