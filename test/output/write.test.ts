import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFiles, serializeDataset, writeDataset } from '../../pipeline/output/write.js';
import { validateDataset } from '../../pipeline/output/validate.js';
import { runResult } from './fixture.js';

const generator = { name: 'salaysay', version: '0.0.0-test' };
const fresh = (): string => mkdtempSync(join(tmpdir(), 'salaysay-write-'));

describe('writeDataset', () => {
  it('should write every dataset file, valid against the schemas', () => {
    const folder = fresh();
    writeDataset(runResult, folder, generator);
    expect(readdirSync(folder).sort()).toEqual([...datasetFiles].sort());
    expect(validateDataset(folder)).toEqual([]);
  });

  it('should give the same bytes for the same run', () => {
    expect(serializeDataset(runResult, generator)).toEqual(serializeDataset(structuredClone(runResult), generator));
  });

  it('should write snake_case records with code-point spans that slice to their text', () => {
    const folder = fresh();
    writeDataset(runResult, folder, generator);
    const [document] = readFileSync(join(folder, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const [timex] = readFileSync(join(folder, 'timexes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(Object.keys(document.languages)).toEqual(['eng', 'tgl']);
    expect(document.language_confidence).toBe(0.9877);
    expect([...document.text].slice(timex.start, timex.end).join('')).toBe('July 29, 1938');
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toMatchObject({ documents: 1, rejected: 1, duplicate_paragraphs: 1, duplicate_segments: 1 });
    expect(manifest.rejected).toEqual([{ path: 'b.txt', rule: 'ingest/empty', reason: 'b.txt: the file is empty' }]);
  });

  it('should report spans that do not slice to their text', () => {
    const folder = fresh();
    writeDataset(runResult, folder, generator);
    const path = join(folder, 'timexes.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"start":5', '"start":4'));
    expect(validateDataset(folder)).toEqual([expect.stringMatching(/timexes\.jsonl:1: span \[4, 18\) does not slice/)]);
  });

  it('should leave the previous dataset whole when the new one cannot be written', () => {
    const folder = fresh();
    writeDataset(runResult, folder, generator);
    const before = datasetFiles.map((file) => readFileSync(join(folder, file), 'utf8'));
    const [claim] = runResult.corpus.claims;
    const broken = { ...claim!, values: [{ ...claim!.values[0]!, value: 10n as unknown as number }] };
    expect(() => writeDataset({ ...runResult, corpus: { ...runResult.corpus, claims: [broken] } }, folder, generator)).toThrow(/BigInt/);
    expect(datasetFiles.map((file) => readFileSync(join(folder, file), 'utf8'))).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual([...datasetFiles].sort());
  });
});
