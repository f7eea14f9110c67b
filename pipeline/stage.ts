/**
 * The contract every stage follows: a pure function of the document (or the corpus) and
 * a context, plus a `meta` declaring what it needs and adds (spaCy's `requires` /
 * `assigns`), which the runner checks and uses in cache keys.
 */
import type { Corpus, Document, LanguageCode, Message } from './model.js';
import type { LanguagePack } from './lang/index.js';
import type { Corrections } from './review/corrections.js';

/** The layers of the document model a stage can require or assign. */
export type Layer =
  | 'text'
  | 'sections'
  | 'paragraphs'
  | 'segments'
  | 'languages'
  | 'duplicates'
  | 'timexes'
  | 'mentions'
  | 'events'
  | 'entities'
  | 'claims';

export interface StageMeta {
  readonly name: string;
  /** Bumped when the stage's output changes, so cached results are not reused. */
  readonly version: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
}

/** Settings of a run. Everything has an embedded default; see `defaultConfig`. */
export interface Config {
  /** Languages the language identifier may choose from (ISO 639-3). */
  languages: LanguageCode[];
  /** Entity recognisers to run: `rules` (compromise + Tagalog rules) and/or `transformers`. */
  recognizers: string[];
  /** Folder or hub id of a token-classification model for the `transformers` recogniser. */
  nerModel: string | null;
  /** Known creation dates of documents (source path → ISO date), anchors for relative dates. */
  documentDates: Record<string, string>;
  /** A historian's corrections from the review page (`corrections.json`), applied after linking. */
  corrections: Corrections | null;
}

export const defaultConfig: Readonly<Config> = Object.freeze({
  languages: ['eng', 'tgl'],
  recognizers: ['rules'],
  nerModel: null,
  documentDates: {},
  corrections: null,
});

/** What a stage receives besides the document. */
export interface StageContext {
  readonly config: Readonly<Config>;
  /** Read-only data of a language (`pipeline/lang/<code>/`). */
  lang(code: LanguageCode): LanguagePack;
  /** Record a problem; it goes to the run log, never into the dataset. */
  report(message: Omit<Message, 'source' | 'file'>): void;
}

/** A stage that works on one document at a time. */
export interface DocumentStage {
  readonly meta: StageMeta;
  run(document: Document, context: StageContext): Document | Promise<Document>;
}

/** A stage that needs every document at once (dedup, linking, consolidation). */
export interface CorpusStage {
  readonly meta: StageMeta;
  run(corpus: Corpus, context: StageContext): Corpus | Promise<Corpus>;
}
