import { describe, expect, it } from 'vitest';
import { extractTimexes, parseCandidates } from '../../../pipeline/dates/extract.js';
import { resolveTimexes } from '../../../pipeline/dates/resolve.js';
import { expectTimex, type Expected } from '../helpers.js';

const TGL = '77 taon na ang lumipas mula nang natalo ang Hapon. Noong Mayo 1939 at Agosto 1939, lumaban sila. Noong 1936 may insidente. Ang tagumpay ay napanalunan 77 taon na ang nakararaan.';

const cases: [string, string, string, Expected, string | null][] = [
  ['should read "N taon na ang nakararaan" from the present an elapsed time sets', TGL, 'tgl', { text: '77 taon na ang nakararaan', value: '1939', precision: 'year' }, '2016'],
  ['should anchor the elapsed time itself on the year the story is about', TGL, 'tgl', { text: '77 taon na ang lumipas', value: 'P77Y', type: 'duration' }, '1939'],
  ['should count "N years have passed since" from the year in its sentence', '𝔸 Eighty years have passed since the battle of 1938. It is remembered 80 years ago.', 'eng', { text: '80 years ago', value: '1938' }, '2018'],
];

describe("the narrator's present", () => {
  it.each(cases)('%s', (_name, input, language, expected, anchorValue) => {
    const timex = expectTimex(input, language, expected);
    expect(timex.relative?.anchorValue ?? null).toBe(anchorValue);
  });

  it('should leave "ago" unresolved when no year tells how long ago it was', () => {
    expectTimex('The victory was won 77 years ago in the region.', 'eng', { text: '77 years ago', value: null });
    expectTimex('Seventy years have passed. It happened 70 years ago.', 'eng', { text: '70 years ago', value: null });
  });

  it('should prefer the document date over any present read from the text', () => {
    expectTimex(TGL, 'tgl', { text: '77 taon na ang nakararaan', value: '1923' }, { reference: '2000' });
  });

  it('should not read a present from a vague or non-year amount', () => {
    expectTimex('In 1938, about 80 years ago, it began. It ended 5 years ago.', 'eng', { text: '5 years ago', value: null });
    expectTimex('In 1938, three days ago, it began. It ended 5 years ago.', 'eng', { text: '5 years ago', value: null });
  });

  it('should take the present from a year stated beside "N years ago" in its sentence', () => {
    const first = parseCandidates('In 1905, 100 years ago, the war ended.', 'eng', { sentence: 's1' });
    const second = parseCandidates('Last year the museum opened.', 'eng', { offset: 39, sentence: 's2' });
    const found = resolveTimexes([...first, ...second]);
    expect(found.map((timex) => [timex.text, timex.value, timex.relative?.anchorValue ?? null])).toEqual([
      ['1905', '1905', null],
      ['100 years ago', '1905', '2005'],
      ['Last year', '2004', '2005'],
    ]);
  });

  it('should take the year of the same sentence, not of another, when sentences are known', () => {
    const first = parseCandidates('In 1905 the war ended.', 'eng', { sentence: 's1' });
    const second = parseCandidates('It ended 100 years ago.', 'eng', { offset: 23, sentence: 's2' });
    const found = resolveTimexes([...first, ...second]);
    expect(found.map((timex) => timex.value)).toEqual(['1905', null]);
  });

  it('should mark the anchored expression relative to the cue', () => {
    const found = extractTimexes(TGL, 'tgl');
    const cue = found.find((timex) => timex.text === '77 taon na ang lumipas');
    const ago = found.find((timex) => timex.text === '77 taon na ang nakararaan');
    expect(ago?.relative?.anchor).toBe(`${cue?.start}-${cue?.end}`);
  });
});
