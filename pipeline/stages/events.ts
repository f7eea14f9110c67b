/**
 * The events stage: every sentence with an event trigger becomes an event mention with
 * its participants and roles, location, date, figures, evidence, snippet attribution, an
 * English summary, a confidence and the rule that made it (see `events/index.ts` for the
 * rules and their order). Sentences are read in document order so that "on the same day"
 * can take the narrative's date and a figure the side last named.
 */
import type { Document, EventMention, Mention, Quantity, Section, Segment, Timex } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { TextIndex } from '../offsets.js';
import { extractSentence, type RuleState } from '../events/index.js';
import { eventLexicon, lexiconLanguage, type Phrase } from '../events/lexicon.js';
import type { Narrative, Sentence } from '../events/sentence.js';
import { documentSides, lastSide } from '../events/sides.js';
import { phraseAt, phrasesByFirstWord, tokenize } from '../events/tokens.js';
import { nominalTokens } from '../events/pos.js';
import { findTriggers } from '../events/triggers.js';
import { narrativeTriggers } from '../events/non-narrative.js';
import { fromTimex } from '../events/date.js';
import { citedWork, enclosingAttribution } from '../events/attribution.js';

export const meta: StageMeta = {
  name: 'events',
  version: '2',
  requires: ['sections', 'paragraphs', 'segments', 'languages', 'timexes', 'mentions'],
  assigns: ['events'],
};

/** Paragraph kinds that tell no events: citation lines and bibliographic references. */
const SILENT = new Set(['citation', 'reference']);

/**
 * Add `document.events`: the event mentions of every sentence, in text order.
 *
 * @param document a document with sections, paragraphs, segments, timexes and mentions.
 * @param context configuration, language data and the message sink.
 * @returns a new document; the input is not changed.
 * @example extractEvents(document, context).events[0].type // 'attack'
 */
export function extractEvents(document: Document, context: StageContext): Document {
  const index = new TextIndex(document.text);
  const slice = (start: number, end: number): string => index.slice(start, end);
  const sections = new Map(document.sections.map((section) => [section.id, section]));
  const paragraphs = new Map(document.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const mentions = groupBySegment(document.mentions);
  const mentionById = new Map<string, Mention>();
  for (const mention of document.mentions) if (!mentionById.has(mention.id)) mentionById.set(mention.id, mention); // the first, as a search finds
  const timexes = groupBySegment(document.timexes);
  const segments = [...document.segments].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));

  const sentences: Sentence[] = [];
  for (const segment of segments) {
    if (SILENT.has(paragraphs.get(segment.paragraph)?.kind ?? '')) continue;
    const code = lexiconLanguage(segment, document);
    if (code === null) {
      context.report({
        reason: `No event lexicon for language '${segment.language}'`,
        ruleId: 'events/unknown-language',
        place: { start: segment.start, end: segment.end },
        fatal: false,
      });
      continue;
    }
    const tokens = tokenize(segment);
    const lexicon = eventLexicon(code, context);
    const found = findTriggers(tokens, slice, lexicon);
    const nominal = nominalTokens(tokens, segment, lexicon, found);
    const section = sections.get(segment.section) ?? null;
    sentences.push({
      document,
      segment,
      section,
      enclosing: enclosingAttribution(section, sections),
      work: citedWork(section, sections),
      tokens,
      // Nouns by the tagger turn verb triggers into noun triggers: only then is there more to find.
      // Titles of works, title bars, headers, datelines and events remembered name events without telling them.
      triggers: narrativeTriggers(tokens, nominal.size === 0 ? found : findTriggers(tokens, slice, lexicon, nominal), lexicon, { header: section?.kind === 'header' }),
      lexicon,
      mentions: outermost(mentions.get(segment.id) ?? []),
      mentionById,
      timexes: timexes.get(segment.id) ?? [],
      slice,
    });
  }

  const sides = documentSides(sentences);
  let narrative: Narrative = {
    section: null,
    lastDate: null,
    paragraph: null,
    paragraphDate: null,
    order: null,
    orderDate: null,
    orderName: null,
    operative: false,
    lastOrderDate: null,
    lastOrderName: null,
    paragraphFigures: [],
    lastSide: null,
    paragraphPlace: null,
  };
  const events: EventMention[] = [];
  for (const sentence of sentences) {
    narrative = enter(narrative, sentence.segment, sentence.section, orderOf(sentence.section, sections));
    const state: RuleState = { narrative, sides, context };
    const { events: found, figures } = extractSentence(sentence, state);
    events.push(...found);
    narrative = advance(narrative, sentence, found, figures, sides);
  }
  events.sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start || a.id.localeCompare(b.id));
  return { ...document, events };
}

