/**
 * Claims: every figure of every event, grouped by what it measures — the conflict it is
 * counted in, the side, the category ("Soviet Union killed, Lake Khasan 1938") — with every
 * value side by side, its approximation, bound, attribution and evidence. Values are never
 * averaged or dropped; figures from duplicated passages never reach here.
 *
 * The conflict is named by the place the text most often ties to a conflict noun
 * (`conflict-nouns.json`: "the fighting on Lake Khasan", "Conflict at Lake Hassan",
 * "the Khasan events") up to the figure — the conflict the text is about there, not the
 * hill a single battle of it was fought on — and the year of the narrative there.
 */
import type { Claim, ClaimValue, Corpus, Document, Entity, EventMention, Quantity } from '../model.js';
import type { StageContext } from '../stage.js';
import { slugId, stableId } from '../ids.js';
import { eventLexicon, lexiconLanguage } from './lexicon.js';
import { tokenAt } from './sentence.js';
import { tokenize, type Token } from './tokens.js';

/** A figure with the event mention that reports it. */
export interface ReportedFigure {
  quantity: Quantity;
  mention: EventMention;
}

/** Words allowed between a conflict noun and its place ("operasyon ng militar sa rehiyon ng Khalkhin Gol"). */
const ANCHOR_REACH = 6;
/** A conflict is named by a place, not a state: "the war with the USSR" names no battlefield. */
const PLACES = new Set(['LOCATION']);

interface Anchor {
  offset: number;
  name: string;
}

/** The corpus's entities as claims look them up, built once by the caller. */
export interface EntityLookup {
  /** Entities by mention span (`entitiesBySpan`). */
  bySpan: ReadonlyMap<string, Entity>;
  /** Entity ids of side names (`sideIds`). */
  sideId: (side: string) => string;
}

/**
 * Claims from the figures of a corpus.
 *
 * @param figures figures of non-duplicate event mentions, in corpus order.
 * @param corpus documents (for the narrative).
 * @param entities the corpus entities by span (for names) and by side name.
 * @param context language data.
 * @returns one claim per measure, in order of first value.
 * @example buildClaims(figures, corpus, { bySpan, sideId }, context)[0].measure.label // 'Soviet Union killed, Lake Khasan 1938'
 */
export function buildClaims(figures: readonly ReportedFigure[], corpus: Corpus, entities: EntityLookup, context: StageContext): Claim[] {
  const { bySpan, sideId } = entities;
  const documents = new Map(corpus.documents.map((document) => [document.id, document]));
  const anchors = new Map<string, Anchor[]>();
  const years = new Map<string, { offset: number; year: string }[]>();
  const claims = new Map<string, Claim>();
  for (const { quantity, mention } of figures) {
    const document = documents.get(mention.evidence.document);
    if (!document) continue;
    if (!anchors.has(document.id)) anchors.set(document.id, conflictAnchors(document, bySpan, context));
    if (!years.has(document.id)) years.set(document.id, narrativeYears(document));
    const anchor = dominant((anchors.get(document.id) ?? []).filter((a) => a.offset <= quantity.end));
    const year = (years.get(document.id) ?? []).filter((y) => y.offset <= quantity.end).at(-1)?.year ?? mention.date?.value?.slice(0, 4) ?? null;
    const place = anchor?.name ?? mention.location?.name ?? null;
    const event = [place, year].filter(Boolean).join(' ') || 'unknown conflict';
    const sideName = quantity.side ?? 'unknown side';
    const side = quantity.side === null ? null : sideId(quantity.side);
    const key = `${event}\u0000${sideName}\u0000${quantity.category}`;
    const claim = claims.get(key) ?? {
      id: stableId('cl', event, sideName, quantity.category),
      measure: { event, side, category: quantity.category, label: `${sideName} ${quantity.category.replace(/_/g, ' ')}, ${event}` },
      values: [],
    };
    claim.values.push(valueOf(quantity, mention, document));
    claims.set(key, claim);
  }
  return [...claims.values()];
}

