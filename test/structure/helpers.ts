/** Shared test helpers for the structure and segment stages: a bare document and a context. */
import type { Document } from '../../pipeline/model.js';
import { defaultConfig } from '../../pipeline/stage.js';
import { emptyDocument } from '../../pipeline/stages/ingest.js';
import { makeContext } from '../language/fixture.js';

/** A document as ingest leaves it: text and empty layers. */
export function documentOf(source: string, text: string): Document {
  return emptyDocument({ id: `doc-${source}`, source, sha256: '0'.repeat(64), text: text.normalize('NFC') });
}

/** A stage context over the real language data; `messages` collects what stages report. */
export function contextOf(languages: string[] = [...defaultConfig.languages]): ReturnType<typeof makeContext> {
  return makeContext({ languages });
}

/** The 1-based line of a code-point offset. */
export function lineAt(text: string, offset: number): number {
  return [...text].slice(0, offset).filter((char) => char === '\n').length + 1;
}

/** The text of a code-point span. */
export function sliceOf(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
