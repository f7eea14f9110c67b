import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorrections, readCorrections, targetKey } from '../../pipeline/review/corrections.js';

const DOC = 'doc-00000000000a';
const span = { document: DOC, start: 2, end: 10, text: '😀 name' };

describe('parseCorrections', () => {
  it.each([
    { name: 'an empty file', value: { version: 1, corrections: [] } },
    { name: 'an entity merge', value: { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-a' }, action: 'merge', into: 'en-b', note: '' }] } },
    { name: 'a mention move', value: { version: 1, corrections: [{ target: { kind: 'mention', ...span }, action: 'merge', into: 'en-b', note: 'x' }] } },
    { name: 'a date retype', value: { version: 1, corrections: [{ target: { kind: 'timex', ...span }, action: 'retype', type: 'range', note: '' }] } },
    { name: 'an event reject', value: { version: 1, corrections: [{ target: { kind: 'event', event: 'ev-0123456789ab' }, action: 'reject', note: '' }] } },
  ])('should accept $name', ({ value }) => {
    expect(parseCorrections(value)).toEqual(value);
  });

  it.each([
    { name: 'another version', value: { version: 2, corrections: [] } },
    { name: 'a mention retype', value: { version: 1, corrections: [{ target: { kind: 'mention', ...span }, action: 'retype', type: 'ORG', note: '' }] } },
    { name: 'an unknown entity type', value: { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-a' }, action: 'retype', type: 'DOG', note: '' }] } },
    { name: 'an event type on an entity', value: { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-a' }, action: 'retype', type: 'battle', note: '' }] } },
    { name: 'an empty name', value: { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-a' }, action: 'rename', name: '', note: '' }] } },
    { name: 'a missing note', value: { version: 1, corrections: [{ target: { kind: 'entity', entity: 'en-a' }, action: 'accept' }] } },
    { name: 'a date merge', value: { version: 1, corrections: [{ target: { kind: 'timex', ...span }, action: 'merge', into: 'en-a', note: '' }] } },
    { name: 'a negative offset', value: { version: 1, corrections: [{ target: { kind: 'timex', ...span, start: -1 }, action: 'reject', note: '' }] } },
  ])('should refuse $name', ({ value }) => {
    expect(() => parseCorrections(value)).toThrow(/Not a corrections file/);
  });

  it('should read a file and name it when it is not JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'salaysay-corrections-'));
    writeFileSync(join(folder, 'good.json'), JSON.stringify({ version: 1, corrections: [] }));
    writeFileSync(join(folder, 'bad.json'), '{ version: 1');
    expect(readCorrections(join(folder, 'good.json')).corrections).toEqual([]);
    expect(() => readCorrections(join(folder, 'bad.json'))).toThrow(/bad\.json/);
  });
});

describe('targetKey', () => {
  it.each([
    { target: { kind: 'entity' as const, entity: 'en-a' }, key: 'entity:en-a' },
    { target: { kind: 'event' as const, event: 'ev-0123456789ab' }, key: 'event:ev-0123456789ab' },
    { target: { kind: 'mention' as const, ...span }, key: `mention:${DOC}:2:10:😀 name` },
    { target: { kind: 'timex' as const, ...span }, key: `timex:${DOC}:2:10:😀 name` },
  ])('should name $target.kind targets by stable parts', ({ target, key }) => {
    expect(targetKey(target)).toBe(key);
  });
});
