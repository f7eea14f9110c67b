/**
 * Overlap resolution between candidate spans, from patterns of one recogniser or from
 * several recognisers: the longer span wins, then the higher score; a span inside a body,
 * event or document name is kept as a nested name ("Russian Academy of Sciences" inside
 * the Institute's name); a gazetteer hit inside or equal to a kept span of a compatible
 * type lends it its key and type, so gazetteer hits win types.
 */
import type { EntityType } from '../model.js';
import { pushTo } from './grouping.js';

/** What overlap resolution needs of a candidate. */
export interface Spanned {
  start: number;
  end: number;
  type: EntityType;
  score: number;
  gazetteer?: string | null;
}

/** Width of the position buckets overlap resolution indexes kept spans by. */
const BUCKET = 64;

/** Types whose names may hold other names. */
const CONTAINERS = new Set<EntityType>(['ORG', 'EVENT_NAME', 'DOCUMENT']);

/** Types a gazetteer hit may lend its key to. */
const COMPATIBLE: Readonly<Record<EntityType, readonly EntityType[]>> = {
  PERSON: ['PERSON'],
  ORG: ['ORG', 'MILITARY_UNIT'],
  MILITARY_UNIT: ['MILITARY_UNIT', 'ORG'],
  LOCATION: ['LOCATION', 'GPE'],
  GPE: ['GPE', 'LOCATION'],
  EVENT_NAME: ['EVENT_NAME'],
  DOCUMENT: ['DOCUMENT'],
  WEAPON_EQUIPMENT: ['WEAPON_EQUIPMENT'],
};

/** Whether two types may name the same thing (GPE ~ LOCATION, ORG ~ MILITARY_UNIT). */
export function compatibleTypes(a: EntityType, b: EntityType): boolean {
  return COMPATIBLE[a].includes(b);
}

/**
 * Keeps a consistent set of spans.
 *
 * @param candidates Spans in any order (not modified).
 * @returns Kept spans (copies where a gazetteer hit lent its key), sorted by start, end.
 * @example resolveOverlaps([{start:0,end:15,type:'PERSON',score:.85}, {start:8,end:15,type:'PERSON',score:.95,gazetteer:'x'}])
 *   // one span 0..15 with gazetteer 'x'
 */
export function resolveOverlaps<T extends Spanned>(candidates: readonly T[]): T[] {
  const order = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.score - a.score || a.start - b.start || a.type.localeCompare(b.type),
  );
  const kept: T[] = [];
  // Kept spans by position bucket, so each candidate meets only its neighbours.
  const buckets = new Map<number, number[]>();
  const bucketsOf = (span: Spanned): number[] => {
    const result: number[] = [];
    for (let b = Math.floor(span.start / BUCKET); b <= Math.floor(Math.max(span.start, span.end - 1) / BUCKET); b++) result.push(b);
    return result;
  };
  for (const candidate of order) {
    let keep = true;
    const near = new Set(bucketsOf(candidate).flatMap((b) => buckets.get(b) ?? []));
    for (const k of [...near].sort((a, b) => a - b)) {
      const other = kept[k]!;
      if (candidate.end <= other.start || candidate.start >= other.end) continue;
      const inside = candidate.start >= other.start && candidate.end <= other.end;
      if (!inside) {
        keep = false;
        break;
      }
      const same = candidate.start === other.start && candidate.end === other.end;
      // A state inside a longer place's name is another entity ("Manila" in "Manila Bay").
      // An equipment name is read from its noun ("the cruiser Manila"): a place's label does not retype it.
      const lends = (same && (other.type !== 'WEAPON_EQUIPMENT' || candidate.type === 'WEAPON_EQUIPMENT')) || (compatibleTypes(other.type, candidate.type) && !CONTAINERS.has(other.type) && !(candidate.type === 'GPE' && other.type === 'LOCATION'));
      if (candidate.gazetteer && !other.gazetteer && lends) {
        kept[k] = { ...other, gazetteer: candidate.gazetteer, type: same ? candidate.type : other.type };
      }
      // A name inside a body, event or document name is kept, unless it is the same kind
      // of name and the gazetteer does not know it ("Patriotic War" in "Great Patriotic War").
      // Nor a shorter label of the same entry ("Japanese Navy" in "Imperial Japanese Navy").
      if (same || !CONTAINERS.has(other.type) || (other.type === candidate.type && !candidate.gazetteer) || (candidate.gazetteer && candidate.gazetteer === kept[k]!.gazetteer)) {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    for (const b of bucketsOf(candidate)) pushTo(buckets, b, kept.length);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}
