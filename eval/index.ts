/**
 * `npm run eval`: every evaluation, in the order of the pipeline. Each module scores one
 * stage on data (the seed gold against `output/`, and the public sets in
 * `../shared/eval/`) and returns the lines to print; none asserts anything.
 */
import { existsSync } from 'node:fs';
import { evalRoot, outputRoot } from './paths.js';

interface Evaluation {
  evaluate(): Promise<string[]>;
}

const evaluations: readonly [string, () => Promise<Evaluation>][] = [
  ['segmentation', () => import('./segmentation.js')],
  ['sections', () => import('./sections.js')],
  ['langid', () => import('./langid.js')],
  ['foreign-spans', () => import('./foreign-spans.js')],
  ['duplicates', () => import('./duplicates.js')],
  ['timex', () => import('./timex.js')],
  ['entities', () => import('./entities.js')],
  ['unseen-entities', () => import('./unseen-entities.js')],
  ['events', () => import('./events.js')],
  ['unseen-events', () => import('./unseen-events.js')],
];

if (!existsSync(evalRoot)) {
  process.stderr.write(`eval: no evaluation data at ${evalRoot} (set SALAYSAY_SHARED to the folder holding eval/)\n`);
  process.exit(2);
}
if (!existsSync(`${outputRoot}/documents.jsonl`)) {
  process.stderr.write(`eval: no dataset in ${outputRoot}: run 'npm run pipeline' first\n`);
  process.exit(2);
}

const only = process.argv.slice(2);
for (const [name, load] of evaluations) {
  if (only.length > 0 && !only.includes(name)) continue;
  const lines = await (await load()).evaluate();
  process.stdout.write(`${lines.join('\n')}\n`);
}
