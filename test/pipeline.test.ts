import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStageOrder, corpusStages, documentStages, processCorpus } from '../pipeline/pipeline.js';
import { serializeDataset } from '../pipeline/output/write.js';
import { readSources } from '../pipeline/sources.js';

const generator = { name: 'salaysay', version: 'test' };

describe('the stage order', () => {
  it('should have every requirement assigned by an earlier stage', () => {
    expect(() => checkStageOrder([...documentStages, ...corpusStages])).not.toThrow();
  });

  it('should reject a stage that comes before what it needs', () => {
    const reversed = [...documentStages].reverse();
    expect(() => checkStageOrder(reversed)).toThrow(/requires/);
  });
});

describe('processCorpus on sources/', async () => {
  const files = readSources('sources');
  const first = await processCorpus(files);

  it('should keep the normalized source text, so offsets align with the source lines', () => {
    for (const document of first.corpus.documents) {
      const source = readFileSync(`sources/${document.source}`, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC');
      expect(document.text).toBe(source);
    }
  });

  it('should give byte-identical output on a second run', async () => {
    const second = await processCorpus(files);
    expect(serializeDataset(second, generator)).toEqual(serializeDataset(first, generator));
  });

  it('should not depend on the order the files are given in', async () => {
    const reversed = await processCorpus([...files].reverse());
    expect(serializeDataset(reversed, generator)).toEqual(serializeDataset(first, generator));
  });

  it('should give segments whose offsets slice to their text', () => {
    for (const document of first.corpus.documents) {
      const chars = [...document.text];
      for (const segment of document.segments) expect(chars.slice(segment.start, segment.end).join('')).toBe(segment.text);
    }
  });
});

describe('the document cache', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { folderCache } = await import('../pipeline/cache.js');

  it('should process unchanged sources once and give the same dataset from the cache', async () => {
    const cache = folderCache(mkdtempSync(join(tmpdir(), 'salaysay-cache-')));
    const files = readSources('sources');
    const seen: boolean[] = [];
    const first = await processCorpus(files, { cache, onDocument: (_d, _i, _n, cached) => seen.push(cached) });
    const second = await processCorpus(files, { cache, onDocument: (_d, _i, _n, cached) => seen.push(cached) });
    expect(seen).toEqual([false, false, true, true]);
    expect(serializeDataset(second, generator)).toEqual(serializeDataset(first, generator));
  });

  it('should process a changed source again', async () => {
    const cache = folderCache(mkdtempSync(join(tmpdir(), 'salaysay-cache-')));
    const file = { path: 'a.txt', bytes: new TextEncoder().encode('On July 29, 1938 the Japanese attacked.') };
    const changed = { path: 'a.txt', bytes: new TextEncoder().encode('On July 30, 1938 the Japanese attacked.') };
    const seen: boolean[] = [];
    await processCorpus([file], { cache, onDocument: (_d, _i, _n, cached) => seen.push(cached) });
    await processCorpus([changed], { cache, onDocument: (_d, _i, _n, cached) => seen.push(cached) });
    expect(seen).toEqual([false, false]);
  });
});

describe('the committed dataset in output/', async () => {
  const { validateDataset } = await import('../pipeline/output/validate.js');
  const { datasetFiles } = await import('../pipeline/output/write.js');
  const { packageInfo } = await import('../pipeline/package-info.js');

  it('should validate against schema/ with every span slicing to its text', () => {
    expect(validateDataset('output')).toEqual([]);
  });

  it('should be what the pipeline writes for sources/ now (regenerate with npm run pipeline)', async () => {
    const contents = serializeDataset(await processCorpus(readSources('sources')), packageInfo());
    for (const file of datasetFiles) expect(readFileSync(`output/${file}`, 'utf8'), file).toBe(contents[file]);
  });
});

describe('hostile input', () => {
  it('should cut a huge single-line file into bounded sentences and warn about it', async () => {
    const words = ['the', 'Japanese', 'attacked', 'Lake', 'Khasan', 'on', 'July', '29', '1938', 'ang', 'mga', 'Hapon', 'noong', 'Hulyo'];
    const line = Array.from({ length: 16000 }, (_, i) => words[i % words.length]).join(' ');
    const { corpus, messages } = await processCorpus([{ path: 'one-line.txt', bytes: new TextEncoder().encode(line) }]);
    const [document] = corpus.documents;
    expect(document?.segments.length).toBeGreaterThanOrEqual(Math.ceil(line.length / 2000));
    expect(Math.max(...document!.segments.map((s) => s.end - s.start))).toBeLessThanOrEqual(2000);
    expect(messages.map((m) => m.ruleId)).toContain('segment/long-sentence');
  }, 120_000);

  it('should treat words that name object properties as plain words', async () => {
    const text = 'The constructor of the toString bridge met __proto__ and hasOwnProperty on July 29, 1938.\nAng constructor ay dumating noong Hulyo 7, 1937 sa valueOf.\n';
    const { corpus } = await processCorpus([{ path: 'proto.txt', bytes: new TextEncoder().encode(text) }]);
    expect(corpus.documents[0]?.timexes.map((t) => t.value)).toEqual(['1938-07-29', '1937-07-07']);
  });
});
