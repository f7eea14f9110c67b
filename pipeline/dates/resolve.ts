/**
 * Anchors the candidates of a document to the narrative and writes their values.
 *
 * - A missing year comes from the last explicit year of the section, then of the
 *   document, then from the document date; never from the clock, and a two-digit year
 *   takes the narrative's century (no pivot window). A year far from the narrative's
 *   (an 1886 treaty cited among 1938 events, a 2007 book) is a digression and does not
 *   move it; the first year of a section always sets it.
 * - Anaphoric expressions ('the same day', 'a day later', 'the next morning') anchor on
 *   the last date of the section; deictic ones ('today', 'last year', 'ago') on the
 *   document date when it is known, else on the narrator's present when the text tells it
 *   ('77 years have passed since' the story's year: 1939 + 77), else on the narrative.
 */
import type { Precision, Relative, TimexType } from '../model.js';
import { addDays, addMonths, isoWeek, nthWeekdayOf, shiftFields, weekdayOf } from './calendar.js';
import { coarser, durationValue, pointValue } from './normalize.js';
import type { Amount, Candidate, DatePoint, Fields, Meaning, Shift, TimexCandidate, Unit } from './types.js';

/** A candidate placed in its document. */
export interface ResolveItem {
  candidate: Candidate;
  /** Code-point span in the document. */
  start: number;
  end: number;
  text: string;
  /** The section (or any other narrative unit) it belongs to. */
  scope: string;
  /** The sentence it belongs to, when known: a year stated in it dates the event an elapsed time counts from. */
  sentence?: string;
}

/** What the resolver knows beyond the text. */
export interface ResolveOptions {
  /** The document's creation date (ISO `YYYY[-MM[-DD]]`), anchor of deictic expressions. */
  reference?: string | null;
  /**
   * Where a year-less date takes its year (HeidelTime's document types): `narrative` (the
   * default, for histories) from the last year the text states; `news` from the document
   * date: the year that puts the date at most nine months before or three after it; and
   * 'a year earlier' counts, like 'a year ago', from the period compared or the document date.
   */
  style?: 'narrative' | 'news';
  /** Id of a timex given its code-point span, for `relative.anchor`. */
  anchorId?: (start: number, end: number) => string;
}

/** A weekday at most this many days after the anchor is the coming one ('Tuesday' in a Monday report). */
const NEAR_FUTURE_DAYS = 1;

/** A year this far before the narrative's is a digression, not a move of the narrative. */
const DIGRESSION_YEARS = 25;

interface Anchor {
  fields: Fields;
  precision: Precision;
  start: number;
  end: number;
  value: string;
}

interface Scope {
  year: number | null;
  last: Anchor | null;
}

const UNIT_PRECISION: Record<Unit, Precision> = {
  D: 'day', W: 'day', WE: 'day', M: 'month', Q: 'season', Y: 'year', DE: 'decade', CE: 'century', TH: 'time', TM: 'time', TS: 'time',
};

function parseReference(reference: string | null | undefined): Anchor | null {
  const match = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(reference ?? '');
  if (!match) return null;
  const fields: Fields = { year: Number(match[1]) };
  if (match[2]) fields.month = Number(match[2]);
  if (match[3]) fields.day = Number(match[3]);
  const { value, precision } = pointValue(fields);
  return { fields, precision, start: -1, end: -1, value };
}

/** Keep only the fields of a precision or coarser. */
function truncate(fields: Fields, precision: Precision): Fields {
  switch (precision) {
    case 'year':
      return { year: fields.year as number };
    case 'month':
      return { year: fields.year as number, month: fields.month as number };
    case 'decade':
      return { decade: Math.floor((fields.year as number) / 10) };
    case 'century':
      return { century: Math.floor((fields.year as number) / 100) };
    default:
      return fields;
  }
}

function precisionOf(fields: Fields): Precision {
  if (fields.day !== undefined) return 'day';
  if (fields.month !== undefined) return 'month';
  if (fields.season !== undefined || fields.quarter !== undefined) return 'season';
  return 'year';
}

function nearestYearWithDigits(digits: number, around: number): number {
  const base = around - (((around % 100) + 100) % 100) + digits;
  return [base - 100, base, base + 100].reduce((best, year) => (Math.abs(year - around) < Math.abs(best - around) ? year : best));
}

