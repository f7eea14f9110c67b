import { describe, expect, it } from 'vitest';
import { eld } from 'eld/large';
import { eldScores } from '../../pipeline/language/eld-detector.js';

/** The candidates' scores read from eld's full, unfiltered result: what the limited instance must give. */
function fullScores(text: string, codes: readonly string[]): number[] {
  const scores = eld.detect(text).getScores();
  return codes.map((code) => scores[code] ?? 0);
}

describe('eldScores', () => {
  it.each([
    ['The war began on July 29, 1938.'],
    ['Ang mga tropa ay umatras sa hangganan.'],
    ['Smushkevich'],
    ['𝔸 Nasa Kwantung Army siya noong 1938.'],
    ['Der Krieg begann im Juli.'],
    ['1938 — 29.07'],
    [''],
  ])('should give exactly the scores of the full result for "%s"', (text) => {
    expect(eldScores(text, ['eng', 'tgl'])).toEqual(fullScores(text, ['en', 'tl']));
    expect(eldScores(text, ['deu', 'eng', 'tgl'])).toEqual(fullScores(text, ['de', 'en', 'tl']));
  });

  it('should keep candidate sets apart: the same text scored for two sets in turn', () => {
    const text = 'Der Krieg begann, the war began.';
    const first = eldScores(text, ['deu', 'eng']);
    eldScores(text, ['eng', 'tgl']);
    expect(eldScores(text, ['deu', 'eng'])).toEqual(first);
    expect(first).toEqual(fullScores(text, ['de', 'en']));
  });

  it('should give 0 for a candidate eld found nothing for', () => {
    expect(eldScores('!!! ...', ['eng', 'tgl'])).toEqual([0, 0]);
  });

  it('should throw for a language eld does not know', () => {
    expect(() => eldScores('text', ['eng', 'xyz'])).toThrow(/not supported by the eld detector/);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should score long runs of dots, dashes and spaces as eld itself does', () => {
    const text = `${'.'.repeat(20000)}${'-'.repeat(20000)}${' '.repeat(20000)}war`;
    expect(eldScores(text, ['eng', 'tgl'])).toEqual(fullScores(text, ['en', 'tl']));
  });
});
