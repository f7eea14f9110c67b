/**
 * Applies a historian's corrections (`corrections.ts`) to a corpus: the linked entities,
 * the dates, the events and their claims, and the per-document layers they come from, so
 * the corrections hold whether they run before or after event consolidation.
 */
import type { Claim, Corpus, Document, Entity, EntityType, EventMention, EventRecord, Participant, Timex, TimexType, EventType } from '../model.js';
import { targetKey, type Correction, type Corrections, type SpanTarget } from './corrections.js';

/** A correction whose target is not in the corpus, with the reason. */
export interface StaleCorrection {
  correction: Correction;
  reason: string;
}

type EntityMention = Entity['mentions'][number];

const spanKey = (document: string, span: { start: number; end: number; text: string }): string =>
  `${document}:${span.start}:${span.end}:${span.text}`;

const describe = (target: SpanTarget): string =>
  `${JSON.stringify(target.text)} at [${target.start}, ${target.end}) of ${target.document}`;

/**
 * Later entries replace earlier ones for the same target and the same kind of decision
 * (accept and reject are one kind), so a file edited by hand or imported twice stays sane.
 */
function latestDecisions(corrections: readonly Correction[]): Correction[] {
  const latest = new Map<string, Correction>();
  for (const correction of corrections) {
    const slot = correction.action === 'accept' || correction.action === 'reject' ? 'verdict' : correction.action;
    const key = `${targetKey(correction.target)}#${slot}`;
    latest.delete(key);
    latest.set(key, correction);
  }
  return [...latest.values()];
}

/** What the corrections decide about entities and their mentions. */
interface EntityPlan {
  rejectedMentions: Set<string>;
  /** Mention span key → entity id it moves to. */
  movedMentions: Map<string, string>;
  rejectedEntities: Set<string>;
  mergedInto: Map<string, string>;
  types: Map<string, EntityType>;
  names: Map<string, string>;
}

function planEntities(corpus: Corpus, decisions: readonly Correction[], stale: (c: Correction, reason: string) => void): EntityPlan {
  const entities = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const mentionOwners = new Map<string, string>();
  for (const entity of corpus.entities) {
    for (const mention of entity.mentions) mentionOwners.set(spanKey(mention.document, mention), entity.id);
  }
  const plan: EntityPlan = {
    rejectedMentions: new Set(),
    movedMentions: new Map(),
    rejectedEntities: new Set(),
    mergedInto: new Map(),
    types: new Map(),
    names: new Map(),
  };
  const resolve = (id: string): string => {
    let current = id;
    for (let next = plan.mergedInto.get(current); next !== undefined; next = plan.mergedInto.get(current)) current = next;
    return current;
  };
  const merges: { correction: Correction; from: string; into: string }[] = [];

  for (const correction of decisions) {
    const { target } = correction;
    if (target.kind === 'mention') {
      const key = spanKey(target.document, target);
      if (!mentionOwners.has(key)) {
        stale(correction, `no entity mention ${describe(target)}`);
      } else if (correction.action === 'reject') {
        plan.rejectedMentions.add(key);
      } else if (correction.action === 'merge') {
        if (entities.has(correction.into)) plan.movedMentions.set(key, correction.into);
        else stale(correction, `no entity ${correction.into} to move ${describe(target)} to`);
      }
    } else if (target.kind === 'entity') {
      if (!entities.has(target.entity)) {
        stale(correction, `no entity ${target.entity}`);
      } else if (correction.action === 'reject') {
        plan.rejectedEntities.add(target.entity);
      } else if (correction.action === 'retype') {
        plan.types.set(target.entity, correction.type as EntityType);
      } else if (correction.action === 'rename') {
        plan.names.set(target.entity, correction.name);
      } else if (correction.action === 'merge') {
        if (!entities.has(correction.into)) stale(correction, `no entity ${correction.into} to merge ${target.entity} into`);
        else merges.push({ correction, from: target.entity, into: correction.into });
      }
    }
  }
  // Merges in a fixed order, refusing any that would close a cycle (A → B and B → A).
  merges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (const { correction, from, into } of merges) {
    if (resolve(into) === from) stale(correction, `merging ${from} into ${into} would make a cycle`);
    else plan.mergedInto.set(from, into);
  }
  // Flatten chains so every merged id points at its final entity.
  for (const from of [...plan.mergedInto.keys()]) plan.mergedInto.set(from, resolve(from));
  return plan;
}

const byPlace = (a: EntityMention, b: EntityMention): number =>
  a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || a.end - b.end;

/** Appends to the list under a key (copying the list per item would be quadratic in an entity's mentions). */
function push<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/**
 * The corrected entities, and where each original entity went: its own id, the entity
 * it was merged into, or null when it is gone.
 */
