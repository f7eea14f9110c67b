/**
 * Ingest: bytes to a document. Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM,
 * normalizes line endings to `\n` and the text to NFC, and hashes the bytes. Anything it
 * cannot read as text (empty, binary, invalid UTF-8) is a fatal message naming the file
 * and the place, never an exception, so the other files of a run go on.
 */
import { createHash } from 'node:crypto';
import type { Document, Message } from '../model.js';
import type { StageMeta } from '../stage.js';
import { stableId } from '../ids.js';

export const meta: StageMeta = {
  name: 'ingest',
  version: '1',
  requires: [],
  assigns: ['text'],
};

/** A source as read from disk. */
export interface SourceFile {
  /** Path relative to the sources root, `/`-separated; it names the document. */
  path: string;
  bytes: Uint8Array;
}

export type IngestResult = { document: Document } | { error: Message };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const BOMS: readonly { bytes: readonly number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Read a source file into a document with its normalized text and empty layers.
 *
 * @param file The path (relative to the sources root) and the raw bytes.
 * @returns `{ document }`, or `{ error }` with a fatal message when the bytes are not text.
 * @example ingest({ path: 'a.txt', bytes: new TextEncoder().encode('Hello') })
 */
export function ingest(file: SourceFile): IngestResult {
  const fail = (ruleId: string, reason: string, note?: string): IngestResult => ({
    error: {
      reason: `${file.path}: ${reason}`,
      ruleId: `ingest/${ruleId}`,
      source: 'ingest',
      file: file.path,
      place: null,
      fatal: true,
      ...(note === undefined ? {} : { note }),
    },
  });

  const { bytes } = file;
  if (bytes.length === 0) return fail('empty', 'the file is empty');

  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
  const encoding: Encoding = bom?.encoding ?? 'utf-8';
  const body = bytes.subarray(bom?.bytes.length ?? 0);

  if (encoding === 'utf-8') {
    const nul = body.indexOf(0);
    if (nul !== -1) {
      return fail('binary', `not a text file (NUL byte at offset ${nul + (bom?.bytes.length ?? 0)})`);
    }
  }

  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = encoding === 'utf-8' ? firstInvalidUtf8(body) + (bom?.bytes.length ?? 0) : null;
    return fail(
      encoding === 'utf-8' ? 'invalid-utf8' : 'invalid-utf16',
      offset === null
        ? `invalid ${encoding.toUpperCase()}`
        : `invalid UTF-8 at byte ${offset}: only UTF-8 and UTF-16 with a BOM are read`,
      'Convert the file to UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`) and run again.',
    );
  }

  const text = decoded.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') return fail('empty', 'the file has no text (only white space)');

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { document: emptyDocument({ id: stableId('doc', file.path, sha256), source: file.path, sha256, text }) };
}

/**
 * A document with its identity and text and every layer still empty, as ingest leaves it.
 *
 * @example emptyDocument({ id: 'doc-1', source: 'a.txt', sha256: '…', text: 'Hello' }).segments // []
 */
export function emptyDocument(identity: Pick<Document, 'id' | 'source' | 'sha256' | 'text'>): Document {
  return {
    ...identity,
    language: 'und',
    languageConfidence: 0,
    languages: {},
    sections: [],
    paragraphs: [],
    segments: [],
    timexes: [],
    mentions: [],
    events: [],
    messages: [],
  };
}

/** Byte offset of the first sequence that is not well-formed UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}
