/** What every entity pattern proposes: a span of the sentence with a type and provenance. */
import type { EntityType } from '../../model.js';
import type { Gazetteer } from '../gazetteer.js';
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';

/** A span a pattern found, in UTF-16 offsets of the sentence text. */
export interface Found {
  start: number;
  end: number;
  type: EntityType;
  /** Pattern name, e.g. `ordinal-unit`; the recogniser prefixes `entities/<lang>/`. */
  rule: string;
  /** The name for linking (titles, markers, case endings stripped). */
  normalized: string;
  gazetteer: string | null;
  score: number;
}

/** What a pattern reads. */
export interface PatternInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lexicon: EntityLexicon;
  readonly gazetteer: Gazetteer;
  /** Lower-case surnames the document gives its people in full elsewhere ("aguinaldo"). */
  readonly surnames?: ReadonlySet<string>;
}

/** A pattern: a pure function from a sentence to spans. */
export type Pattern = (input: PatternInput) => Found[];
