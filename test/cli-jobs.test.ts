import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

/** A sources folder of four readable documents (one with non-BMP text) and an unreadable one. */
function writeSources(root: string): string {
  const sources = join(root, 'in');
  mkdirSync(join(sources, 'nested'), { recursive: true });
  writeFileSync(join(sources, 'a.txt'), 'On July 29, 1938, the Japanese attacked the Soviet border post near Lake Khasan.\n');
  writeFileSync(join(sources, 'b.txt'), '𝔸 On August 11, 1938, a ceasefire ended the fighting at Lake Khasan.\n');
  writeFileSync(join(sources, 'nested', 'c.md'), '# Khalkhin Gol\n\nNoong Mayo 11, 1939, sumalakay ang mga Hapon sa Mongolia.\n');
  writeFileSync(join(sources, 'd.txt'), 'In May 1939 Soviet and Mongolian troops met the Japanese at the Khalkhin Gol river.\n');
  writeFileSync(join(sources, 'latin1.txt'), Uint8Array.from([0x63, 0x61, 0x66, 0xe9]));
  return sources;
}

/** Every file of a dataset folder, by name. */
const dataset = (folder: string): Record<string, string> =>
  Object.fromEntries(readdirSync(folder).sort().map((file) => [file, readFileSync(join(folder, file), 'utf8')]));

describe('salaysay run --jobs', () => {
  it('should document the option in --help', async () => {
    expect((await cli('--help')).stdout).toMatch(/-j, --jobs <n>/);
  });

  it.each([['0'], ['-1'], ['two'], ['1.5'], ['']])("should exit 2 on --jobs '%s'", async (jobs) => {
    const sources = writeSources(mkdtempSync(join(tmpdir(), 'salaysay-jobs-')));
    const { code, stderr } = await cli('run', sources, '--out', join(sources, '..', 'out'), `--jobs=${jobs}`, '--quiet');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs needs a whole number of at least 1/);
  });

  it('should write the same dataset and print the same lines in the same order with 2 jobs, 1 job and the default', async () => {
    const root = mkdtempSync(join(tmpdir(), 'salaysay-jobs-'));
    const sources = writeSources(root);
    const out = join(root, 'out'); // the same for every run: stderr names it
    const runs = [];
    for (const jobs of [['--jobs', '1'], ['--jobs', '2'], []]) {
      rmSync(out, { recursive: true, force: true });
      runs.push({ ...(await cli('run', sources, '--out', out, '--no-cache', '--verbose', ...jobs)), files: dataset(out) });
    }
    const [single, ...others] = runs;
    expect(single?.code).toBe(1);
    expect(single?.stderr).toMatch(/latin1\.txt: error: invalid UTF-8 at byte 3/);
    expect(single?.stderr).toMatch(/a\.txt \(1\/5\)\n.*b\.txt \(2\/5\)\n.*d\.txt \(3\/5\)\n[^]*nested\/c\.md \(5\/5\)/);
    for (const other of others) expect(other).toEqual(single);
  }, 120_000);
});

describe('the built package', () => {
  it('should run from bin/ with --jobs 2, its workers loading the compiled modules, and write what --jobs 1 writes', () => {
    const root = mkdtempSync(join(tmpdir(), 'salaysay-build-'));
    try {
      // The published layout (package.json, bin, dist, schema) with this checkout's dependencies.
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', join(root, 'dist')], { encoding: 'utf8' });
      expect(build.stdout).toBe('');
      cpSync('pipeline', join(root, 'dist', 'pipeline'), { recursive: true, filter: (source) => !/\.[cm]?ts$/.test(source) });
      cpSync('bin', join(root, 'bin'), { recursive: true });
      cpSync('schema', join(root, 'schema'), { recursive: true });
      copyFileSync('package.json', join(root, 'package.json'));
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
      expect(readdirSync(join(root, 'dist', 'pipeline'))).toContain('document-worker.js');

      const sources = writeSources(root);
      const out = join(root, 'out'); // the same for both runs: stderr names it
      const run = (jobs: string) => {
        rmSync(out, { recursive: true, force: true });
        const result = spawnSync(process.execPath, [join(root, 'bin', 'salaysay.js'), 'run', sources, '--out', out, '--no-cache', '--jobs', jobs], { encoding: 'utf8' });
        return { code: result.status, stderr: result.stderr, files: dataset(out) };
      };
      // A run this small may end before its worker is ready; here a worker alone takes a document.
      const built = (module: string): string => JSON.stringify(pathToFileURL(join(root, 'dist', 'pipeline', module)).href);
      const script = `
        import { createWorkerPool, siblingModule } from ${built('pool.js')};
        import { resolveConfig } from ${built('pipeline.js')};
        import { ingest } from ${built('stages/ingest.js')};
        const result = ingest({ path: 'a.txt', bytes: new TextEncoder().encode('𝔸 On July 29, 1938, the Japanese attacked.') });
        const pool = createWorkerPool({ entry: siblingModule(${built('pipeline.js')}, 'document-worker'), workers: 1, workerData: resolveConfig() });
        try {
          const { document } = await pool.run(result.document, 'a.txt');
          process.stdout.write(JSON.stringify(document.timexes.map(({ text, start }) => [text, start])));
        } finally {
          await pool.close();
        }`;
      const worker = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(worker.stderr).toBe('');
      expect(JSON.parse(worker.stdout)).toEqual([['July 29, 1938', 5]]);

      const single = run('1');
      expect(single.code).toBe(1);
      expect(single.stderr).toMatch(/latin1\.txt: error: invalid UTF-8/);
      expect(single.stderr).toMatch(/wrote .*: 4 documents/);
      expect(run('2')).toEqual(single);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
