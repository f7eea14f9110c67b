/**
 * The document model: what flows between the stages.
 *
 * Every span is `[start, end)` in Unicode code points of the document's normalized
 * `text` (see `offsets.ts` for the one place that converts from UTF-16). Field names are
 * camelCase here; `output/` maps them to the schema's snake_case.
 */

/** ISO 639-3 code (`eng`, `tgl`), or `und` when the evidence is too thin. */
export type LanguageCode = string;

/** A half-open range of code points in a document's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A problem found while processing, shaped after vfile-message. */
export interface Message {
  reason: string;
  /** `<stage>/<rule>` or `<stage>/<lang>/<rule>`, e.g. `ingest/invalid-utf8`. */
  ruleId: string;
  /** The stage that reported it. */
  source: string;
  /** Path of the source file, relative to the sources root. */
  file: string;
  place: Span | null;
  /** true: error, false: warning, null: info. */
  fatal: boolean | null;
  actual?: string;
  expected?: string;
  note?: string;
}

export type SectionKind =
  | 'header'
  | 'article'
  | 'heading'
  | 'order'
  | 'clause'
  | 'snippet'
  | 'bibliography'
  | 'body';

/** Who wrote a section, as far as the text says. */
export interface Attribution {
  title: string | null;
  author: string | null;
  year: number | null;
  /** The text that names the work, e.g. a "From the book … author …" line. */
  text: string;
}

export interface Section extends Span {
  id: string;
  kind: SectionKind;
  title: string | null;
  attribution: Attribution | null;
  /** The enclosing section, for clauses of an order or headings of an article. */
  parent: string | null;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'citation' | 'reference';

/** A block of text: a paragraph, a title line, a numbered clause. */
export interface Paragraph extends Span {
  id: string;
  section: string;
  kind: BlockKind;
  language: LanguageCode;
  languageConfidence: number;
  duplicateOf: string | null;
}

/** A run of another language inside a sentence (an English title in Tagalog text). */
export interface ForeignSpan extends Span {
  language: LanguageCode;
  text: string;
}

/** A sentence. */
export interface Segment extends Span {
  id: string;
  section: string;
  paragraph: string;
  text: string;
  language: LanguageCode;
  languageConfidence: number;
  foreignSpans: ForeignSpan[];
  /** Id of the canonical segment when this one repeats it (within or across documents). */
  duplicateOf: string | null;
}

/** Where a passage is: a document and a span in it. */
export interface Place extends Span {
  document: string;
}

/** One word-level difference between a duplicate and its canonical copy. */
export interface WordChange {
  op: 'replace' | 'insert' | 'delete';
  canonical: string;
  duplicate: string;
}

export type DuplicateLevel = 'document' | 'paragraph' | 'sentence';

export interface Duplicate {
  level: DuplicateLevel;
  canonical: Place;
  duplicate: Place;
  similarity: number;
  changes: WordChange[];
}

/** Every timex type, in the order of the output contract. */
export const timexTypes = ['date', 'time', 'range', 'duration', 'set'] as const;

export type TimexType = (typeof timexTypes)[number];

export type Precision =
  | 'time'
  | 'day'
  | 'month'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium'
  | 'unknown';

/** How a relative expression was resolved. */
export interface Relative {
  /** Id of the timex it was anchored on, or null when anchored on the document date. */
  anchor: string | null;
  /** The anchor's value. */
  anchorValue: string | null;
}

export interface Timex extends Span {
  id: string;
  segment: string;
  text: string;
  language: LanguageCode;
  type: TimexType;
  /** EDTF, or an ISO 8601 duration; null when the text gives no determinable value. */
  value: string | null;
  precision: Precision;
  /** Components the text did not state, e.g. `['year']`. */
  inferred: string[];
  /** Part of a period: early, mid, late, start, end, morning, evening, night, noon, … */
  qualifier: string | null;
  relative: Relative | null;
  /** Provenance: `dates/<lang>/<parser>`. */
  rule: string;
}

/** Every entity type, in the order of the output contract. */
export const entityTypes = [
  'PERSON',
  'ORG',
  'MILITARY_UNIT',
  'LOCATION',
  'GPE',
  'EVENT_NAME',
  'DOCUMENT',
  'WEAPON_EQUIPMENT',
] as const;

export type EntityType = (typeof entityTypes)[number];

/** One place where the text names an entity. */
export interface Mention extends Span {
  id: string;
  segment: string;
  text: string;
  type: EntityType;
  language: LanguageCode;
  /** The name with titles, markers and case endings stripped, for linking. */
  normalized: string;
  /** Gazetteer key when the recogniser or gazetteer already knows the entity. */
  gazetteer: string | null;
  /** Which recogniser found it, e.g. `entities/eng/compromise`. */
  recognizer: string;
}

/** A canonical entity of the corpus, with every way the text names it. */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: { text: string; language: LanguageCode }[];
  wikidata: string | null;
  mentions: (Span & { document: string; segment: string; text: string })[];
}

