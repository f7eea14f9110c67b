/**
 * The transformer recogniser on the lines of `sources/`, against a baseline regex scan for
 * capitalised words on the same lines. With no model named (`SALAYSAY_NER_MODEL`), it runs
 * the tests' tiny model, which measures the backend's own cost: tokenizing, ONNX Runtime
 * calls, alignment and aggregation.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTransformersRecognizer, resolveNerModel } from '../pipeline/entities/recognizers/transformers.js';
import { readSources } from '../pipeline/sources.js';
import { defaultConfig, type StageContext } from '../pipeline/stage.js';
import { repoRoot } from '../eval/paths.js';
import { TINY_NER_SPEC, writeTinyModel } from '../test/helpers/tiny-model.js';
import { documentOf } from '../test/entities/helpers.js';
import { bestOf, formatRun } from './measure.js';

const context: StageContext = {
  config: defaultConfig,
  lang: () => {
    throw new Error('not used by the transformer backend');
  },
  report: () => undefined,
};

export async function bench(): Promise<string[]> {
  const text = readSources(join(repoRoot, 'sources'))
    .map((file) => new TextDecoder().decode(file.bytes))
    .join('\n');
  const bytes = Buffer.byteLength(text);
  // One segment per non-empty line.
  const document = documentOf(text.split('\n').filter((line) => line.trim() !== ''));
  const { segments } = document;
  const named = resolveNerModel(defaultConfig, process.env);
  const folder = named === null ? await mkdtemp(join(tmpdir(), 'salaysay-bench-ner-')) : null;
  try {
    const model = folder === null ? (named as string) : await writeTinyModel(folder, TINY_NER_SPEC);
    const loadStart = process.hrtime.bigint();
    const recognizer = await createTransformersRecognizer({ model });
    const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
    const baseline = await bestOf(5, () =>
      segments.map((segment) => segment.text.match(/\p{Lu}\p{L}+/gu)?.length ?? 0),
    );
    let found = 0;
    const run = await bestOf(2, async () => {
      found = 0;
      for (const segment of segments) {
        found += (await recognizer.recognize(segment, document, context)).length;
      }
    });
    return [
      `  model: ${folder === null ? named : 'tiny test model (backend overhead only)'}, loaded in ${loadMs.toFixed(0)} ms`,
      `  sources/: ${segments.length} lines, ${(bytes / 1024).toFixed(1)} KiB, ${found} candidates`,
      formatRun('baseline: capitalised-word regex', baseline, bytes),
      formatRun('transformers recogniser', run, bytes, baseline),
    ];
  } finally {
    if (folder !== null) await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
