/**
 * The output contract (schema version 1): one function per dataset file, mapping the
 * camelCase model to the schema's snake_case records. Key order here is the order in the
 * files, so the output is byte-stable.
 */
import type {
  Attribution,
  Claim,
  Document,
  Duplicate,
  Entity,
  EventDate,
  EventRecord,
  Evidence,
  Segment,
  Timex,
} from '../model.js';

/** Round a score so that float noise never changes the bytes. */
const round = (value: number): number => Math.round(value * 10000) / 10000;

const attribution = (value: Attribution | null) =>
  value === null ? null : { title: value.title, author: value.author, year: value.year, text: value.text };

/** A line of `documents.jsonl`. */
export function documentRecord(document: Document) {
  return {
    id: document.id,
    source: document.source,
    sha256: document.sha256,
    language: document.language,
    language_confidence: round(document.languageConfidence),
    languages: Object.fromEntries(
      Object.entries(document.languages)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([code, share]) => [code, round(share)]),
    ),
    sections: document.sections.map((section) => ({
      id: section.id,
      kind: section.kind,
      title: section.title,
      start: section.start,
      end: section.end,
      parent: section.parent,
      attribution: attribution(section.attribution),
    })),
    paragraphs: document.paragraphs.map((paragraph) => ({
      id: paragraph.id,
      section: paragraph.section,
      kind: paragraph.kind,
      start: paragraph.start,
      end: paragraph.end,
      language: paragraph.language,
      language_confidence: round(paragraph.languageConfidence),
      duplicate_of: paragraph.duplicateOf,
    })),
    text: document.text,
  };
}

/** A line of `segments.jsonl`. */
export function segmentRecord(document: Document, segment: Segment) {
  return {
    id: segment.id,
    document: document.id,
    section: segment.section,
    paragraph: segment.paragraph,
    start: segment.start,
    end: segment.end,
    text: segment.text,
    language: segment.language,
    language_confidence: round(segment.languageConfidence),
    foreign_spans: segment.foreignSpans.map((span) => ({
      start: span.start,
      end: span.end,
      text: span.text,
      language: span.language,
    })),
    duplicate_of: segment.duplicateOf,
  };
}

/** A line of `duplicates.jsonl`. */
export function duplicateRecord(duplicate: Duplicate) {
  const place = (value: Duplicate['canonical']) => ({ document: value.document, start: value.start, end: value.end });
  return {
    level: duplicate.level,
    canonical: place(duplicate.canonical),
    duplicate: place(duplicate.duplicate),
    similarity: round(duplicate.similarity),
    changes: duplicate.changes.map((change) => ({
      op: change.op,
      canonical: change.canonical,
      duplicate: change.duplicate,
    })),
  };
}

/** A line of `timexes.jsonl`. */
export function timexRecord(document: Document, timex: Timex) {
  return {
    id: timex.id,
    document: document.id,
    segment: timex.segment,
    start: timex.start,
    end: timex.end,
    text: timex.text,
    language: timex.language,
    type: timex.type,
    value: timex.value,
    precision: timex.precision,
    inferred: [...timex.inferred],
    qualifier: timex.qualifier,
    relative: timex.relative === null ? null : { anchor: timex.relative.anchor, anchor_value: timex.relative.anchorValue },
    rule: timex.rule,
  };
}

/** A line of `entities.jsonl`. */
export function entityRecord(entity: Entity) {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    wikidata: entity.wikidata,
    aliases: entity.aliases.map((alias) => ({ text: alias.text, language: alias.language })),
    mentions: entity.mentions.map((mention) => ({
      document: mention.document,
      segment: mention.segment,
      start: mention.start,
      end: mention.end,
      text: mention.text,
    })),
  };
}

const evidenceRecord = (evidence: Evidence) => ({
  document: evidence.document,
  source: evidence.source,
  segment: evidence.segment,
  start: evidence.start,
  end: evidence.end,
  language: evidence.language,
  text: evidence.text,
});

const dateRecord = (date: EventDate | null) =>
  date === null
    ? null
    : {
        text: date.text,
        value: date.value,
        precision: date.precision,
        inferred: [...date.inferred],
        qualifier: date.qualifier,
      };

/** A line of `events.jsonl`. */
export function eventRecord(event: EventRecord) {
  return {
    id: event.id,
    type: event.type,
    summary: event.summary,
    date: dateRecord(event.date),
    participants: event.participants.map((participant) => ({
      entity: participant.entity,
      name: participant.name,
      type: participant.type,
      role: participant.role,
      text: participant.text,
    })),
    location:
      event.location === null
        ? null
        : { entity: event.location.entity, name: event.location.name, text: event.location.text },
    quantities: event.quantities.map((quantity) => ({
      category: quantity.category,
      value: quantity.value,
      unit: quantity.unit,
      side: quantity.side,
      approximate: quantity.approximate,
      qualifier: quantity.qualifier,
      text: quantity.text,
      attribution: quantity.attribution,
    })),
    evidence: evidenceRecord(event.evidence),
    also_reported: event.alsoReported.map(evidenceRecord),
    snippet: event.snippet,
    attribution: attribution(event.attribution),
    confidence: round(event.confidence),
  };
}

/** A line of `claims.jsonl`. */
export function claimRecord(claim: Claim) {
  return {
    id: claim.id,
    measure: {
      event: claim.measure.event,
      side: claim.measure.side,
      category: claim.measure.category,
      label: claim.measure.label,
    },
    values: claim.values.map((value) => ({
      value: value.value,
      approximate: value.approximate,
      qualifier: value.qualifier,
      attribution: value.attribution,
      evidence: evidenceRecord(value.evidence),
    })),
  };
}
