/**
 * The shapes a date grammar works with: what a parser finds in a text (a `Candidate`, in
 * UTF-16 indices of the text it scans), and what the resolver turns it into (a
 * `TimexCandidate`, in code points, with an EDTF value).
 *
 * Calendar fields follow chrono's known/implied split: `known` holds what the text states,
 * `implied` what the resolver fills in (a year from the narrative); `inferred` on the
 * result lists the implied fields.
 */
import type { Timex } from '../model.js';

/** A calendar field a date expression can state. */
export type Field =
  | 'year'
  | 'month'
  | 'day'
  | 'season'
  | 'quarter'
  | 'decade'
  | 'century'
  | 'hour'
  | 'minute'
  | 'weekday';

/** Values of calendar fields (a year is astronomical: 200 BC = -199). */
export type Fields = Partial<Record<Field, number>>;

/** A point on the calendar as the text gives it. */
export interface DatePoint {
  /** Fields the text states. */
  known: Fields;
  /** Fields filled in from elsewhere (a range's other end, the narrative year). */
  implied: Fields;
  /** A year that comes from a relative phrase ('May of this year'). */
  yearShift?: Shift;
  /** The last two digits of a year printed short ('08/06/38'); the narrative gives the century. */
  yearDigits?: number;
  /** The tens digit of a decade named without its century ('the thirties', "the '30s"); the narrative gives the century. */
  decadeDigit?: number;
  /** A day named as the n-th weekday of its month ('Thanksgiving': the 4th Thursday of November); the day follows from the year. */
  nthWeekday?: { weekday: number; nth: number };
  /** A year-less date in a sentence about the future: in the news style the next such date. */
  future?: boolean;
}

/** Units of time, as ISO 8601 duration designators (`TH` hour, `TM` minute, `DE` decade, `CE` century, `WE` weekend). */
export type Unit = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'TH' | 'TM' | 'TS' | 'WE';

/** What a relative word shifts: a unit, or a named month, season or weekday. */
export type ShiftTarget =
  | { unit: Unit }
  | { month: number }
  | { season: number }
  | { weekday: number };

/** 'the next morning', 'last year', 'susunod na tag-init'. */
export interface Shift {
  target: ShiftTarget;
  /** -1 previous, 0 same, +1 next. */
  by: number;
  /** Document date (deictic) or last date of the narrative (anaphoric). */
  anchor: 'deictic' | 'anaphoric';
}

/** An amount of a unit; `null` amount is vague (TimeML `X`). */
export interface Amount {
  value: number | null;
  unit: Unit;
  /** Upper end of an amount range ('one to three days'). */
  to?: number;
}

/** What a parser found: the expression's meaning before resolution. */
export type Meaning =
  | { kind: 'point'; point: DatePoint }
  | { kind: 'range'; from: DatePoint; to: DatePoint }
  | { kind: 'list'; items: DatePoint[] }
  | { kind: 'weekday'; weekday: number; future: boolean }
  | { kind: 'shift'; shift: Shift }
  | { kind: 'day'; by: number; anchor: 'deictic' | 'anaphoric' }
  | { kind: 'reference'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'duration'; amount: Amount }
  /**
   * 'three days later'; `vague` when a modifier blurs the amount ('less than a year later')
   * or the anchor is an event ('five months before the start of the conflict', `event`).
   */
  | { kind: 'offset'; amount: Amount; direction: 1 | -1; anchor: 'deictic' | 'anaphoric'; vague: boolean; event: boolean }
  | { kind: 'elapsed'; amount: Amount }
  /**
   * A vague stretch of units from the last date of the narrative ('the following days'):
   * it starts `from` units after it and lasts `length` units; `event` when it belongs to an
   * event rather than to the narrative's date ('the first days of the conflict').
   */
  | { kind: 'stretch'; unit: Unit; from: number; length: number; event: boolean }
  | { kind: 'set'; period: string; quant: string | null };

/** A match of one parser, in UTF-16 indices of the scanned text. */
export interface Candidate {
  start: number;
  end: number;
  meaning: Meaning;
  /** Part of a period or of a day: early, mid, end, morning, night, … */
  qualifier: string | null;
  /** A clock time on the date, minutes since midnight. */
  clock: number | null;
  /** Provenance: `dates/<lang>/<parser>`. */
  rule: string;
}

/** A resolved temporal expression, in code points of the text: a timex before it is placed in a segment. */
export type TimexCandidate = Omit<Timex, 'id' | 'segment' | 'language'>;