/** The resolver's running state over one document. */
class Narrative {
  private documentYear: number | null = null;
  private readonly scopes = new Map<string, Scope>();
  readonly reference: Anchor | null;
  /** The narrator's present read from the text ('77 years have passed since …'), when no document date is known. */
  readonly present: NarratorsPresent | null;
  private readonly anchorId: (start: number, end: number) => string;

  private readonly style: 'narrative' | 'news';

  /** Whether the text is news, whose expressions count from the report's date. */
  get news(): boolean {
    return this.style === 'news';
  }

  /** @param ordered the document's items in text order, read for the narrator's present when no document date is known */
  constructor(options: ResolveOptions, ordered: ResolveItem[]) {
    this.reference = parseReference(options.reference);
    this.present = this.reference ? null : narratorsPresent(ordered);
    this.style = options.style ?? 'narrative';
    this.anchorId = options.anchorId ?? ((start, end) => `${start}-${end}`);
  }

  scope(name: string): Scope {
    let scope = this.scopes.get(name);
    if (!scope) {
      scope = { year: null, last: null };
      this.scopes.set(name, scope);
    }
    return scope;
  }

  /** The year a year-less date takes. */
  year(scope: Scope, month?: number, future = false): number | null {
    const reference = this.reference?.fields;
    if (this.style === 'news' && reference?.year !== undefined) {
      if (month === undefined || reference.month === undefined) return reference.year;
      // a month in a sentence about the future is the next such month; otherwise news
      // looks back: up to three months ahead is this year's, further ahead last year's
      const distance = month - reference.month;
      if (future) return reference.year + (distance < 0 ? 1 : 0);
      return reference.year + (distance > 3 ? -1 : distance < -9 ? 1 : 0);
    }
    return scope.year ?? this.documentYear ?? reference?.year ?? null;
  }

  /** Record a year the text states. */
  stateYear(scope: Scope, year: number): void {
    const far = (current: number | null): boolean => current !== null && Math.abs(year - current) > DIGRESSION_YEARS;
    if (!far(scope.year)) scope.year = year;
    if (!far(this.documentYear)) this.documentYear = year;
  }

  /** The date an expression counts from; at worst the narrative's year ('of this year' in a 1938 order). */
  anchorFor(scope: Scope, kind: 'deictic' | 'anaphoric'): Anchor | null {
    const found = kind === 'deictic' ? (this.deictic ?? scope.last) : (scope.last ?? this.reference);
    if (found) return found;
    const year = scope.year ?? this.documentYear;
    return year === null ? null : { fields: { year }, precision: 'year', start: -1, end: -1, value: pointValue({ year }).value };
  }

  /** What deictic expressions count from: the document date, else the narrator's present. */
  get deictic(): Anchor | null {
    return this.reference ?? this.present?.now ?? null;
  }

  relative(anchor: Anchor): Relative {
    return { anchor: anchor.start < 0 ? null : this.anchorId(anchor.start, anchor.end), anchorValue: anchor.value };
  }
}

interface Resolution {
  type: TimexType;
  value: string | null;
  precision: Precision;
  inferred: string[];
  relative: Relative | null;
  /** The resolved point, when this expression can anchor later ones. */
  fields?: Fields;
}

function resolvePoint(point: DatePoint, clock: number | null, scope: Scope, narrative: Narrative): Resolution {
  const fields: Fields = { ...point.implied, ...point.known };
  const inferred: string[] = [];
  let relative: Relative | null = null;
  const datable = fields.year === undefined && fields.decade === undefined && fields.century === undefined;
  if (datable && point.yearShift) {
    const anchor = narrative.anchorFor(scope, point.yearShift.anchor);
    if (anchor?.fields.year !== undefined) {
      fields.year = anchor.fields.year + point.yearShift.by;
      relative = narrative.relative(anchor);
    }
    inferred.push('year');
  } else if (datable && point.decadeDigit !== undefined) {
    const around = narrative.year(scope);
    if (around !== null) {
      fields.decade = Math.floor(nearestYearWithDigits(point.decadeDigit * 10 + 5, around) / 10);
      inferred.push('century');
    }
  } else if (datable && point.yearDigits !== undefined) {
    const around = narrative.year(scope);
    if (around !== null) {
      fields.year = nearestYearWithDigits(point.yearDigits, around);
      inferred.push('century');
    }
  } else if (datable) {
    // a quarter counts from its first month: 'the fourth quarter' in a January report is last year's
    const month = fields.month ?? (fields.quarter !== undefined ? 3 * fields.quarter - 2 : undefined);
    const year = narrative.year(scope, month, point.future === true);
    if (year !== null) fields.year = year;
    inferred.push('year');
  }
  if (point.nthWeekday && fields.year !== undefined && fields.month !== undefined) {
    fields.day = nthWeekdayOf(fields.year, fields.month, point.nthWeekday.weekday, point.nthWeekday.nth);
  }
  const { value, precision } = pointValue(fields, clock);
  return { type: clock === null ? 'date' : 'time', value, precision, inferred, relative, fields };
}

