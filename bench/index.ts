/**
 * `npm run bench`: throughput and memory of the stages, each reported as a ratio against a
 * baseline run in the same process on the same input, so numbers compare across machines.
 */
interface Benchmark {
  bench(): Promise<string[]>;
}

const benchmarks: readonly [string, () => Promise<Benchmark>][] = [
  ['segment', () => import('./segment.js')],
  ['language', () => import('./language.js')],
  ['dedup', () => import('./dedup.js')],
  ['dates', () => import('./dates.js')],
  ['events', () => import('./events.js')],
  ['entities', () => import('./entities.js')],
  ['transformers', () => import('./transformers.js')],
  ['pipeline', () => import('./pipeline.js')],
  ['pathological', () => import('./pathological.js')],
  ['parallel', () => import('./parallel.js')],
];

const only = process.argv.slice(2);
for (const [name, load] of benchmarks) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`\n== ${name}\n`);
  const lines = await (await load()).bench();
  process.stdout.write(`${lines.join('\n')}\n`);
}
