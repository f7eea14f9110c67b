/** Timing helpers for the benchmarks: best of several runs, and MB/s. */

/** Milliseconds of the fastest of `runs` calls (after one warm-up call). */
export async function bestOf(runs: number, work: () => unknown): Promise<number> {
  await work();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Throughput in MB/s for `bytes` processed in `ms` milliseconds. */
export const megabytesPerSecond = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

/** A line: `name  12.3 ms  4.56 MB/s  ratio 7.8x baseline`. */
export function formatRun(name: string, ms: number, bytes: number, baselineMs?: number): string {
  const ratio = baselineMs === undefined ? '' : `  ${(ms / baselineMs).toFixed(1)}x baseline time`;
  return `  ${name.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms  ${megabytesPerSecond(bytes, ms).toFixed(2).padStart(7)} MB/s${ratio}`;
}
