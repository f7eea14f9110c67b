/**
 * What the event rules see of one sentence: its tokens, clauses, the entity mentions and
 * temporal expressions inside it, and the narrative so far (the last dated event of the
 * section, the last side named in the paragraph).
 */
import type { Document, EventDate, EventMention, Mention, Section, Segment, Timex } from '../model.js';
import type { CitedWork } from './attribution.js';
import type { EventLexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Trigger } from './triggers.js';

export interface Sentence {
  document: Document;
  segment: Segment;
  section: Section | null;
  /** What the enclosing order or quoted book says of itself (see `attribution.ts`). */
  enclosing: string | null;
  /** The work the sentence is quoted from (see `attribution.ts`). */
  work: CitedWork;
  tokens: Token[];
  /** Every trigger of the sentence, verbs a tagger says are nouns counted as nouns (`findTriggers`). */
  triggers: Trigger[];
  lexicon: EventLexicon;
  /** Mentions inside the sentence, in text order. */
  mentions: Mention[];
  /** Every mention of the document by id (one map shared by the document's sentences). */
  mentionById: ReadonlyMap<string, Mention>;
  /** Temporal expressions inside the sentence, in text order. */
  timexes: Timex[];
  /** The document text of a code-point span. */
  slice(start: number, end: number): string;
}

/** The narrative state carried from sentence to sentence, in document order. */
export interface Narrative {
  section: string | null;
  /** Date of the last dated event or date expression in the section. */
  lastDate: EventDate | null;
  paragraph: string | null;
  /** Date of the last dated event or date expression in the paragraph. */
  paragraphDate: EventDate | null;
  /** The order whose text the sentence is in (its outermost 'order' section), if any. */
  order: string | null;
  /** Date of the last order issued before the order's text. */
  orderDate: EventDate | null;
  /** Name of that order as the narrative gave it ("order of the NCO of the USSR No. 0040"). */
  orderName: string | null;
  /** Past the order's directive formula ("I ORDER"): its clauses happen on the order's date. */
  operative: boolean;
  /** Date and name of the last order issued so far in the document. */
  lastOrderDate: EventDate | null;
  lastOrderName: string | null;
  /** Figures of the paragraph so far with their sides, for a whole counted again ("Six out of 11"). */
  paragraphFigures: { value: number; side: string | null }[];
  /** The last side named in the paragraph (canonical name). */
  lastSide: string | null;
  /** The place of the paragraph's last located event: where its next events happen unless they say. */
  paragraphPlace: EventMention['location'];
}

/** Index of the first token starting at or after a code-point offset (tokens.length if none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
