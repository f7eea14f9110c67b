/**
 * Consolidation: the event mentions of every document become the corpus's event records.
 *
 * - A mention in a duplicated passage (its segment, or its paragraph, repeats an earlier
 *   one) never makes a second record: it joins the record of its canonical passage as one
 *   more telling in `alsoReported`, and its figures are not counted again.
 * - Mentions of one real event merge — within a document, across documents and across
 *   languages — when their types are compatible, their dates are equal and they share a
 *   participant or the place (resolved to corpus entities), or when they are two triggers
 *   of one type in one sentence.
 * - Every figure of the merged mentions becomes a claim value (`claims.ts`).
 */
import type { Corpus, Document, Entity, EventMention, EventRecord, EventType, Evidence, Participant, Segment } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { isForceMention, namesSidesTogether, resolveForce } from './forces.js';
import { stableId } from '../ids.js';
import { buildClaims, entitiesBySpan, sideIds, spanKey, type ReportedFigure } from './claims.js';
import { summarize, triggerOf } from './summary.js';

export const meta: StageMeta = {
  name: 'consolidate-events',
  version: '2',
  requires: ['events', 'entities', 'duplicates'],
  assigns: ['events', 'claims'],
};

/** A date to the day (or finer). */
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Types that can name the same real event. */
const COMPATIBLE: readonly (readonly EventType[])[] = [
  ['attack', 'offensive', 'battle'],
  ['negotiation', 'meeting'],
  ['ceasefire', 'agreement'],
];

interface Cluster {
  mentions: EventMention[];
  /** Mentions from duplicated passages: tellings only. */
  repeats: EventMention[];
  segments: Set<string>;
}

/**
 * Merge the event mentions of a corpus into event records and claims.
 *
 * @param corpus documents with `events`, entities, duplicates.
 * @param context language data and the message sink.
 * @returns a new corpus with `events` and `claims`; the input is not changed.
 * @example consolidateEvents(corpus, context).events[0].alsoReported.length // 2
 */