/** Every event type (DESIGN.md's list). */
export const eventTypes = [
  'attack',
  'battle',
  'capture',
  'retreat',
  'offensive',
  'air_strike',
  'border_incident',
  'ceasefire',
  'negotiation',
  'agreement',
  'meeting',
  'order_issued',
  'appointment',
  'dismissal',
  'arrest',
  'death',
  'award',
  'mobilization',
  'deployment',
  'reorganization',
  'casualty_report',
  'diplomatic_note',
  'plan',
  'other',
] as const;

export type EventType = (typeof eventTypes)[number];

export interface EventDate {
  text: string | null;
  value: string | null;
  precision: Precision;
  inferred: string[];
  qualifier: string | null;
  /** The timex it came from, if any. */
  timex: string | null;
}

export interface Participant {
  /** Mention id while in a document; entity id after linking. */
  mention: string;
  entity: string | null;
  name: string;
  type: EntityType;
  role: 'agent' | 'patient' | 'participant';
  text: string;
}

export interface Quantity {
  /** troops, tanks, guns, aircraft, killed, wounded, missing, captured, … */
  category: string;
  value: number | null;
  unit: string;
  /** Mention or entity id of the side the figure is about. */
  side: string | null;
  approximate: boolean;
  /** more_than, up_to, about, at_least, … */
  qualifier: string | null;
  text: string;
  attribution: string | null;
  start: number;
  end: number;
}

export interface Evidence extends Span {
  document: string;
  source: string;
  segment: string;
  language: LanguageCode;
  text: string;
}

/** An event as one sentence tells it, before consolidation. */
export interface EventMention {
  id: string;
  type: EventType;
  trigger: Span & { text: string };
  date: EventDate | null;
  participants: Participant[];
  location: { mention: string; entity: string | null; name: string; text: string } | null;
  quantities: Quantity[];
  evidence: Evidence;
  /** Whether the evidence sits in a snippet of another work, not the document's own narrative. */
  snippet: boolean;
  /** The work the evidence is quoted from: the nearest enclosing section's attribution. */
  attribution: Attribution | null;
  summary: string;
  confidence: number;
  /** Provenance: `events/<lang>/<rule>`. */
  rule: string;
}

/** A source document and every layer the stages have added to it. */
export interface Document {
  id: string;
  /** Path relative to the sources root, with `/` separators. */
  source: string;
  sha256: string;
  /** NFC-normalized text with `\n` line endings. */
  text: string;
  language: LanguageCode;
  languageConfidence: number;
  /** Share of the text's code points per language. */
  languages: Record<LanguageCode, number>;
  sections: Section[];
  paragraphs: Paragraph[];
  segments: Segment[];
  timexes: Timex[];
  mentions: Mention[];
  events: EventMention[];
  messages: Message[];
}

/** One real event, merged from every place that tells it. */
export interface EventRecord {
  id: string;
  type: EventType;
  date: EventDate | null;
  participants: Participant[];
  location: EventMention['location'];
  quantities: Quantity[];
  /** The first telling (in source order), the canonical evidence. */
  evidence: Evidence;
  /** Every other telling: duplicates, other documents, other languages. */
  alsoReported: Evidence[];
  snippet: boolean;
  attribution: Attribution | null;
  summary: string;
  confidence: number;
  /** The event mentions merged into this record. */
  mentions: string[];
}

/** One reported value of a measure, with who reports it. */
export interface ClaimValue {
  value: number | null;
  approximate: boolean;
  qualifier: string | null;
  attribution: string | null;
  evidence: Evidence;
}

/** A measure of an event ("Red Army killed, Lake Khasan 1938") and every value given for it. */
export interface Claim {
  id: string;
  measure: { event: string; side: string | null; category: string; label: string };
  values: ClaimValue[];
}

/** Everything known about a set of documents after the corpus stages. */
export interface Corpus {
  /** In source-path order. */
  documents: Document[];
  duplicates: Duplicate[];
  entities: Entity[];
  events: EventRecord[];
  claims: Claim[];
}