function correctEntities(entities: readonly Entity[], plan: EntityPlan): { entities: Entity[]; fate: Map<string, string | null> } {
  const final = (id: string): string => plan.mergedInto.get(id) ?? id;
  const buckets = new Map<string, EntityMention[]>();
  const extraAliases = new Map<string, Entity['aliases']>();
  const destinations = new Map<string, Set<string>>();

  for (const entity of entities) {
    const reached = new Set<string>();
    for (const mention of entity.mentions) {
      const key = spanKey(mention.document, mention);
      if (plan.rejectedMentions.has(key)) continue;
      const moved = plan.movedMentions.get(key);
      const destination = final(moved ?? entity.id);
      if (plan.rejectedEntities.has(destination) || plan.rejectedEntities.has(moved ?? entity.id)) continue;
      push(buckets, destination, mention);
      reached.add(destination);
      if (moved !== undefined) {
        const alias = entity.aliases.find((candidate) => candidate.text === mention.text);
        if (alias) push(extraAliases, destination, alias);
      }
    }
    destinations.set(entity.id, reached);
    if (plan.mergedInto.has(entity.id)) {
      const into = final(entity.id);
      push(extraAliases, into, { text: entity.name, language: entity.aliases.find((a) => a.text === entity.name)?.language ?? 'und' });
      for (const alias of entity.aliases) push(extraAliases, into, alias);
    }
  }

  const corrected: Entity[] = [];
  for (const entity of entities) {
    const mentions = buckets.get(entity.id);
    if (plan.mergedInto.has(entity.id) || mentions === undefined) continue;
    const name = plan.names.get(entity.id) ?? entity.name;
    const seen = new Set<string>();
    const aliases = [...entity.aliases, ...(extraAliases.get(entity.id) ?? [])].filter((alias) => {
      const key = `${alias.language}\u0000${alias.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    corrected.push({
      ...entity,
      type: plan.types.get(entity.id) ?? entity.type,
      name,
      aliases,
      mentions: [...mentions].sort(byPlace),
    });
  }

  const survivors = new Set(corrected.map((entity) => entity.id));
  const fate = new Map<string, string | null>();
  for (const entity of entities) {
    const reached = destinations.get(entity.id) ?? new Set<string>();
    const home = final(entity.id);
    if (survivors.has(home)) fate.set(entity.id, home);
    // Every remaining mention went to one other entity: references follow them there.
    else if (reached.size === 1) fate.set(entity.id, [...reached][0] ?? null);
    else fate.set(entity.id, null);
  }
  return { entities: corrected, fate };
}

/** Rewrites every reference to an entity after the entity corrections. */
interface References {
  entities: Map<string, Entity>;
  fate: Map<string, string | null>;
  rejectedMentionIds: Set<string>;
  rejectedTimexes: Set<string>;
  timexTypes: Map<string, TimexType>;
  rejectedEvents: Set<string>;
  eventTypes: Map<string, EventType>;
}

/** The entity an id now stands for: undefined when the id is not an entity id, null when gone. */
function follow(refs: References, id: string | null): Entity | null | undefined {
  if (id === null || !refs.fate.has(id)) return undefined;
  const to = refs.fate.get(id) ?? null;
  return to === null ? null : (refs.entities.get(to) ?? null);
}

function correctParticipants(participants: readonly Participant[], refs: References): Participant[] {
  const seen = new Set<string>();
  const result: Participant[] = [];
  for (const participant of participants) {
    if (refs.rejectedMentionIds.has(participant.mention)) continue;
    const entity = follow(refs, participant.entity);
    if (entity === null) continue;
    const next = entity === undefined ? participant : { ...participant, entity: entity.id, name: entity.name, type: entity.type };
    const key = `${next.entity ?? next.mention}\u0000${next.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(next);
  }
  return result;
}

function correctLocation<T extends EventMention['location']>(location: T, refs: References): T | null {
  if (location === null || refs.rejectedMentionIds.has(location.mention)) return null;
  const entity = follow(refs, location.entity);
  if (entity === null) return null;
  return entity === undefined ? location : { ...location, entity: entity.id, name: entity.name };
}

function correctSide(side: string | null, refs: References): string | null {
  const entity = follow(refs, side);
  return entity === undefined ? side : entity === null ? null : entity.id;
}

function correctEvent<T extends EventMention | EventRecord>(event: T, refs: References, type: EventType | undefined): T {
  const date =
    event.date !== null && event.date.timex !== null && refs.rejectedTimexes.has(event.date.timex) ? null : event.date;
  return {
    ...event,
    type: type ?? event.type,
    date,
    participants: correctParticipants(event.participants, refs),
    location: correctLocation(event.location, refs),
    quantities: event.quantities.map((quantity) => ({ ...quantity, side: correctSide(quantity.side, refs) })),
  };
}

function correctDocument(document: Document, refs: References, rejectedSpans: Set<string>, recordOf: Map<string, string>): Document {
  const timexes: Timex[] = [];
  for (const timex of document.timexes) {
    if (refs.rejectedTimexes.has(timex.id)) continue;
    const type = refs.timexTypes.get(timex.id);
    timexes.push(type === undefined ? timex : { ...timex, type });
  }
  const eventOf = (event: EventMention): string => recordOf.get(event.id) ?? event.id;
  return {
    ...document,
    timexes,
    mentions: document.mentions.filter((mention) => !rejectedSpans.has(spanKey(document.id, mention))),
    events: document.events
      .filter((event) => !refs.rejectedEvents.has(eventOf(event)))
      .map((event) => correctEvent(event, refs, refs.eventTypes.get(eventOf(event)))),
  };
}

/**
 * Apply corrections to a corpus.
 *
 * Rejected mentions leave their entity, and an entity left with no mention disappears
 * (when all its remaining mentions moved to one entity, references follow them there);
 * events lose participants and locations that point at a vanished entity or a rejected
 * mention. Retype and rename change an entity, and the participants naming it; merge
 * moves the mentions and aliases (and the old name, as an alias) into the target. A
 * rejected date leaves its document and the events dated by it; a rejected event leaves
 * the corpus with its tellings and claims. The corpus given is not changed.
 *
 * @param corpus The corpus after entity linking (and, ideally, event consolidation).
 * @param corrections A parsed corrections file.
 * @param onStale Called for each correction whose target is not in the corpus; the rest still apply.
 * @returns the corrected corpus.
 * @example
 *   const corrected = applyCorrections(corpus, readCorrections('corrections.json'), ({ reason }) => console.warn(reason));
 */
export function applyCorrections(
  corpus: Corpus,
  corrections: Corrections,
  onStale: (stale: StaleCorrection) => void = () => undefined,
): Corpus {
  const stale = (correction: Correction, reason: string): void => onStale({ correction, reason });
  const decisions = latestDecisions(corrections.corrections);
  const plan = planEntities(corpus, decisions, stale);
  const { entities, fate } = correctEntities(corpus.entities, plan);

  const refs: References = {
    entities: new Map(entities.map((entity) => [entity.id, entity])),
    fate,
    rejectedMentionIds: new Set(),
    rejectedTimexes: new Set(),
    timexTypes: new Map(),
    rejectedEvents: new Set(),
    eventTypes: new Map(),
  };
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));
  for (const document of corpus.documents) {
    for (const mention of document.mentions) {
      if (plan.rejectedMentions.has(spanKey(document.id, mention))) refs.rejectedMentionIds.add(mention.id);
    }
  }

  const recordOf = new Map<string, string>();
  const eventIds = new Set<string>();
  for (const record of corpus.events) {
    eventIds.add(record.id);
    for (const mention of record.mentions) recordOf.set(mention, record.id);
  }
  for (const document of corpus.documents) for (const event of document.events) eventIds.add(event.id);

  for (const correction of decisions) {
    const { target } = correction;
    if (target.kind === 'timex') {
      const timex = documents
        .get(target.document)
        ?.timexes.find((t) => t.start === target.start && t.end === target.end && t.text === target.text);
      if (timex === undefined) stale(correction, `no date ${describe(target)}`);
      else if (correction.action === 'reject') refs.rejectedTimexes.add(timex.id);
      else if (correction.action === 'retype') refs.timexTypes.set(timex.id, correction.type as TimexType);
    } else if (target.kind === 'event') {
      if (!eventIds.has(target.event)) stale(correction, `no event ${target.event}`);
      else if (correction.action === 'reject') refs.rejectedEvents.add(target.event);
      else if (correction.action === 'retype') refs.eventTypes.set(target.event, correction.type as EventType);
    }
  }

  const events = corpus.events
    .filter((record) => !refs.rejectedEvents.has(record.id))
    .map((record) => correctEvent(record, refs, refs.eventTypes.get(record.id)));
  const claims: Claim[] = corpus.claims
    .filter((claim) => !refs.rejectedEvents.has(claim.measure.event))
    .map((claim) => ({ ...claim, measure: { ...claim.measure, side: correctSide(claim.measure.side, refs) } }));

  return {
    ...corpus,
    documents: corpus.documents.map((document) => correctDocument(document, refs, plan.rejectedMentions, recordOf)),
    entities,
    events,
    claims,
  };
}
