/**
 * English entity recognition throughput: the `entities` stage's English recogniser on the
 * sentences of `sources/000`, against compromise alone (people, places, organisations)
 * on the same sentences, measured in the same process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { languagePack } from '../pipeline/lang/index.js';
import { defaultConfig } from '../pipeline/stage.js';
import type { StageContext } from '../pipeline/stage.js';
import { compromiseRecognizer } from '../pipeline/entities/recognizers/compromise.js';
import { roughDocument } from '../eval/entities.js';
import { repoRoot } from '../eval/paths.js';
import { bestOf } from './measure.js';

const context: StageContext = { config: defaultConfig, lang: languagePack, report: () => undefined };

/** Throughput lines (MB/s of UTF-8 text) and the ratio to compromise alone. */
export async function bench(): Promise<string[]> {
  const text = readFileSync(join(repoRoot, 'sources', '000_2bbb75ac86e56445.txt'), 'utf8');
  const document = roughDocument('bench', '000', text, 'eng');
  const megabytes = Buffer.byteLength(document.segments.map((segment) => segment.text).join('\n'), 'utf8') / 1e6;
  const ours = (): void => {
    for (const segment of document.segments) compromiseRecognizer.recognize(segment, document, context);
  };
  const alone = (): void => {
    for (const segment of document.segments) {
      const doc = nlp(segment.text);
      doc.people().json({ offset: true });
      doc.places().json({ offset: true });
      doc.organizations().json({ offset: true });
    }
  };
  // Best of several rounds after a warm-up: the machine is shared, and the minimum is the least disturbed.
  const oursTime = (await bestOf(10, ours)) / 1000;
  const aloneTime = (await bestOf(3, alone)) / 1000;
  return [
    '\n== entities: English recognition throughput (sources/000, one core, best of several rounds)',
    `  recogniser (patterns + compromise where it pays)  ${(megabytes / oursTime).toFixed(2)} MB/s  [bar: >= 1 MB/s]`,
    `  compromise alone                                  ${(megabytes / aloneTime).toFixed(2)} MB/s`,
    `  ratio                                             ${(aloneTime / oursTime).toFixed(1)}x`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await bench()).join('\n')}\n`);
}