function valueOf(quantity: Quantity, mention: EventMention, document: Document): ClaimValue {
  return {
    value: quantity.value,
    approximate: quantity.approximate,
    qualifier: quantity.qualifier,
    attribution: quantity.attribution,
    evidence: {
      document: document.id,
      source: document.source,
      segment: mention.evidence.segment,
      start: quantity.start,
      end: quantity.end,
      language: mention.evidence.language,
      text: quantity.text,
    },
  };
}

/**
 * Entities by the document span of each of their mentions (`document:start:end`, see
 * `spanKey`), so a mention is resolved to its canonical entity.
 *
 * @example entitiesBySpan(corpus.entities).get(spanKey('doc-1', 10, 22))?.name // 'Lake Khasan'
 */
export function entitiesBySpan(entities: readonly Entity[]): Map<string, Entity> {
  const map = new Map<string, Entity>();
  for (const entity of entities) {
    for (const mention of entity.mentions) map.set(spanKey(mention.document, mention.start, mention.end), entity);
  }
  return map;
}

/** The key of a document span in `entitiesBySpan`. */
export function spanKey(document: string, start: number, end: number): string {
  return `${document}:${start}:${end}`;
}

/**
 * Ids of the entities sides name, or readable ids of the sides' names, looked up by
 * name or alias through an index built once.
 *
 * @example sideIds(corpus.entities)('Soviet Union') // 'en-soviet-union'
 */
export function sideIds(entities: readonly Entity[]): (side: string) => string {
  const index = new Map<string, string>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases.map((alias) => alias.text)]) {
      if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), entity.id);
    }
  }
  return (side) => index.get(side.toLowerCase()) ?? slugId('en', side);
}

/** The place named most often (the first among equals: a conflict stays named until another overtakes it). */
function dominant(anchors: readonly Anchor[]): Anchor | undefined {
  const counts = new Map<string, number>();
  for (const anchor of anchors) counts.set(anchor.name, (counts.get(anchor.name) ?? 0) + 1);
  let best: Anchor | undefined;
  for (const anchor of anchors) {
    if (!best || (counts.get(anchor.name) ?? 0) > (counts.get(best.name) ?? 0)) best = anchor;
  }
  return best;
}

/** Places tied to a conflict noun, in text order. */
function conflictAnchors(document: Document, bySpan: ReadonlyMap<string, Entity>, context: StageContext): Anchor[] {
  const places = document.mentions.filter((mention) => PLACES.has(mention.type));
  const anchors: Anchor[] = [];
  for (const segment of document.segments) {
    const code = lexiconLanguage(segment, document);
    if (code === null) continue;
    const lexicon = eventLexicon(code, context);
    const tokens = tokenize(segment);
    const inside = places.filter((mention) => mention.start >= segment.start && mention.end <= segment.end);
    for (const mention of inside) {
      const first = tokenAt(tokens, mention.start);
      const last = tokenAt(tokens, mention.end) - 1;
      const near = (from: number, to: number): boolean =>
        tokens.slice(Math.max(0, from), Math.max(0, to)).some((token: Token) =>
          lexicon.conflictNouns.some((noun) => noun.words.length === 1 && noun.words[0] === token.lower),
        );
      if (near(first - ANCHOR_REACH, first) || near(last + 1, last + 3)) {
        const name = bySpan.get(spanKey(document.id, mention.start, mention.end))?.name ?? (mention.normalized || mention.text);
        anchors.push({ offset: mention.start, name });
      }
    }
  }
  return anchors.sort((a, b) => a.offset - b.offset || a.name.localeCompare(b.name));
}

/** Years the narrative has reached, from dated expressions, in text order. */
function narrativeYears(document: Document): { offset: number; year: string }[] {
  return document.timexes
    .filter((timex) => timex.type !== 'duration' && timex.type !== 'set' && /^\d{4}/.test(timex.value ?? ''))
    // A period counts as its end: by "From 1936 to 1938" the narrative has reached 1938.
    .map((timex) => ({ offset: timex.start, year: (timex.value as string).split('/').at(-1)?.slice(0, 4) ?? '' }))
    .filter((entry) => /^\d{4}$/.test(entry.year))
    .sort((a, b) => a.offset - b.offset || a.year.localeCompare(b.year));
}