function hasPhrase(sentence: Sentence, phrases: readonly Phrase<string>[]): boolean {
  const { tokens } = sentence;
  const byFirst = phrasesByFirstWord(phrases);
  return tokens.some((token, i) => byFirst.get(token.lower)?.some((phrase) => phraseAt(tokens, i, phrase.words)) ?? false);
}

function groupBySegment<T extends (Mention | Timex)>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.segment) ?? [];
    list.push(item);
    map.set(item.segment, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  return map;
}

/** The outermost 'order' section around a section, if any. */
function orderOf(section: Section | null, sections: ReadonlyMap<string, Section>): string | null {
  let order: string | null = null;
  for (let current = section, depth = 0; current && depth < 8; current = sections.get(current.parent ?? '') ?? null, depth++) {
    if (current.kind === 'order') order = current.id;
  }
  return order;
}

/**
 * A new section forgets the narrative date; a new paragraph forgets the side and place; entering an
 * order's text fixes the order's date (the last order issued before it).
 */
function enter(narrative: Narrative, segment: Segment, section: Section | null, order: string | null): Narrative {
  const sectionId = section?.id ?? null;
  const sameSection = sectionId === narrative.section;
  const sameParagraph = segment.paragraph === narrative.paragraph;
  const sameOrder = order === narrative.order;
  // Field by field, here and in `advance`: V8 copies this object with spread syntax some fifty
  // times slower (measured ~14 µs a call, most of the stage's own time outside the rules).
  return {
    lastOrderDate: narrative.lastOrderDate,
    lastOrderName: narrative.lastOrderName,
    order,
    orderDate: order === null ? null : sameOrder ? narrative.orderDate : narrative.lastOrderDate,
    orderName: order === null ? null : sameOrder ? narrative.orderName : narrative.lastOrderName,
    operative: order !== null && sameOrder && narrative.operative,
    section: sectionId,
    lastDate: sameSection ? narrative.lastDate : null,
    paragraph: segment.paragraph,
    paragraphDate: sameParagraph ? narrative.paragraphDate : null,
    paragraphFigures: sameParagraph ? narrative.paragraphFigures : [],
    lastSide: sameParagraph ? narrative.lastSide : null,
    paragraphPlace: sameParagraph ? narrative.paragraphPlace : null,
  };
}

/** After a sentence: its last dated event (or date expression), its last side, its last place and its figures carry on. */
function advance(
  narrative: Narrative,
  sentence: Sentence,
  found: readonly EventMention[],
  figures: readonly Quantity[],
  sides: ReturnType<typeof documentSides>,
): Narrative {
  const dated = found.filter((event) => event.date?.value).at(-1)?.date;
  const timex = sentence.timexes.filter((t) => t.value !== null && (t.type === 'date' || t.type === 'range' || t.type === 'time')).at(-1);
  const ordered = found.filter((event) => event.type === 'order_issued' && event.date?.value && event.date.text !== null).at(-1);
  const name = ordered ? sentence.mentions.find((mention) => mention.type === 'DOCUMENT')?.text ?? null : null;
  return {
    section: narrative.section,
    paragraph: narrative.paragraph,
    order: narrative.order,
    orderDate: narrative.orderDate,
    orderName: narrative.orderName,
    lastOrderName: ordered ? name : narrative.lastOrderName,
    operative: narrative.operative || (narrative.order !== null && hasPhrase(sentence, sentence.lexicon.directiveCues)),
    lastOrderDate: ordered?.date ?? narrative.lastOrderDate,
    lastDate: dated ?? (timex ? fromTimex(timex) : narrative.lastDate),
    paragraphDate: dated ?? (timex ? fromTimex(timex) : narrative.paragraphDate),
    lastSide: lastSide(sentence, narrative.lastSide, sides),
    paragraphPlace: found.filter((event) => event.location).at(-1)?.location ?? narrative.paragraphPlace,
    paragraphFigures: [
      ...narrative.paragraphFigures,
      ...figures.flatMap((q) => (q.value === null ? [] : [{ value: q.value, side: q.side }])),
    ],
  };
}

/**
 * The mentions not inside another one: "the Main Military Council of the Red Army" is one
 * argument, and the Red Army named inside it takes no part of its own.
 */
function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter(
    (inner) => !mentions.some((outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start),
  );
}