export function consolidateEvents(corpus: Corpus, context: StageContext): Corpus {
  const bySpan = entitiesBySpan(corpus.entities);
  const entityOf = entityIndex(bySpan, corpus.documents);
  const entityById = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const canonicalOf = canonicalSegments(corpus.documents);
  const order = new Map(corpus.documents.map((document, n) => [document.id, n]));
  const mentions = corpus.documents
    .flatMap((document) => document.events.map((event) => resolve(event, entityOf, entityById)))
    .sort((a, b) => byPlace(a.evidence, b.evidence, order) || a.trigger.start - b.trigger.start || a.id.localeCompare(b.id));

  const clusters: Cluster[] = [];
  // Candidates are looked up by sentence and by date, never by scanning every cluster.
  const bySegment = new Map<string, Cluster[]>();
  const byDate = new Map<string, Cluster[]>();
  const file = (cluster: Cluster, mention: EventMention): void => {
    cluster.segments.add(mention.evidence.segment);
    push(bySegment, mention.evidence.segment, cluster);
    if (mention.date?.value) push(byDate, mention.date.value, cluster);
  };
  for (const mention of mentions) {
    const canonical = canonicalOf.get(mention.evidence.segment);
    if (canonical) {
      const homes = bySegment.get(canonical) ?? [];
      const home = homes.find((c) => c.mentions.some((m) => m.type === mention.type))
        ?? homes.find((c) => c.mentions.some((m) => compatible(m.type, mention.type)));
      if (home) {
        home.repeats.push(mention);
        continue;
      }
    }
    const candidates = [...(bySegment.get(mention.evidence.segment) ?? []), ...(mention.date?.value ? byDate.get(mention.date.value) ?? [] : [])];
    const home = candidates.find((cluster) => cluster.mentions.some((other) => sameEvent(other, mention)));
    if (home) {
      home.mentions.push(mention);
      file(home, mention);
    } else {
      const cluster: Cluster = { mentions: [mention], repeats: [], segments: new Set() };
      clusters.push(cluster);
      file(cluster, mention);
    }
  }

  const sideId = sideIds(corpus.entities);
  const events = clusters.map((cluster) => toRecord(cluster, order, sideId, entityById, context));
  events.sort((a, b) => byPlace(a.evidence, b.evidence, order) || a.id.localeCompare(b.id));
  const figures: ReportedFigure[] = clusters
    .flatMap((cluster) => cluster.mentions.filter((m) => !canonicalOf.has(m.evidence.segment)))
    .sort((a, b) => byPlace(a.evidence, b.evidence, order) || a.trigger.start - b.trigger.start)
    .flatMap((mention) => mention.quantities.map((quantity) => ({ quantity, mention })))
    .sort((a, b) => byPlace(a.mention.evidence, b.mention.evidence, order) || a.quantity.start - b.quantity.start);
  const claims = buildClaims(figures, corpus, { bySpan, sideId }, context);
  return { ...corpus, events, claims };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function byPlace(a: Evidence, b: Evidence, order: ReadonlyMap<string, number>): number {
  return (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.start - b.start || a.end - b.end;
}

function compatible(a: EventType, b: EventType): boolean {
  return a === b || COMPATIBLE.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Two mentions tell one event: one type in one sentence; or compatible types on the same
 * date sharing a participant or the place; or one type on the same day at places that do
 * not contradict each other (the day is specific enough on its own).
 */
function sameEvent(a: EventMention, b: EventMention): boolean {
  if (a.evidence.segment === b.evidence.segment && a.type === b.type && a.date?.value === b.date?.value) return true;
  if (!compatible(a.type, b.type)) return false;
  if (!a.date?.value || a.date.value !== b.date?.value) return false;
  // The sides a phrase names together ("both sides") are the whole conflict's: no sign of one event.
  const entities = (m: EventMention): string[] =>
    [...m.participants.filter((p) => !namesSidesTogether(p)).map((p) => p.entity), m.location?.entity ?? null].filter((id): id is string => id !== null);
  if (entities(a).some((id) => entities(b).includes(id))) return true;
  const places = [a.location?.entity, b.location?.entity].filter((id): id is string => Boolean(id));
  return a.type === b.type && DAY.test(a.date.value) && new Set(places).size <= 1;
}

/** Entities by mention id, through their spans. */
function entityIndex(bySpan: ReadonlyMap<string, Entity>, documents: readonly Document[]): (document: string, mention: string) => Entity | null {
  const byMention = new Map<string, Entity>();
  for (const document of documents) {
    for (const mention of document.mentions) {
      const entity = bySpan.get(spanKey(document.id, mention.start, mention.end));
      if (entity) byMention.set(`${document.id}:${mention.id}`, entity);
    }
  }
  return (document, mention) => byMention.get(`${document}:${mention}`) ?? null;
}

/** A copy of the mention whose participants and location carry entity ids and names. */
function resolve(event: EventMention, entityOf: (document: string, mention: string) => Entity | null, entityById: ReadonlyMap<string, Entity>): EventMention {
  const document = event.evidence.document;
  const participants = event.participants.map((p): Participant => {
    // A force phrase ("Soviet troops") has no mention: its entity is found by name.
    if (isForceMention(p.mention)) return resolveForce(p, entityById);
    const entity = entityOf(document, p.mention);
    return entity ? { ...p, entity: entity.id, name: entity.name, type: entity.type } : p;
  });
  const place = event.location ? entityOf(document, event.location.mention) : null;
  const location = event.location && place ? { ...event.location, entity: place.id, name: place.name } : event.location;
  return { ...event, participants, location };
}

/**
 * The canonical segment of every segment in a duplicated passage: its own `duplicateOf`,
 * or the segment at the same place in its paragraph's canonical paragraph.
 */
function canonicalSegments(documents: readonly Document[]): Map<string, string> {
  const byParagraph = new Map<string, Segment[]>();
  const paragraphCanonical = new Map<string, string>();
  for (const document of documents) {
    for (const segment of document.segments) {
      const list = byParagraph.get(segment.paragraph) ?? [];
      list.push(segment);
      byParagraph.set(segment.paragraph, list);
    }
    for (const paragraph of document.paragraphs) {
      if (paragraph.duplicateOf) paragraphCanonical.set(paragraph.id, paragraph.duplicateOf);
    }
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  const map = new Map<string, string>();
  for (const document of documents) {
    for (const segment of document.segments) {
      if (segment.duplicateOf) {
        map.set(segment.id, segment.duplicateOf);
        continue;
      }
      const canonicalParagraph = paragraphCanonical.get(segment.paragraph);
      if (!canonicalParagraph) continue;
      const position = (byParagraph.get(segment.paragraph) ?? []).indexOf(segment);
      const counterpart = (byParagraph.get(canonicalParagraph) ?? [])[position];
      if (counterpart) map.set(segment.id, counterpart.id);
    }
  }
  return map;
}

/**
 * The telling that names the record's type: the type most tellings give, each weighted by
 * its confidence, so one telling that happens to name more arguments does not outvote the
 * rest; within it (and on a tie) the most confident telling ("went on the offensive" over
 * "labanan"), then the first.
 */
function typeNamer(tellings: readonly [EventMention, ...EventMention[]]): EventMention {
  const weight = new Map<EventType, number>();
  for (const telling of tellings) weight.set(telling.type, (weight.get(telling.type) ?? 0) + telling.confidence);
  const best = Math.max(...weight.values());
  const candidates = tellings.filter((telling) => weight.get(telling.type) === best);
  return [...candidates].sort((a, b) => b.confidence - a.confidence)[0] ?? tellings[0];
}

function toRecord(
  cluster: Cluster,
  order: ReadonlyMap<string, number>,
  sideId: (side: string) => string,
  entityById: ReadonlyMap<string, Entity>,
  context: StageContext,
): EventRecord {
  const [canonical, ...others] = cluster.mentions as [EventMention, ...EventMention[]];
  const all: [EventMention, ...EventMention[]] = [canonical, ...others];
  const named = typeNamer(all);
  const type = named.type;
  const participants = uniqueParticipants(all.flatMap((m) => m.participants));
  const location = all.find((m) => m.location)?.location ?? null;
  const date = all.find((m) => m.date?.value)?.date ?? canonical.date;
  // In a record the side of a figure is an entity id, as the output contract has it.
  const quantities = all.flatMap((m) => m.quantities).map((q) => ({ ...q, side: q.side === null ? null : sideId(q.side) }));
  const seen = new Set([`${canonical.evidence.document}:${canonical.evidence.start}`]);
  const alsoReported = [...others, ...cluster.repeats]
    .map((m) => m.evidence)
    .sort((a, b) => byPlace(a, b, order))
    .filter((evidence) => {
      const key = `${evidence.document}:${evidence.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    id: stableId('ev', canonical.evidence.document, canonical.evidence.start, canonical.evidence.end, type),
    type,
    date,
    participants,
    location,
    quantities,
    evidence: canonical.evidence,
    alsoReported,
    snippet: canonical.snippet,
    attribution: canonical.attribution,
    summary: summarize({
      type,
      participants,
      location: location && { ...location, type: entityById.get(location.entity ?? '')?.type ?? null },
      date,
      quantities: all.flatMap((m) => m.quantities),
      trigger: triggerOf(named),
    }, context),
    confidence: Math.max(...all.map((m) => m.confidence)),
    mentions: [...all, ...cluster.repeats].map((m) => m.id).sort(),
  };
}

function uniqueParticipants(participants: readonly Participant[]): Participant[] {
  const seen = new Set<string>();
  return participants.filter((p) => {
    const key = p.entity ?? p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
