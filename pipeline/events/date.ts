/**
 * Rule 3 — date attachment: a clause takes the date expression nearest its trigger inside
 * the clause, else the sentence's (preceding first); durations and sets do not date an
 * event. A clause without one that opens with a narrative cue ("On the same day",
 * "kinabukasan") takes the date of the previous dated event of the section; any other
 * undated clause of an order's operative part ("I ORDER: … to disband …") takes the order's
 * date; any other undated clause takes the paragraph's current day or month (narrative
 * time), marked inferred. A year or a period is too coarse to carry ("In 1936-1938 …" dates
 * nothing after). A goal or deadline ("by July 1", "para sa 1933") dates an event only when
 * nothing else does.
 */
import type { EventDate, Span, Timex } from '../model.js';
import type { Narrative, Sentence } from './sentence.js';
import { tokenAt } from './sentence.js';
import { phraseAt, type Token } from './tokens.js';

const DATING = new Set(['date', 'time', 'range']);
/** Values on the calendar, including EDTF sets ({1938-09-08,1938-09-12}): not PRESENT_REF, not XXXX-07-01. */
const CALENDAR = /^(-?\d|[{[]-?\d)/;
/** Values precise enough to carry through a paragraph: a month, a day, a time. */
const DAY = /^\d{4}-\d{2}(-\d{2})?(T[\d:]+)?$/;

/**
 * The date of one event of a sentence.
 *
 * @param sentence the sentence.
 * @param clause the clause of the trigger.
 * @param trigger the trigger span.
 * @param narrative the narrative so far (read only).
 * @returns the date, or null when neither the sentence nor the narrative gives one.
 * @example attachDate(sentence, clause, trigger, narrative)?.value // '1938-07-29'
 */
export function attachDate(sentence: Sentence, clause: Span, trigger: Span, narrative: Narrative): EventDate | null {
  const usable = sentence.timexes.filter((timex) => DATING.has(timex.type) && CALENDAR.test(timex.value ?? ''));
  const dating = usable.filter((timex) => !isPurpose(sentence, timex));
  const distance = (timex: Timex): number =>
    timex.end <= trigger.start ? trigger.start - timex.end : timex.start >= trigger.end ? timex.start - trigger.end : 0;
  const inClause = dating.filter((timex) => timex.start >= clause.start && timex.end <= clause.end);
  const nearest = [...inClause].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
  if (nearest) return fromTimex(nearest);
  const before = dating.filter((timex) => timex.end <= clause.start).at(-1);
  const after = dating.find((timex) => timex.start >= clause.end);
  const fallback = before ?? after;
  if (fallback) return fromTimex(fallback);
  const cue = narrativeCue(sentence, clause);
  if (cue && narrative.lastDate) return shift(narrative.lastDate, cue);
  if (narrative.operative && narrative.orderDate) return shift(narrative.orderDate, { text: null, kind: 'same' });
  const current = narrative.paragraphDate;
  if (current && DAY.test(current.value ?? '')) return shift(current, { text: null, kind: 'same' });
  const goal = usable.find((timex) => timex.start >= clause.start && timex.end <= clause.end) ?? usable[0];
  return goal ? fromTimex(goal) : null;
}

/** Words the purpose marker may stand before the date expression ("para sa pagtatapos ng 1932"). */
const PURPOSE_REACH = 2;

/** A date expression that is the goal of the event ("a plan for 1933"), by a marker just before it. */
function isPurpose(sentence: Sentence, timex: Timex): boolean {
  const at = tokenAt(sentence.tokens, timex.start);
  return sentence.lexicon.purposeMarkers.some((phrase) => {
    for (let end = at; end >= Math.max(0, at - PURPOSE_REACH); end--) {
      const first = end - phrase.words.length;
      if (first >= 0 && phraseAt(sentence.tokens, first, phrase.words)) return true;
    }
    return false;
  });
}

/** An EventDate from a temporal expression. */
export function fromTimex(timex: Timex): EventDate {
  return {
    text: timex.text,
    value: timex.value,
    precision: timex.precision,
    inferred: [...timex.inferred],
    qualifier: timex.qualifier,
    timex: timex.id,
  };
}

interface Cue {
  text: string | null;
  kind: string;
}

/** Words from the clause start within which a narrative cue must begin ("And then", ", and on the same day"). */
const CUE_OPENING = 3;

/** A narrative cue of the lexicon opening the clause: "then" inside "if …, then …" is no cue. */
function narrativeCue(sentence: Sentence, clause: Span): Cue | null {
  const tokens = sentence.tokens.filter((token) => token.start >= clause.start && token.end <= clause.end);
  for (const phrase of sentence.lexicon.narrativeCues) {
    for (let i = 0; i < Math.min(tokens.length, CUE_OPENING); i++) {
      if (phraseAt(tokens, i, phrase.words)) {
        const last = tokens[i + phrase.words.length - 1] as Token;
        return { text: sentence.slice((tokens[i] as Token).start, last.end), kind: phrase.value };
      }
    }
  }
  return null;
}

/** The narrative date as seen by the cue: the same day, or the day after. */
function shift(anchor: EventDate, cue: Cue): EventDate {
  const value = cue.kind === 'next-day' ? nextDay(anchor.value) : anchor.value;
  return {
    text: cue.text,
    value,
    precision: value === null ? 'unknown' : anchor.precision,
    inferred: [...new Set([...anchor.inferred, 'date'])],
    qualifier: anchor.qualifier,
    timex: anchor.timex,
  };
}

function nextDay(value: string | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return date.toISOString().slice(0, 10);
}
