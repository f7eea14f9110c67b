/**
 * Writes values: EDTF for calendar points and intervals (1938-07-29, 1938-22 summer,
 * 193X, 19XX, -0199, 1989-35 third quarter), ISO 8601 for durations (P3D, PT1H, P2.5Y,
 * PXD for a vague amount), each with its precision.
 */
import type { Precision } from '../model.js';
import type { Amount, Fields } from './types.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A year in EDTF: four digits, astronomical sign ('-0199' for 200 BC). */
function formatYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** EDTF code of a quarter (33-36). */
const QUARTER_BASE = 32;

/**
 * The EDTF value and precision of resolved calendar fields.
 *
 * @param fields resolved fields (known and implied together).
 * @param clock minutes after midnight, if a time is given.
 * @returns the value ('XXXX' stands for an unknown year) and its precision.
 * @example pointValue({ year: 1938, month: 8, day: 11 }, 720) // { value: '1938-08-11T12:00', precision: 'time' }
 */
export function pointValue(fields: Fields, clock: number | null = null): { value: string; precision: Precision } {
  if (fields.century !== undefined && fields.year === undefined) return { value: `${pad(fields.century, 2)}XX`, precision: 'century' };
  if (fields.decade !== undefined && fields.year === undefined) return { value: `${pad(fields.decade, 3)}X`, precision: 'decade' };
  const year = fields.year === undefined ? 'XXXX' : formatYear(fields.year);
  if (fields.season !== undefined) return { value: `${year}-${fields.season}`, precision: 'season' };
  if (fields.quarter !== undefined) return { value: `${year}-${QUARTER_BASE + fields.quarter}`, precision: 'season' };
  if (fields.month === undefined) return { value: year, precision: 'year' };
  const month = `${year}-${pad(fields.month, 2)}`;
  if (fields.day === undefined) return { value: month, precision: 'month' };
  const day = `${month}-${pad(fields.day, 2)}`;
  if (clock === null) return { value: day, precision: 'day' };
  return { value: `${day}T${pad(Math.floor(clock / 60), 2)}:${pad(clock % 60, 2)}`, precision: 'time' };
}

/**
 * An ISO 8601 duration ('P3D', 'PT1H', 'PXM' for a vague amount, 'P1D/P3D' for a range).
 *
 * @example durationValue({ value: 20, unit: 'M' }) // 'P20M'
 */
export function durationValue(amount: Amount): string {
  const one = (value: number | null): string => {
    const number = value === null ? 'X' : String(value);
    if (amount.unit.startsWith('T')) return `PT${number}${amount.unit.slice(1)}`;
    return `P${number}${amount.unit}`;
  };
  return amount.to === undefined ? one(amount.value) : `${one(amount.value)}/${one(amount.to)}`;
}

const ORDER: Precision[] = ['time', 'day', 'month', 'season', 'year', 'decade', 'century', 'millennium', 'unknown'];

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
