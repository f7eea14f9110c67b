/** Shared checks for the date tests (chrono's testSingleCase / testUnexpectedResult). */
import { expect } from 'vitest';
import { extractTimexes } from '../../pipeline/dates/extract.js';
import type { TimexCandidate } from '../../pipeline/dates/types.js';

/** What a case expects of the one timex it names; offsets default to where `text` first occurs. */
export interface Expected {
  text: string;
  value: string | null;
  type?: TimexCandidate['type'];
  precision?: TimexCandidate['precision'];
  inferred?: string[];
  qualifier?: string | null;
  start?: number;
}

export interface Options {
  reference?: string | null;
  style?: 'narrative' | 'news';
}

/** Code-point index of the first occurrence of `needle` in `haystack`. */
export function codePointIndexOf(haystack: string, needle: string): number {
  const unit = haystack.indexOf(needle);
  if (unit < 0) throw new Error(`test bug: '${needle}' is not in '${haystack}'`);
  return [...haystack.slice(0, unit)].length;
}

/** Asserts that the input yields a timex with exactly this text, span, value and fields. */
export function expectTimex(input: string, language: string, expected: Expected, options: Options = {}): TimexCandidate {
  const found = extractTimexes(input, language, options);
  const timex = found.find((candidate) => candidate.text === expected.text);
  expect(timex, `no timex '${expected.text}' in ${JSON.stringify(found.map((t) => t.text))}`).toBeDefined();
  const actual = timex as TimexCandidate;
  const start = expected.start ?? codePointIndexOf(input, expected.text);
  expect(actual.start).toBe(start);
  expect(actual.end).toBe(start + [...expected.text].length);
  expect([...input].slice(actual.start, actual.end).join('')).toBe(expected.text);
  expect(actual.value).toBe(expected.value);
  if (expected.type !== undefined) expect(actual.type).toBe(expected.type);
  if (expected.precision !== undefined) expect(actual.precision).toBe(expected.precision);
  expect(actual.inferred).toEqual(expected.inferred ?? []);
  if (expected.qualifier !== undefined) expect(actual.qualifier).toBe(expected.qualifier);
  return actual;
}

/** Asserts that the input yields exactly one timex, as expected. */
export function expectSingleTimex(input: string, language: string, expected: Expected, options: Options = {}): void {
  const found = extractTimexes(input, language, options);
  expect(found.map((timex) => timex.text)).toEqual([expected.text]);
  expectTimex(input, language, expected, options);
}

/** Asserts that the input yields no timex at all. */
export function expectNone(input: string, language: string): void {
  expect(extractTimexes(input, language).map((timex) => timex.text)).toEqual([]);
}

/** Asserts that none of the given strings is (part of) a timex of the input. */
export function expectNotTagged(input: string, language: string, words: string[]): void {
  const texts = extractTimexes(input, language).map((timex) => timex.text);
  for (const word of words) expect(texts.some((text) => text.includes(word)), `'${word}' tagged in ${JSON.stringify(texts)}`).toBe(false);
}