/** The first month of each season (21 spring … 24 winter). */
const SEASON_FIRST_MONTH: readonly number[] = [3, 6, 9, 12];

function seasonYear(anchor: Fields, season: number, by: number): number {
  const year = anchor.year as number;
  const month = anchor.month ?? 6;
  const first = SEASON_FIRST_MONTH[season - 21] as number;
  if (by === 0) return year;
  if (by > 0) return month < first ? year : year + 1;
  return month > first + 2 ? year : year - 1;
}

function resolveShift(shift: Shift, scope: Scope, narrative: Narrative): Resolution {
  const target = shift.target;
  const anchor = narrative.anchorFor(scope, shift.anchor);
  const none: Resolution = { type: 'date', value: null, precision: 'unknown', inferred: [], relative: null };
  if (!anchor || anchor.fields.year === undefined) return none;
  const base = anchor.fields;
  const relative = narrative.relative(anchor);
  let fields: Fields | null = null;
  let week: string | null = null;
  if ('season' in target) {
    fields = { year: seasonYear(base, target.season, shift.by), season: target.season };
  } else if ('month' in target) {
    const month = base.month ?? target.month;
    const year = (base.year as number) + (shift.by > 0 && target.month <= month ? 1 : shift.by < 0 && target.month >= month ? -1 : 0);
    fields = { year, month: target.month };
  } else if ('weekday' in target) {
    if (base.day === undefined) return { ...none, relative };
    const delta = target.weekday - weekdayOf(base);
    const days = shift.by > 0 ? (delta <= 0 ? delta + 7 : delta) : shift.by < 0 ? (delta >= 0 ? delta - 7 : delta) : delta;
    fields = addDays(base, days);
  } else {
    const unit = target.unit;
    if (unit === 'W' || unit === 'WE') {
      if (base.day === undefined) return { ...none, relative };
      const { year, week: number } = isoWeek(addDays(base, 7 * shift.by));
      week = `${String(year).padStart(4, '0')}-W${String(number).padStart(2, '0')}${unit === 'WE' ? '-WE' : ''}`;
    } else if (unit === 'Q') {
      if (base.month === undefined) return { ...none, relative };
      const moved = addMonths(base, 3 * shift.by);
      fields = { year: moved.year as number, quarter: Math.floor(((moved.month as number) - 1) / 3) + 1 };
    } else {
      const moved = shiftFields(base, unit, shift.by);
      const precision = UNIT_PRECISION[unit];
      if (!moved) {
        // 'the same day' after a month-precise date keeps the anchor's precision
        if (shift.by === 0) fields = base;
        else return { ...none, relative };
      } else fields = truncate(moved, coarser(precision, anchor.precision));
    }
  }
  if (week !== null) return { type: 'date', value: week, precision: 'day', inferred: [], relative };
  const { value, precision } = pointValue(fields as Fields);
  return { type: 'date', value, precision, inferred: [], relative, fields: fields as Fields };
}

