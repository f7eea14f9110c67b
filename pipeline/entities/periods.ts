/**
 * Names whose referent changed with the period: in a text about 1938 "Russia" is the
 * Soviet Union, in 1886 the Russian Empire. A gazetteer entry lists what its names
 * denote during which years (`denotes`); a mention takes the year of the nearest dated
 * expression in its sentence, else the median year of its document's dates. A sentence
 * that also names the period's entity contrasts the two ("USSR/Russia") and keeps the name's
 * own entry.
 */
import type { Document, Mention } from '../model.js';
import type { Gazetteer } from './gazetteer.js';
import { pushTo } from './grouping.js';

/** Years of a document's dates: by segment (start and year), and the median of all. */
export interface DocumentYears {
  bySegment: ReadonlyMap<string, readonly { start: number; year: number }[]>;
  median: number | null;
}

/** The year a timex value starts with ("1938-07-29" -> 1938), or null. */
function yearOf(value: string | null): number | null {
  const match = value === null ? null : /^(\d{4})(?:$|-)/.exec(value);
  return match ? Number(match[1]) : null;
}

/**
 * The dated years of a document.
 *
 * @example documentYears(document).median // 1938
 */
export function documentYears(document: Document): DocumentYears {
  const bySegment = new Map<string, { start: number; year: number }[]>();
  const all: number[] = [];
  for (const timex of document.timexes) {
    const year = yearOf(timex.value);
    if (year === null) continue;
    all.push(year);
    pushTo(bySegment, timex.segment, { start: timex.start, year });
  }
  all.sort((a, b) => a - b);
  return { bySegment, median: all.length === 0 ? null : all[Math.floor((all.length - 1) / 2)]! };
}

/**
 * The gazetteer entry a mention denotes in its period.
 *
 * @param key The entry its name matched ("russia").
 * @param mention The mention.
 * @param years Its document's dated years.
 * @param sentenceKeys Entry keys other mentions of its sentence matched.
 * @returns The period's entry ("soviet-union"), or `key` itself.
 */
export function periodKey(key: string, mention: Mention, years: DocumentYears, sentenceKeys: ReadonlySet<string>, gazetteer: Gazetteer): string {
  const denotes = gazetteer.entries.get(key)?.denotes ?? [];
  if (denotes.length === 0) return key;
  const near = years.bySegment.get(mention.segment) ?? [];
  const nearest = near.reduce<{ start: number; year: number } | null>((best, item) => (best === null || Math.abs(item.start - mention.start) < Math.abs(best.start - mention.start) ? item : best), null);
  const year = nearest?.year ?? years.median;
  if (year === null) return key;
  const period = denotes.find((item) => item.from <= year && year <= item.to);
  return period && !sentenceKeys.has(period.key) && gazetteer.entries.has(period.key) ? period.key : key;
}
