/**
 * Event extraction of one sentence, as an ordered list of small rules (parse-latin's plugin
 * list): the sentence is cut into clauses, its figures are read, triggers found, and each
 * trigger becomes a draft event that the argument rules fill in, in this order:
 *
 * 1. quantities — figures, their units, loss categories, bounds, sides and attribution
 *    (first, because a loss figure makes a casualty report and is not itself a trigger);
 * 2. triggers — event words per clause;
 * 3. participants — with roles;
 * 4. location;
 * 5. date — from the clause, the sentence or the narrative;
 * 6. pronouns — "they", "siya" stand for the last agent named before them in the sentence;
 *    then an armistice or talks naming no party are between the two sides the document
 *    tells (`impliedParties`);
 * 7. figures — each figure goes to the event of its clause (losses to the casualty report);
 * 8. summary and confidence.
 */
import type { EventDate, EventMention, EventType, Participant, Quantity } from '../model.js';
import type { StageContext } from '../stage.js';
import { stableId } from '../ids.js';
import { attributionOf } from './attribution.js';
import { clauses, type Clause } from './clauses.js';
import { attachDate } from './date.js';
import { attachLocation } from './location.js';
import { impliedParties } from './forces.js';
import { attachParticipants } from './participants.js';
import { reciprocal } from './roles.js';
import { findQuantities, isLossCategory, type RawQuantity } from './quantities.js';
import type { Narrative, Sentence } from './sentence.js';
import { sideOf, type DocumentSides } from './sides.js';
import { summarize } from './summary.js';
import { resolvePronouns } from './pronouns.js';
import { tellsEvent } from './place-bound.js';
import { phraseAt } from './tokens.js';
import { argumentWord, type Trigger } from './triggers.js';

/** An event being built from a trigger. */
export interface Draft {
  trigger: Trigger;
  clause: Clause;
  participants: Participant[];
  location: EventMention['location'];
  date: EventDate | null;
  quantities: Quantity[];
}

/** What the rules of a sentence share besides the sentence. */
export interface RuleState {
  narrative: Narrative;
  sides: DocumentSides;
  context: StageContext;
}

/** Argument rules, in the order they run on each draft. */
const draftRules: readonly { name: string; apply(draft: Draft, sentence: Sentence, state: RuleState): Draft }[] = [
  { name: 'participants', apply: (draft, sentence) => ({ ...draft, participants: attachParticipants(sentence, draft.clause, argumentWord(draft.trigger, sentence.slice)) }) },
  { name: 'location', apply: (draft, sentence, state) => ({ ...draft, location: attachLocation(sentence, draft.clause, draft.trigger, state.narrative.paragraphPlace) }) },
  { name: 'date', apply: (draft, sentence, state) => ({ ...draft, date: attachDate(sentence, draft.clause, draft.trigger, state.narrative) }) },
];

/**
 * The event mentions of one sentence, in text order.
 *
 * @param sentence the sentence with its mentions, timexes and lexicon.
 * @param state the narrative so far, the document's sides and the stage context.
 * @returns event mentions with every argument, summary and provenance, and every figure of
 *   the sentence (also those no event took) for the narrative.
 * @example extractSentence(sentence, state).events.map((e) => e.type) // ['attack', 'retreat']
 */
export function extractSentence(sentence: Sentence, state: RuleState): { events: EventMention[]; figures: Quantity[] } {
  const cut = clauses(sentence.tokens, sentence.lexicon);
  const quantities = findQuantities(sentence).map((raw) => complete(raw, sentence, state));
  const triggers = chooseTriggers(sentence, cut, quantities);
  const drafts = triggers.map(({ trigger, clause }) =>
    draftRules.reduce<Draft>((draft, rule) => rule.apply(draft, sentence, state), {
      trigger,
      clause,
      participants: [],
      location: null,
      date: null,
      quantities: [],
    }),
  );
  const figures = quantities.map(({ first: _first, last: _last, whole: _whole, ...figure }) => figure);
  // An armistice or talks naming no party, not even by a pronoun, are between the two sides the document tells.
  const resolved = resolvePronouns(drafts, sentence).map((draft) =>
    draft.participants.length > 0 || !reciprocal(draft.trigger.type) ? draft : { ...draft, participants: impliedParties(sentence, argumentWord(draft.trigger, sentence.slice), state.sides) },
  );
  assignFigures(resolved, figures);
  return { events: resolved.map((draft) => toMention(draft, sentence, state.context)), figures };
}

