/**
 * Builds documents for the language and dedup tests: paragraphs separated by blank lines,
 * sentences cut after `.`, `!` or `?` followed by a space (enough for test texts), every
 * span in code points, languages `und` as the segment stage leaves them.
 */
import type { Corpus, Document, Message, Paragraph, Segment } from '../../pipeline/model.js';
import type { StageContext } from '../../pipeline/stage.js';
import { defaultConfig, type Config } from '../../pipeline/stage.js';
import { languagePack } from '../../pipeline/lang/index.js';
import { codePointLength } from '../../pipeline/offsets.js';
import { emptyDocument } from '../../pipeline/stages/ingest.js';

/** A document whose paragraphs are the given texts, joined by blank lines. */
export function makeDocument(id: string, paragraphTexts: readonly string[]): Document {
  const paragraphs: Paragraph[] = [];
  const segments: Segment[] = [];
  let offset = 0;
  paragraphTexts.forEach((text, p) => {
    const paragraphId = `${id}-p${p}`;
    paragraphs.push({
      id: paragraphId, section: `${id}-s`, kind: 'paragraph', start: offset, end: offset + codePointLength(text),
      language: 'und', languageConfidence: 0, duplicateOf: null,
    });
    let sentenceStart = 0;
    const sentences = text.split(/(?<=[.!?])\s+/u);
    sentences.forEach((sentence, s) => {
      const start = codePointLength(text.slice(0, text.indexOf(sentence, sentenceStart)));
      sentenceStart = text.indexOf(sentence, sentenceStart) + sentence.length;
      segments.push({
        id: `${paragraphId}-s${s}`, section: `${id}-s`, paragraph: paragraphId, start: offset + start,
        end: offset + start + codePointLength(sentence), text: sentence, language: 'und', languageConfidence: 0,
        foreignSpans: [], duplicateOf: null,
      });
    });
    offset += codePointLength(text) + 2;
  });
  const text = paragraphTexts.join('\n\n');
  return { ...emptyDocument({ id, source: `${id}.txt`, sha256: '0'.repeat(64), text }), paragraphs, segments };
}

/** A corpus of documents, in the given order. */
export function makeCorpus(documents: readonly Document[]): Corpus {
  return { documents: [...documents], duplicates: [], entities: [], events: [], claims: [] };
}

/** A stage context with the default configuration (overridable) that collects messages. */
export function makeContext(config: Partial<Config> = {}): StageContext & { messages: Omit<Message, 'source' | 'file'>[] } {
  const messages: Omit<Message, 'source' | 'file'>[] = [];
  return { config: { ...defaultConfig, ...config }, lang: languagePack, report: (m) => messages.push(m), messages };
}

/** Code-point offset of the first occurrence of `part` in `text`. */
export function codePointIndex(text: string, part: string): number {
  const unit = text.indexOf(part);
  if (unit < 0) throw new Error(`'${part}' not in '${text}'`);
  return codePointLength(text.slice(0, unit));
}

/** Freezes a value and everything inside it, so a test fails when a stage mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFreeze(inner);
  }
  return value;
}