function resolveOffset(amount: Amount, direction: 1 | -1, kind: 'deictic' | 'anaphoric', vague: boolean, scope: Scope, narrative: Narrative): Resolution {
  // 'ago' counts back from the time of writing (without a document date there is nothing
  // to count from), except in a comparison with the quarter or season the narrative is
  // about: 'third-quarter profit rose from a year ago' is the third quarter of the year before
  // (a month or a week is counted from the day of writing: 'a month ago' in a quarterly report)
  const comparison = scope.last?.precision === 'season' && (amount.unit === 'Y' || amount.unit === 'Q') ? scope.last : null;
  // news counts 'a year earlier' like 'a year ago': from the period compared or the report's date
  const anchor =
    kind === 'deictic' ? (comparison ?? narrative.deictic)
    : narrative.news ? (comparison ?? narrative.reference ?? narrative.anchorFor(scope, kind))
    : narrative.anchorFor(scope, kind);
  if (amount.value === null) {
    const value = kind === 'deictic' ? (direction < 0 ? 'PAST_REF' : 'FUTURE_REF') : null;
    return { type: 'date', value, precision: 'unknown', inferred: [], relative: anchor ? narrative.relative(anchor) : null };
  }
  if (!anchor) return { type: 'date', value: null, precision: 'unknown', inferred: [], relative: null };
  const moved = shiftFields(anchor.fields, amount.unit, direction * amount.value);
  if (!moved) return { type: 'date', value: null, precision: 'unknown', inferred: [], relative: narrative.relative(anchor) };
  const unitPrecision = UNIT_PRECISION[amount.unit];
  // from the document date the unit sets the precision ('50 years ago' = a year); from the
  // narrative the anchor does ('a year later' after December 1931 = December 1932,
  // 'a year earlier' after the third quarter = the third quarter of the year before),
  // coarsened to the unit when a modifier makes the amount vague ('less than a year later')
  const precision = anchor.start < 0 || vague ? coarser(unitPrecision, anchor.precision) : anchor.precision;
  const fields = truncate(moved, precision);
  const { value, precision: written } = pointValue(fields);
  return { type: 'date', value, precision: written, inferred: [], relative: narrative.relative(anchor), fields };
}

/** The anchor's fields at a unit's precision, the period the unit counts from (a season's first month). */
function unitStart(fields: Fields, unit: Unit): Fields | null {
  if (fields.year === undefined) return null;
  if (unit === 'Y') return { year: fields.year };
  const month = fields.month ?? (fields.season !== undefined ? SEASON_FIRST_MONTH[fields.season - 21] : undefined) ?? (fields.quarter !== undefined ? 3 * fields.quarter - 2 : undefined);
  if (unit === 'M') return month === undefined ? null : { year: fields.year, month };
  if (unit === 'D' || unit === 'W') return fields.day === undefined || month === undefined ? null : { year: fields.year, month, day: fields.day };
  return null;
}

function resolveStretch(meaning: Extract<Meaning, { kind: 'stretch' }>, scope: Scope, narrative: Narrative): Resolution {
  const none: Resolution = { type: 'range', value: null, precision: 'unknown', inferred: [], relative: null };
  // an event's stretch ('the first days of the conflict') starts when the event did, which the narrative does not say
  if (meaning.event) return none;
  const anchor = narrative.anchorFor(scope, 'anaphoric');
  const base = anchor ? unitStart(anchor.fields, meaning.unit) : null;
  const first = base ? shiftFields(base, meaning.unit, meaning.from) : null;
  const last = first ? shiftFields(first, meaning.unit, meaning.length - 1) : null;
  if (!anchor || !first || !last) return { ...none, relative: anchor ? narrative.relative(anchor) : null };
  const from = pointValue(first);
  return { type: 'range', value: `${from.value}/${pointValue(last).value}`, precision: from.precision, inferred: [], relative: narrative.relative(anchor) };
}