function complete(raw: RawQuantity, sentence: Sentence, state: RuleState): RawQuantity & Quantity {
  // A whole the paragraph counted before ("a garrison of 11 … Six out of 11 survived") keeps its side.
  const earlier = raw.whole === null ? undefined : state.narrative.paragraphFigures.filter((f) => f.value === raw.whole && f.side).at(-1);
  return {
    ...raw,
    // The figure's own words ("American soldiers") name its side before the sentence around it.
    side: raw.side ?? earlier?.side ?? sideOf(sentence, raw.first, raw.last, state.narrative.lastSide, state.sides),
    attribution: attributionOf(sentence, raw.first) ?? state.narrative.orderName ?? sentence.enclosing,
  };
}

/**
 * The triggers of each clause: its verbs, its light verbs with the event noun they govern
 * ("armistice negotiations began") or alone when they stand alone ("occurred"), else its
 * first event noun. A word inside a figure ("865 killed") is no trigger, and a sentence
 * with loss figures but no casualty report gets one at its first loss figure.
 */
function chooseTriggers(sentence: Sentence, cut: Clause[], quantities: readonly RawQuantity[]): { trigger: Trigger; clause: Clause }[] {
  // A loss cue inside a figure ("865 killed") is the figure's, not an event of its own; "300 incidents" still are.
  const inFigure = (trigger: Trigger): boolean =>
    quantities.some((q) => isLossCategory(q.category) && trigger.start < q.end && trigger.end > q.start);
  // A word inside a date expression ("the fall of 1941") is the date's, not an event.
  const inDate = (trigger: Trigger): boolean => sentence.timexes.some((timex) => trigger.start >= timex.start && trigger.end <= timex.end);
  // A word after "in order to" / "upang" names a goal, not an event that happened.
  const aGoal = (trigger: Trigger): boolean =>
    sentence.lexicon.goalMarkers.some((phrase) => phraseAt(sentence.tokens, trigger.first - phrase.words.length, phrase.words));
  // A word that tells its event only of a place ("Bataan fell", not "the plane fell") needs that place (`place-bound.ts`).
  const triggers = sentence.triggers.filter((trigger) => !inFigure(trigger) && !inDate(trigger) && !aGoal(trigger) && tellsEvent(sentence, trigger));
  // A heading without a date names its section's topic ("The Korean War", "Ang Labanan sa Mactan"): its event nouns are no events.
  const topic = sentence.timexes.length === 0 && sentence.document.paragraphs.find((p) => p.id === sentence.segment.paragraph)?.kind === 'heading';
  const chosen: { trigger: Trigger; clause: Clause }[] = [];
  for (const clause of cut) {
    const inside = triggers.filter((trigger) => trigger.start >= clause.start && trigger.end <= clause.end);
    const nouns = inside.filter((trigger) => trigger.kind === 'noun');
    const picked = inside.filter((trigger) => trigger.kind === 'verb');
    for (const light of inside.filter((trigger) => trigger.kind === 'light')) {
      const noun = nouns.filter((n) => n.end <= light.start).at(-1) ?? nouns.find((n) => n.start >= light.end);
      if (noun) {
        nouns.splice(nouns.indexOf(noun), 1);
        // A noun before its light verb is the verb's subject: the event's arguments hang on it.
        const subjectNoun = noun.end <= light.start ? { start: noun.start, end: noun.end, first: noun.first, last: noun.last } : undefined;
        picked.push({ ...light, type: noun.type, phrase: `${noun.phrase} + ${light.phrase}`, subjectNoun });
      } else if (light.standalone) picked.push(light);
    }
    // Without a verb, a clause with a loss figure tells the loss: its event noun is the frame ("killed in the war").
    const framed = quantities.some((q) => isLossCategory(q.category) && q.start >= clause.start && q.end <= clause.end);
    const events = picked.length > 0 ? picked : framed || topic ? [] : nouns.slice(0, 1);
    for (const trigger of events) chosen.push({ trigger, clause });
  }
  const loss = quantities.find((quantity) => isLossCategory(quantity.category));
  if (loss && !chosen.some(({ trigger }) => trigger.type === 'casualty_report')) {
    const clause = cut.find((c) => loss.start >= c.start && loss.start < c.end) ?? (cut[0] as Clause);
    chosen.push({ trigger: lossTrigger(loss, sentence), clause });
  }
  return chosen.sort((a, b) => a.trigger.start - b.trigger.start || a.trigger.type.localeCompare(b.trigger.type));
}

