/**
 * Hand-built documents for the event tests: a text cut into sentences, with the timex and
 * entity mention layers the other stages would add, all in code-point offsets.
 */
import type { Document, EntityType, Message, Mention, Section, Segment, Timex, TimexType } from '../../pipeline/model.js';
import type { StageContext } from '../../pipeline/stage.js';
import { defaultConfig } from '../../pipeline/stage.js';
import { languagePack } from '../../pipeline/lang/index.js';
import { TextIndex } from '../../pipeline/offsets.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { citedWork } from '../../pipeline/events/attribution.js';
import type { Sentence } from '../../pipeline/events/sentence.js';
import { tokenize } from '../../pipeline/events/tokens.js';
import { findTriggers } from '../../pipeline/events/triggers.js';

export interface TimexSpec {
  text: string;
  value: string | null;
  type?: TimexType;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

export interface MentionSpec {
  text: string;
  type: EntityType;
  normalized?: string;
  nth?: number;
}

export interface DocumentSpec {
  id?: string;
  source?: string;
  /** Paragraphs; each is cut into sentences after '.', '!' or '?' followed by a space. */
  paragraphs: string[];
  language: string;
  timexes?: TimexSpec[];
  mentions?: MentionSpec[];
  /** Section kind and attribution for the whole document. */
  section?: Pick<Section, 'kind' | 'title' | 'attribution'>;
}

/** Code-point offset of the nth occurrence of `needle` in `text`. */
export function codePointIndex(text: string, needle: string, nth = 0): number {
  let from = 0;
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) not in text`);
    from = at + needle.length;
  }
  return [...text.slice(0, at)].length;
}

/** A document with sections, paragraphs, segments, timexes and mentions filled. */
export function makeDocument(spec: DocumentSpec): Document {
  const id = spec.id ?? 'doc-test';
  const text = spec.paragraphs.join('\n\n');
  const length = [...text].length;
  const section: Section = {
    id: `${id}-sec`,
    kind: spec.section?.kind ?? 'body',
    title: spec.section?.title ?? null,
    attribution: spec.section?.attribution ?? null,
    parent: null,
    start: 0,
    end: length,
  };
  const paragraphs: Document['paragraphs'] = [];
  const segments: Segment[] = [];
  let offset = 0;
  spec.paragraphs.forEach((paragraph, p) => {
    const pid = `${id}-p${p}`;
    const chars = [...paragraph];
    paragraphs.push({ id: pid, section: section.id, kind: 'paragraph', language: spec.language, languageConfidence: 1, duplicateOf: null, start: offset, end: offset + chars.length });
    for (const match of paragraph.matchAll(/(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?]+|$)/g)) {
      const raw = match[0];
      const lead = raw.length - raw.trimStart().length;
      const sentence = raw.trim();
      if (!sentence) continue;
      const start = offset + [...paragraph.slice(0, (match.index ?? 0) + lead)].length;
      segments.push({
        id: `${id}-s${segments.length}`,
        section: section.id,
        paragraph: pid,
        text: sentence,
        start,
        end: start + [...sentence].length,
        language: spec.language,
        languageConfidence: 1,
        foreignSpans: [],
        duplicateOf: null,
      });
    }
    offset += chars.length + 2;
  });
  const segmentAt = (start: number): string => segments.find((s) => start >= s.start && start < s.end)?.id ?? 'none';
  const timexes: Timex[] = (spec.timexes ?? []).map((t, n) => {
    const start = codePointIndex(text, t.text, t.nth);
    return {
      id: `${id}-t${n}`,
      segment: segmentAt(start),
      start,
      end: start + [...t.text].length,
      text: t.text,
      language: spec.language,
      type: t.type ?? 'date',
      value: t.value,
      precision: t.value === null ? 'unknown' : t.value.length === 10 ? 'day' : t.value.length === 7 ? 'month' : 'year',
      inferred: [],
      qualifier: null,
      relative: null,
      rule: 'test',
    };
  });
  const mentions: Mention[] = (spec.mentions ?? []).map((m, n) => {
    const start = codePointIndex(text, m.text, m.nth);
    return {
      id: `${id}-m${n}`,
      segment: segmentAt(start),
      start,
      end: start + [...m.text].length,
      text: m.text,
      type: m.type,
      language: spec.language,
      normalized: m.normalized ?? m.text,
      gazetteer: null,
      recognizer: 'test',
    };
  });
  return {
    id,
    source: spec.source ?? `${id}.txt`,
    sha256: '0'.repeat(64),
    text,
    language: spec.language,
    languageConfidence: 1,
    languages: { [spec.language]: 1 },
    sections: [section],
    paragraphs,
    segments,
    timexes,
    mentions,
    events: [],
    messages: [],
  };
}

/** A stage context over the real language data, collecting messages. */
export function testContext(messages: Omit<Message, 'source' | 'file'>[] = []): StageContext {
  return { config: defaultConfig, lang: languagePack, report: (message) => messages.push(message) };
}

/** The event rules' view of sentence `n` of a document. */
export function sentenceOf(document: Document, n = 0): Sentence {
  const segment = document.segments[n];
  if (!segment) throw new Error(`no sentence ${n}`);
  const index = new TextIndex(document.text);
  const tokens = tokenize(segment);
  const lexicon = eventLexicon(segment.language, testContext());
  return {
    document,
    segment,
    section: document.sections[0] ?? null,
    enclosing: document.sections[0]?.attribution?.text ?? null,
    work: citedWork(document.sections[0] ?? null, new Map(document.sections.map((section) => [section.id, section]))),
    tokens,
    triggers: findTriggers(tokens, (start, end) => index.slice(start, end), lexicon),
    lexicon,
    mentions: document.mentions.filter((m) => m.segment === segment.id),
    mentionById: new Map(document.mentions.map((mention) => [mention.id, mention])),
    timexes: document.timexes.filter((t) => t.segment === segment.id),
    slice: (start, end) => index.slice(start, end),
  };
}