function resolveOne(item: ResolveItem, scope: Scope, narrative: Narrative): Resolution {
  const candidate = item.candidate;
  const meaning = candidate.meaning;
  switch (meaning.kind) {
    case 'point':
      return resolvePoint(meaning.point, candidate.clock, scope, narrative);
    case 'range': {
      const from = resolvePoint(meaning.from, null, scope, narrative);
      const to = resolvePoint(meaning.to, null, scope, narrative);
      const inferred = [...new Set([...from.inferred, ...to.inferred])];
      return { type: 'range', value: `${from.value}/${to.value}`, precision: coarser(from.precision, to.precision), inferred, relative: null, ...(to.fields ? { fields: to.fields } : {}) };
    }
    case 'list': {
      const items = meaning.items.map((item) => resolvePoint(item, null, scope, narrative));
      const first = items[0] as Resolution;
      const last = items[items.length - 1] as Resolution;
      return { type: 'date', value: `{${items.map((item) => item.value).join(',')}}`, precision: first.precision, inferred: first.inferred, relative: null, ...(last.fields ? { fields: last.fields } : {}) };
    }
    case 'weekday': {
      const anchor = narrative.anchorFor(scope, 'deictic');
      if (!anchor || anchor.fields.day === undefined) {
        return { type: 'date', value: `XXXX-WXX-${meaning.weekday}`, precision: 'day', inferred: [], relative: null };
      }
      const delta = meaning.weekday - weekdayOf(anchor.fields);
      const ahead = delta > 0 ? delta : delta + 7;
      // the most recent such day, unless the clause speaks of the future or the day is
      // just ahead ('Tuesday' in a Monday report is tomorrow, not six days ago)
      const days = delta === 0 ? 0 : meaning.future || ahead <= NEAR_FUTURE_DAYS ? ahead : ahead - 7;
      const fields = addDays(anchor.fields, days);
      const { value, precision } = pointValue(fields, candidate.clock);
      return { type: candidate.clock === null ? 'date' : 'time', value, precision, inferred: [], relative: narrative.relative(anchor), fields };
    }
    case 'shift':
      return resolveShift(meaning.shift, scope, narrative);
    case 'day': {
      // a day needs a day to count from: a month- or year-precise narrative yields to the document date
      const found = narrative.anchorFor(scope, meaning.anchor);
      const anchor = found?.fields.day === undefined && narrative.reference?.fields.day !== undefined ? narrative.reference : found;
      if (!anchor) return { type: candidate.clock === null ? 'date' : 'time', value: null, precision: 'unknown', inferred: [], relative: null };
      const fields = anchor.fields.day === undefined ? anchor.fields : addDays(anchor.fields, meaning.by);
      if (anchor.fields.day === undefined && meaning.by !== 0) return { type: 'date', value: null, precision: 'unknown', inferred: [], relative: narrative.relative(anchor) };
      const { value, precision } = pointValue(fields, anchor.fields.day === undefined ? null : candidate.clock);
      return { type: precision === 'time' ? 'time' : 'date', value, precision, inferred: [], relative: narrative.relative(anchor), fields };
    }
    case 'reference':
      return { type: 'date', value: meaning.value, precision: 'unknown', inferred: [], relative: null };
    case 'duration':
      return { type: 'duration', value: durationValue(meaning.amount), precision: UNIT_PRECISION[meaning.amount.unit], inferred: [], relative: null };
    case 'elapsed': {
      // the cue of the narrator's present counts from the event it names
      const since = narrative.present?.cue === item ? narrative.present.since : null;
      const anchor = since ?? narrative.anchorFor(scope, 'anaphoric');
      return { type: 'duration', value: durationValue(meaning.amount), precision: UNIT_PRECISION[meaning.amount.unit], inferred: [], relative: anchor ? narrative.relative(anchor) : null };
    }
    case 'offset':
      // news (TimeML) marks only the amount of 'one year after the war': a duration
      if (meaning.event && narrative.news) return { type: 'duration', value: durationValue(meaning.amount), precision: UNIT_PRECISION[meaning.amount.unit], inferred: [], relative: null };
      return resolveOffset(meaning.amount, meaning.direction, meaning.anchor, meaning.vague, scope, narrative);
    case 'stretch':
      return resolveStretch(meaning, scope, narrative);
    case 'set':
      return { type: 'set', value: meaning.period, precision: 'unknown', inferred: [], relative: null };
  }
}

/** The narrator's present, the event it counts from, and the expression that says so. */
interface NarratorsPresent {
  now: Anchor;
  since: Anchor;
  cue: ResolveItem;
}

function yearAnchor(year: number, start: number, end: number): Anchor {
  return { fields: { year }, precision: 'year', start, end, value: pointValue({ year }).value };
}