function lossTrigger(loss: RawQuantity, sentence: Sentence): Trigger {
  return {
    start: loss.start,
    end: loss.end,
    text: sentence.slice(loss.start, loss.end),
    type: 'casualty_report' as EventType,
    kind: 'verb',
    verbal: true,
    standalone: true,
    first: loss.first,
    last: loss.last,
    focus: null,
    passive: false,
    phrase: 'loss-figure',
  };
}

/** Each figure to the casualty report (losses) or the event of its clause, else the nearest event. */
function assignFigures(drafts: Draft[], figures: readonly Quantity[]): void {
  for (const figure of figures) {
    const report = isLossCategory(figure.category) ? drafts.find((d) => d.trigger.type === 'casualty_report') : undefined;
    const inClause = drafts.find((d) => figure.start >= d.clause.start && figure.end <= d.clause.end);
    const nearest = [...drafts].sort((a, b) => Math.abs(a.trigger.start - figure.start) - Math.abs(b.trigger.start - figure.start))[0];
    const target = report ?? inClause ?? nearest;
    if (target) target.quantities.push(figure);
  }
}

function toMention(draft: Draft, sentence: Sentence, context: StageContext): EventMention {
  const { document, segment, work } = sentence;
  const { trigger } = draft;
  return {
    id: stableId('evm', document.id, trigger.start, trigger.type),
    type: trigger.type,
    trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
    date: draft.date,
    participants: draft.participants,
    location: draft.location,
    quantities: draft.quantities,
    evidence: {
      document: document.id,
      source: document.source,
      segment: segment.id,
      start: segment.start,
      end: segment.end,
      language: sentence.lexicon.code,
      text: segment.text,
    },
    snippet: work.snippet,
    attribution: work.attribution,
    summary: summarize({
      ...draft,
      location: draft.location && { ...draft.location, type: sentence.mentionById.get(draft.location.mention)?.type ?? null },
      type: trigger.type,
      trigger: { text: trigger.text, phrase: trigger.phrase, nominal: trigger.kind === 'noun', language: sentence.lexicon.code },
    }, context),
    confidence: confidence(draft),
    rule: `events/${sentence.lexicon.code}/${trigger.kind}:${trigger.phrase}`,
  };
}

function confidence(draft: Draft): number {
  let score = draft.trigger.verbal ? 0.5 : 0.35;
  if (draft.date) score += draft.date.inferred.includes('date') ? 0.1 : 0.2;
  if (draft.participants.length > 0) score += 0.1;
  if (draft.location) score += 0.1;
  if (draft.quantities.length > 0) score += 0.05;
  return Math.round(Math.min(score, 0.95) * 100) / 100;
}
