import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/stages/ingest.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
};

const textOf = (bytes: Uint8Array): string => {
  const result = ingest({ path: 'a.txt', bytes });
  if ('error' in result) throw new Error(result.error.reason);
  return result.document.text;
};

const errorOf = (bytes: Uint8Array) => {
  const result = ingest({ path: 'dir/bad.txt', bytes });
  if (!('error' in result)) throw new Error('expected an error');
  return result.error;
};

describe('ingest', () => {
  it.each([
    ['plain UTF-8', utf8('Lake Khasan, 1938'), 'Lake Khasan, 1938'],
    ['UTF-8 with a BOM (the BOM is dropped)', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Noong Hulyo')]), 'Noong Hulyo'],
    ['UTF-16 LE with a BOM', utf16('Khalkhin Gol 𝔸', 'le'), 'Khalkhin Gol 𝔸'],
    ['UTF-16 BE with a BOM', utf16('Hapon', 'be'), 'Hapon'],
    ['CRLF and CR line endings', utf8('a\r\nb\rc\n'), 'a\nb\nc\n'],
    ['decomposed characters (to NFC)', utf8('Mon\u0303ozo'), 'Mo\u00f1ozo'],
  ])('should read %s', (_name, bytes, expected) => {
    expect(textOf(bytes)).toBe(expected);
  });

  it('should hash the bytes and derive a stable id from path and hash', () => {
    const bytes = utf8('Same text');
    const a = ingest({ path: 'x/a.txt', bytes });
    const b = ingest({ path: 'x/a.txt', bytes });
    const c = ingest({ path: 'x/b.txt', bytes });
    if ('error' in a || 'error' in b || 'error' in c) throw new Error('unexpected error');
    expect(a.document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(a.document.id).toBe(b.document.id);
    expect(a.document.id).not.toBe(c.document.id);
    expect(a.document.id).toMatch(/^doc-[0-9a-f]{12}$/);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'ingest/empty', /empty/],
    ['a file of white space', utf8(' \n\t\n'), 'ingest/empty', /no text/],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'ingest/binary', /NUL byte at offset 4/],
    ['invalid UTF-8 (Latin-1 bytes)', Uint8Array.from([...utf8('caf'), 0xe9, 0x20, 0x61]), 'ingest/invalid-utf8', /invalid UTF-8 at byte 3/],
    ['a truncated multi-byte sequence', Uint8Array.from([...utf8('ab'), 0xe2, 0x82]), 'ingest/invalid-utf8', /byte 2/],
  ])('should reject %s with a fatal message naming the file', (_name, bytes, ruleId, reason) => {
    const error = errorOf(bytes);
    expect(error.ruleId).toBe(ruleId);
    expect(error.fatal).toBe(true);
    expect(error.file).toBe('dir/bad.txt');
    expect(error.reason).toMatch(/^dir\/bad\.txt: /);
    expect(error.reason).toMatch(reason);
  });

  it('should keep markup and script in the text as text', () => {
    expect(textOf(utf8('<script>alert(1)</script> & <b>x</b>'))).toBe('<script>alert(1)</script> & <b>x</b>');
  });
});
