import { describe, expect, it } from 'vitest';
import { meta, tagDates } from '../../pipeline/stages/dates.js';
import { defaultConfig, type Config, type StageContext } from '../../pipeline/stage.js';
import { languagePack } from '../../pipeline/lang/index.js';
import type { Document, LanguageCode, Message, Segment } from '../../pipeline/model.js';
import { stableId } from '../../pipeline/ids.js';

interface SentenceSpec {
  text: string;
  language: LanguageCode;
  section: string;
}

/** A document whose sentences are laid out one per line, each in its section. */
function makeDocument(sentences: SentenceSpec[], language: LanguageCode = 'eng'): Document {
  const text = sentences.map((sentence) => sentence.text).join('\n');
  const segments: Segment[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    const length = [...sentence.text].length;
    segments.push({
      id: stableId('seg', 'doc', offset, offset + length),
      section: sentence.section,
      paragraph: `p-${offset}`,
      start: offset,
      end: offset + length,
      text: sentence.text,
      language: sentence.language,
      languageConfidence: 1,
      foreignSpans: [],
      duplicateOf: null,
    });
    offset += length + 1;
  }
  return {
    id: 'doc', source: 'test.txt', sha256: '', text, language, languageConfidence: 1, languages: {},
    sections: [], paragraphs: [], segments, timexes: [], mentions: [], events: [], messages: [],
  };
}

function contextWith(config: Partial<Config> = {}): { context: StageContext; messages: Omit<Message, 'source' | 'file'>[] } {
  const messages: Omit<Message, 'source' | 'file'>[] = [];
  return {
    messages,
    context: { config: { ...defaultConfig, ...config }, lang: languagePack, report: (message) => messages.push(message) },
  };
}

describe('tagDates', () => {
  it('should declare what it needs and adds', () => {
    expect(meta.requires).toEqual(expect.arrayContaining(['segments', 'languages']));
    expect(meta.assigns).toEqual(['timexes']);
  });

  it('should tag each sentence in its own language with document offsets, ids and segments', () => {
    const document = makeDocument([
      { text: '😀 From 1936 to 1938, incidents were noted.', language: 'eng', section: 's1' },
      { text: 'Noong Abril 1939, sinuri ng tauhan.', language: 'tgl', section: 's1' },
    ]);
    const { context } = contextWith();
    const { timexes } = tagDates(document, context);
    expect(timexes.map((timex) => [timex.text, timex.start, timex.end, timex.value, timex.language, timex.rule])).toEqual([
      ['From 1936 to 1938', 2, 19, '1936/1938', 'eng', 'dates/eng/year'],
      ['Abril 1939', 49, 59, '1939-04', 'tgl', 'dates/tgl/month-year'],
    ]);
    for (const timex of timexes) {
      expect([...document.text].slice(timex.start, timex.end).join('')).toBe(timex.text);
      expect(timex.id).toBe(stableId('tx', 'doc', timex.start, timex.end));
      expect(document.segments.find((segment) => segment.id === timex.segment)?.start).toBeLessThanOrEqual(timex.start);
    }
  });

  it('should infer a year from the section and not from another section', () => {
    const document = makeDocument([
      { text: 'In July 1938 it began.', language: 'eng', section: 'a' },
      { text: 'On July 29, they attacked.', language: 'eng', section: 'a' },
      { text: 'The next morning he left.', language: 'eng', section: 'b' },
    ]);
    const { timexes } = tagDates(document, contextWith().context);
    const byText = Object.fromEntries(timexes.map((timex) => [timex.text, timex]));
    expect(byText['July 29']).toMatchObject({ value: '1938-07-29', inferred: ['year'] });
    expect(byText['The next morning']).toMatchObject({ value: null, qualifier: 'morning' });
  });

  it('should anchor relative expressions on the document date from the configuration', () => {
    const document = makeDocument([{ text: 'Ang tagumpay ay napanalunan 77 taon na ang nakararaan.', language: 'tgl', section: 's' }], 'tgl');
    const { timexes } = tagDates(document, contextWith({ documentDates: { 'test.txt': '2016-08-31' } }).context);
    expect(timexes[0]).toMatchObject({ text: '77 taon na ang nakararaan', value: '1939', relative: { anchor: null, anchorValue: '2016-08-31' } });
  });

  it("should read the narrator's present from an elapsed time when no document date is configured", () => {
    const document = makeDocument([
      { text: '77 taon na ang lumipas mula nang natalo ang Hapon.', language: 'tgl', section: 's1' },
      { text: 'Noong Mayo 1939 at Agosto 1939, lumaban sila.', language: 'tgl', section: 's2' },
      { text: 'Ang tagumpay ay napanalunan 77 taon na ang nakararaan.', language: 'tgl', section: 's2' },
    ], 'tgl');
    const { timexes } = tagDates(document, contextWith().context);
    const cue = timexes.find((timex) => timex.text === '77 taon na ang lumipas');
    expect(cue).toMatchObject({ value: 'P77Y', relative: { anchor: null, anchorValue: '1939' } });
    expect(timexes.find((timex) => timex.text === '77 taon na ang nakararaan')).toMatchObject({ value: '1939', relative: { anchor: cue?.id, anchorValue: '2016' } });
  });

  it('should take the year beside "N years ago" only from its own sentence', () => {
    const document = makeDocument([
      { text: 'In 1905 the war ended.', language: 'eng', section: 's' },
      { text: 'It ended 100 years ago.', language: 'eng', section: 's' },
    ]);
    const { timexes } = tagDates(document, contextWith().context);
    expect(timexes.map((timex) => timex.value)).toEqual(['1905', null]);
  });

  it('should point a relative expression at the timex it was resolved from', () => {
    const document = makeDocument([{ text: 'On August 10, 1938 talks began; on the same day fighting stopped.', language: 'eng', section: 's' }]);
    const { timexes } = tagDates(document, contextWith().context);
    const [anchor, same] = timexes;
    expect(same).toMatchObject({ text: 'the same day', value: '1938-08-10', relative: { anchor: anchor?.id, anchorValue: '1938-08-10' } });
  });

  it('should fall back to the document language for und sentences and report a language without grammar', () => {
    const document = makeDocument([
      { text: 'Noong Mayo 9, 1939 nagpakita siya.', language: 'und', section: 's' },
      { text: 'Am 6. August 1938 um 1938-08-06 begann es.', language: 'deu', section: 's' },
    ], 'tgl');
    const { context, messages } = contextWith();
    const { timexes } = tagDates(document, context);
    expect(timexes.map((timex) => [timex.text, timex.language, timex.rule])).toEqual([
      ['Mayo 9, 1939', 'tgl', 'dates/tgl/month-day-year'],
      ['1938-08-06', 'deu', 'dates/und/iso-date'],
    ]);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'dates/no-grammar', fatal: null })]);
  });

  it('should not mutate its input and give the same output twice', () => {
    const document = makeDocument([{ text: 'Between July 29 and August 9, 1938 the hills changed hands.', language: 'eng', section: 's' }]);
    const before = JSON.stringify(document);
    const first = tagDates(document, contextWith().context);
    const second = tagDates(document, contextWith().context);
    expect(JSON.stringify(document)).toBe(before);
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
    expect(first.timexes).toHaveLength(1);
  });

  it('should sort timexes by start, end and id', () => {
    const document = makeDocument([
      { text: 'In 1938, on August 6 at 16:00, and later every day, they fought.', language: 'eng', section: 's' },
    ]);
    const { timexes } = tagDates(document, contextWith().context);
    const sorted = [...timexes].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    expect(timexes).toEqual(sorted);
    expect(timexes.length).toBe(3);
  });
});