/** An amount of years that tells how long ago an event was ('77 years have passed since', '80 years ago'). */
function elapsedYears(candidate: Candidate): { years: number; needsYear: boolean } | null {
  const meaning = candidate.meaning;
  const amount = meaning.kind === 'elapsed' || (meaning.kind === 'offset' && meaning.anchor === 'deictic' && meaning.direction < 0 && !meaning.vague) ? meaning.amount : null;
  if (!amount || amount.unit !== 'Y' || amount.value === null || !Number.isInteger(amount.value)) return null;
  // 'N years have passed' speaks of the story's own event; 'N years ago' needs a year beside it
  return { years: amount.value, needsYear: meaning.kind !== 'elapsed' };
}

/**
 * Reads the time of writing from the text, for a document without a date: 'N years have
 * passed since <event>' or '<year> …, N years ago' put the present N years after the event's
 * year: the year stated in the same sentence (the nearest), else, for an elapsed time, the
 * year the document states most often (the story it tells). The first such cue counts.
 */
function narratorsPresent(ordered: ResolveItem[]): NarratorsPresent | null {
  const stated = ordered.flatMap((item) => statedYears(item.candidate).map((year) => ({ year, item })));
  let dominant: { year: number; item: ResolveItem } | null = null;
  const counts = new Map<number, number>();
  for (const entry of stated) {
    const count = (counts.get(entry.year) ?? 0) + 1;
    counts.set(entry.year, count);
    if (!dominant || count > (counts.get(dominant.year) ?? 0)) dominant = entry;
  }
  for (const cue of ordered) {
    const elapsed = elapsedYears(cue.candidate);
    if (!elapsed) continue;
    const distance = (entry: { item: ResolveItem }): number => Math.min(Math.abs(entry.item.start - cue.end), Math.abs(cue.start - entry.item.end));
    const inSentence = cue.sentence === undefined ? [] : stated.filter((entry) => entry.item !== cue && entry.item.sentence === cue.sentence);
    const nearest = inSentence.reduce<(typeof stated)[number] | null>((best, entry) => (!best || distance(entry) < distance(best) ? entry : best), null);
    const event = nearest ?? (elapsed.needsYear ? null : dominant);
    if (!event) continue;
    const since = nearest ? yearAnchor(event.year, nearest.item.start, nearest.item.end) : yearAnchor(event.year, -1, -1);
    return { now: yearAnchor(event.year + elapsed.years, cue.start, cue.end), since, cue };
  }
  return null;
}

function statedYears(candidate: Candidate): number[] {
  const meaning = candidate.meaning;
  const points = meaning.kind === 'point' ? [meaning.point] : meaning.kind === 'range' ? [meaning.from, meaning.to] : meaning.kind === 'list' ? meaning.items : [];
  return points.flatMap((point) => (point.known.year === undefined ? [] : [point.known.year]));
}

/**
 * Resolve the candidates of one document, in text order.
 *
 * @param items candidates with their code-point spans and narrative scope, in any order.
 * @param options the document date, and how to name anchors.
 * @returns one timex candidate per item, sorted by start, then end.
 * @example resolveTimexes(items, { reference: '1998-08-07' })
 */
export function resolveTimexes(items: ResolveItem[], options: ResolveOptions = {}): TimexCandidate[] {
  const ordered = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  const narrative = new Narrative(options, ordered);
  return ordered.map((item) => {
    const scope = narrative.scope(item.scope);
    const resolution = resolveOne(item, scope, narrative);
    for (const year of statedYears(item.candidate)) narrative.stateYear(scope, year);
    // in news a compared period ('a year ago', 'year-earlier') is no new period of the report: the
    // next comparison still counts from the one reported ('third-quarter net … a year earlier')
    const comparison = narrative.news && item.candidate.meaning.kind === 'offset';
    const fields = comparison ? undefined : resolution.fields;
    if (fields && resolution.value !== null && fields.year !== undefined && fields.decade === undefined && fields.century === undefined) {
      scope.last = { fields, precision: precisionOf(fields), start: item.start, end: item.end, value: resolution.value };
    }
    return {
      start: item.start,
      end: item.end,
      text: item.text,
      type: resolution.type,
      value: resolution.value,
      precision: resolution.precision,
      inferred: resolution.inferred,
      qualifier: item.candidate.qualifier,
      relative: resolution.relative,
      rule: item.candidate.rule,
    };
  });
}
