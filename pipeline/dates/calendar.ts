/**
 * Calendar arithmetic on resolved fields: shifting by days, months and years, ISO weeks,
 * weekdays. Proleptic Gregorian, through `Date.UTC` (no clock, no time zone).
 */
import type { Fields, Unit } from './types.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day. */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return Math.round(date.getTime() / DAY_MS);
}

function fromDayNumber(days: number): Fields {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday (1 Monday … 7 Sunday) of a day. */
export function weekdayOf(fields: Fields): number {
  const days = dayNumber(fields.year as number, fields.month as number, fields.day as number);
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** The day `count` days after (or before, when negative) a day. */
export function addDays(fields: Fields, count: number): Fields {
  return fromDayNumber(dayNumber(fields.year as number, fields.month as number, fields.day as number) + count);
}

/** The month `count` months after a month (the day is kept when it has one and fits). */
export function addMonths(fields: Fields, count: number): Fields {
  const index = (fields.year as number) * 12 + ((fields.month as number) - 1) + count;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (fields.day === undefined) return { year, month };
  const last = fromDayNumber(dayNumber(year, month + 1, 1) - 1).day as number;
  return { year, month, day: Math.min(fields.day, last) };
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(fields: Fields): { year: number; week: number } {
  const thursday = addDays(fields, 4 - weekdayOf(fields));
  const first = dayNumber(thursday.year as number, 1, 1);
  const week = Math.floor((dayNumber(thursday.year as number, thursday.month as number, thursday.day as number) - first) / 7) + 1;
  return { year: thursday.year as number, week };
}

/**
 * Move a resolved point by an amount of a unit, keeping the point's own fields.
 *
 * @returns the moved fields, or null when the point is too coarse for the unit.
 */
export function shiftFields(fields: Fields, unit: Unit, amount: number): Fields | null {
  if (fields.year === undefined) return null;
  const whole = Number.isInteger(amount);
  switch (unit) {
    case 'D':
      return fields.day === undefined || !whole ? null : addDays(fields, amount);
    case 'W':
    case 'WE':
      return fields.day === undefined ? null : whole ? addDays(fields, 7 * amount) : null;
    case 'M':
      return fields.month === undefined ? null : whole ? addMonths(fields, amount) : null;
    case 'Q':
      return fields.month === undefined ? null : whole ? addMonths(fields, 3 * amount) : null;
    case 'Y':
      if (fields.month === undefined) return whole ? { ...fields, year: fields.year + amount } : null;
      return Number.isInteger(amount * 12) ? addMonths(fields, amount * 12) : null;
    case 'DE':
      return whole ? (fields.month === undefined ? { year: fields.year + 10 * amount } : addMonths(fields, 120 * amount)) : null;
    case 'CE':
      return whole ? { year: fields.year + 100 * amount } : null;
    default:
      return null;
  }
}

/** The day of the n-th given weekday of a month (n = -1: the last). */
export function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    return 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1);
  }
  const lastDay = addDays(addMonths({ year, month, day: 1 }, 1), -1).day as number;
  const last = weekdayOf({ year, month, day: lastDay });
  return lastDay - ((last - weekday + 7) % 7);
}
