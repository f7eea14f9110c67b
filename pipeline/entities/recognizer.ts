/**
 * The interface every entity recogniser backend implements (`recognizers/compromise.ts`,
 * `recognizers/rules-tgl.ts`, `recognizers/transformers.ts`): take one segment of a
 * document and return mention candidates with code-point offsets into the document text.
 */
import type { Document, EntityType, Segment } from '../model.js';
import type { StageContext } from '../stage.js';

/** A mention as a recogniser proposes it, before merging and linking. */
export interface MentionCandidate {
  /** Code-point offsets into `document.text`. */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** 0..1; rule backends give a fixed confidence per rule. */
  score: number;
  /** Backend and rule, e.g. `entities/eng/compromise` or `entities/transformers`. */
  recognizer: string;
  /** The name for linking (titles, markers, case endings stripped), when the backend knows it. */
  normalized?: string;
  /** Gazetteer key, when the backend matched a gazetteer label. */
  gazetteer?: string | null;
}

/** One recogniser backend: proposes candidates for a segment of a document. */
export interface Recognizer {
  /** e.g. `compromise`, `rules-tgl`, `transformers`. */
  readonly name: string;
  /** Languages it handles (ISO 639-3); `*` for any. */
  readonly languages: readonly string[];
  recognize(
    segment: Segment,
    document: Document,
    context: StageContext,
  ): MentionCandidate[] | Promise<MentionCandidate[]>;
}
