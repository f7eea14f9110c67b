import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../pipeline/stages/language.js';
import { codePointIndex, deepFreeze, makeContext, makeDocument } from '../language/fixture.js';

const ENGLISH = 'On the evening of July 31, the attack was repeated, and the troops were driven back from the hill.';
const TAGALOG = 'Noong unang bahagi ng taglagas, sinakop ng mga tropa ang bahagi ng hangganan at lumapit sa lungsod.';

describe('identifyLanguage', () => {
  it.each([
    ['an English sentence', ENGLISH, 'eng'],
    ['a Tagalog sentence', TAGALOG, 'tgl'],
    ['a Tagalog sentence with an English title in it', 'Ang pananaw ng mga istoryador ay nailahad sa The Official History of the Great East Asia War.', 'tgl'],
  ])('should identify %s', (_name, text, language) => {
    const document = identifyLanguage(makeDocument('d', [text]), makeContext());
    const segment = document.segments[0]!;
    expect(segment.language).toBe(language);
    expect(segment.languageConfidence).toBeGreaterThan(0.9);
    expect(segment.languageConfidence).toBeLessThanOrEqual(1);
    expect(document.paragraphs[0]!.language).toBe(language);
    expect(document.language).toBe(language);
  });

  it.each([
    ['an English paragraph', ENGLISH, 'eng'],
    ['a Tagalog paragraph', TAGALOG, 'tgl'],
  ])('should give a short sentence the language of %s', (_name, context, language) => {
    const document = identifyLanguage(makeDocument('d', [`${context} Smushkevich.`]), makeContext());
    const short = document.segments.find((segment) => segment.text === 'Smushkevich.')!;
    expect(short.language).toBe(language);
    expect(short.languageConfidence).toBeLessThan(document.segments[0]!.languageConfidence);
  });

  it.each([
    ['digits and punctuation only', '2017. – 162 p.'],
    ['one unknown name alone', 'Mazepov'],
  ])('should say und for %s without context', (_name, text) => {
    const context = makeContext();
    const document = identifyLanguage(makeDocument('d', [text]), context);
    expect(document.segments.every((segment) => segment.language === 'und')).toBe(true);
    expect(document.language).toBe('und');
    expect(document.languageConfidence).toBeLessThan(0.6);
    expect(context.messages.some((message) => message.ruleId === 'language/thin-evidence')).toBe(true);
  });

  it('should mark an English title after a non-BMP character with code-point offsets', () => {
    const text = '𝔸 Ang pananaw ng mga istoryador ng militar ay nailahad sa The Official History of the Great East Asia War.';
    const document = identifyLanguage(makeDocument('d', [ENGLISH, text]), makeContext());
    const segment = document.segments.find((s) => s.text === text)!;
    const title = 'The Official History of the Great East Asia War';
    const start = segment.start + codePointIndex(text, title);
    expect(segment.foreignSpans).toEqual([{ start, end: start + [...title].length, language: 'eng', text: title }]);
    expect([...document.text].slice(start, start + [...title].length).join('')).toBe(title);
  });

  it.each([
    ['language-neutral place names', 'Dumating ang mga tropa sa Manchuria at Mongolia noong taglagas ng 1931.'],
    ['Tagalized loans', 'Naghanda sila ng isang opensiba at isang bagong komand sa sektor na iyon.'],
  ])('should not mark %s as foreign', (_name, text) => {
    const document = identifyLanguage(makeDocument('d', [text]), makeContext());
    expect(document.segments[0]!.language).toBe('tgl');
    expect(document.segments[0]!.foreignSpans).toEqual([]);
  });

  it('should mark no foreign spans in English sentences', () => {
    const document = identifyLanguage(makeDocument('d', [ENGLISH, 'The Soviet troops reached Lake Khasan.']), makeContext());
    expect(document.segments.flatMap((segment) => segment.foreignSpans)).toEqual([]);
  });

  it('should report language shares with sorted keys, rounded to 4 decimals, summing to 1', () => {
    const document = identifyLanguage(
      makeDocument('d', [TAGALOG, 'Ang pananaw ay nailahad sa The Official History of the Great East Asia War.', ENGLISH]),
      makeContext(),
    );
    const keys = Object.keys(document.languages);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('eng');
    expect(keys).toContain('tgl');
    for (const share of Object.values(document.languages)) expect(Math.round(share * 10000)).toBe(share * 10000);
    expect(Object.values(document.languages).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('should only choose among the configured languages', () => {
    const document = identifyLanguage(makeDocument('d', [TAGALOG]), makeContext({ languages: ['eng'] }));
    expect(['eng', 'und']).toContain(document.segments[0]!.language);
    expect(document.segments[0]!.foreignSpans).toEqual([]);
  });

  it.each([
    ['no languages', []],
    ['a language without data', ['xyz']],
  ])('should throw on a configuration with %s', (_name, languages) => {
    expect(() => identifyLanguage(makeDocument('d', [ENGLISH]), makeContext({ languages }))).toThrow();
  });

  it('should not mutate its input and give the same output twice', () => {
    const input = deepFreeze(makeDocument('d', [TAGALOG, ENGLISH]));
    const before = JSON.stringify(input);
    const first = identifyLanguage(input, makeContext());
    const second = identifyLanguage(input, makeContext());
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should say und for runs of dots and dashes and still find the Tagalog sentence among them', () => {
    const text = `${'.'.repeat(20000)} ${'-'.repeat(20000)}${' '.repeat(20000)}Ang mga tropa ay umatras. ${'—'.repeat(20000)}`;
    const document = identifyLanguage(makeDocument('d', [text]), makeContext());
    const punctuationOnly = document.segments.filter((segment) => !/\p{L}/u.test(segment.text));
    expect(punctuationOnly.length).toBeGreaterThan(0);
    expect(punctuationOnly.every((segment) => segment.language === 'und' && segment.languageConfidence === 0)).toBe(true);
    expect(document.segments.find((segment) => segment.text.includes('Ang mga tropa'))?.language).toBe('tgl');
    expect(document.language).toBe('tgl');
    expect(punctuationOnly.every((segment) => segment.foreignSpans.length === 0)).toBe(true);
  });
});
