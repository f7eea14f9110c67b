/** Builders for entity tests: documents from sentences, a context on the real language data. */
import type { Document, Mention, Segment } from '../../pipeline/model.js';
import { languagePack } from '../../pipeline/lang/index.js';
import { defaultConfig } from '../../pipeline/stage.js';
import type { Config, StageContext } from '../../pipeline/stage.js';
import { codePointLength } from '../../pipeline/offsets.js';

/** A context on the real language data; messages are collected in `messages`. */
export function testContext(config: Partial<Config> = {}): StageContext & { messages: string[] } {
  const messages: string[] = [];
  return { config: { ...defaultConfig, ...config }, lang: languagePack, report: (message) => messages.push(message.ruleId), messages };
}

/** A document whose sentences are the given strings, joined by single spaces. */
export function documentOf(sentences: readonly string[], language = 'eng', id = 'doc-test'): Document {
  const segments: Segment[] = [];
  let offset = 0;
  sentences.forEach((text, i) => {
    const length = codePointLength(text);
    segments.push({ id: `seg-${id}-${i}`, section: 'sec', paragraph: 'par', start: offset, end: offset + length, text, language, languageConfidence: 1, foreignSpans: [], duplicateOf: null });
    offset += length + 1;
  });
  const text = sentences.join(' ');
  return {
    id, source: `${id}.txt`, sha256: '0', text, language, languageConfidence: 1, languages: { [language]: 1 },
    sections: [], paragraphs: [], segments, timexes: [], mentions: [], events: [], messages: [],
  };
}

/** The text of a code-point span of a document. */
export function spanText(document: Document, mention: Pick<Mention, 'start' | 'end'>): string {
  return [...document.text].slice(mention.start, mention.end).join('');
}
