/**
 * Reads the labels of token-classification models (`B-PER`, `I-LOC`, `S-ORG`, `E-GPE`,
 * plain `PER`, HIPE's `pers` / `loc.adm.town`) as a tag-scheme prefix and one of our
 * entity types. These are model conventions, not language knowledge.
 */
import type { EntityType } from '../../model.js';

/** Position of a token in its entity: Begin, Inside, End, Single, or Outside. */
export type TagPrefix = 'B' | 'I' | 'E' | 'S' | 'O';

export interface ParsedLabel {
  prefix: TagPrefix;
  /** null for `O` and for categories we do not keep (MISC, dates, products). */
  type: EntityType | null;
}

/**
 * Model categories kept, by upper-case name. MISC (nationalities, events, works) and
 * NORP have no counterpart among our types and are dropped rather than guessed.
 */
const CATEGORY_TYPES: ReadonlyMap<string, EntityType> = new Map([
  ['PER', 'PERSON'],
  ['PERS', 'PERSON'],
  ['PERSON', 'PERSON'],
  ['LOC', 'LOCATION'],
  ['LOCATION', 'LOCATION'],
  ['FAC', 'LOCATION'],
  ['GPE', 'GPE'],
  ['ORG', 'ORG'],
  ['ORGANIZATION', 'ORG'],
  ['ORGANISATION', 'ORG'],
  ['EVENT', 'EVENT_NAME'],
]);

const PREFIXED = /^([BIES])[-_](.+)$/i;

/**
 * Splits a model label into its tag prefix and entity type. A label without a prefix
 * (IO tagging) counts as Inside, so neighbouring tokens of one category join.
 *
 * @param label A label from the model's `id2label`, e.g. `B-PER`.
 * @returns The prefix and our entity type, or type null when the label is not kept.
 * @example
 * parseLabel('B-PER'); // { prefix: 'B', type: 'PERSON' }
 * parseLabel('I-loc.adm.town'); // { prefix: 'I', type: 'LOCATION' }
 * parseLabel('B-MISC'); // { prefix: 'B', type: null }
 */
export function parseLabel(label: string): ParsedLabel {
  if (label === 'O' || label === 'o') return { prefix: 'O', type: null };
  const match = PREFIXED.exec(label);
  const prefix = (match?.[1]?.toUpperCase() ?? 'I') as TagPrefix;
  const category = (match?.[2] ?? label).split('.')[0]?.toUpperCase() ?? '';
  return { prefix, type: CATEGORY_TYPES.get(category) ?? null };
}
