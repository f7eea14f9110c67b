import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from './helpers/cli.js';
import { validateDataset } from '../pipeline/output/validate.js';

afterEach(() => vi.restoreAllMocks());

describe('salaysay', () => {
  it('should print its version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('should print help with the commands', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/run <folder> --out <dir>/);
    expect(stdout).toMatch(/validate <dir>/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['run'], /run needs a sources folder/],
    [['run', '/nonexistent/folder'], /Sources folder not found/],
    [['run', '.', '--languages', 'xyz'], /Unknown language 'xyz'/],
    [['run', '--bogus'], /Unknown option '--bogus'/],
  ])('should exit 2 with a clear message on %j', async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('should process the good files, name the bad ones and exit 1', async () => {
    const root = mkdtempSync(join(tmpdir(), 'salaysay-cli-'));
    const sources = join(root, 'in');
    mkdirSync(join(sources, 'nested'), { recursive: true });
    writeFileSync(join(sources, 'good.txt'), 'On July 29, 1938, the Japanese attacked the Soviet border post near Lake Khasan.\n');
    writeFileSync(join(sources, 'nested', 'mabuti.md'), '# Khalkhin Gol\n\nNoong Mayo 11, 1939, sumalakay ang mga Hapon sa Mongolia.\n');
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    writeFileSync(join(sources, 'latin1.txt'), Uint8Array.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(join(sources, 'ignored.pdf'), 'not a source');
    const out = join(root, 'out');

    const { code, stderr } = await cli('run', sources, '--out', out, '--quiet');
    expect(code).toBe(1);
    expect(stderr).toMatch(/empty\.txt: error: the file is empty \[ingest\/empty\]/);
    expect(stderr).toMatch(/binary\.txt: error: not a text file/);
    expect(stderr).toMatch(/latin1\.txt: error: invalid UTF-8 at byte 3/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.sources.map((s: { path: string }) => s.path)).toEqual(['good.txt', 'nested/mabuti.md']);
    expect(manifest.rejected.map((r: { path: string }) => r.path)).toEqual(['binary.txt', 'empty.txt', 'latin1.txt']);
    expect(validateDataset(out)).toEqual([]);
  });

  it('should run as a program and report its exit code', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', 'nope'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'nope'/);
    expect(execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/cli.ts', '-V'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it('should write a review page and apply corrections exported from it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'salaysay-review-'));
    const sources = join(root, 'in');
    mkdirSync(sources);
    writeFileSync(join(sources, 'a.txt'), 'On July 29, 1938, the Japanese attacked the Soviet border post near Lake Khasan. <script>alert(1)</script>\n');
    const out = join(root, 'out');
    expect((await cli('run', sources, '--out', out, '--quiet', '--no-cache')).code).toBe(0);
    const entities = readFileSync(join(out, 'entities.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const khasan = entities.find((entity: { name: string }) => entity.name === 'Lake Khasan');
    expect(khasan).toBeDefined();

    const page = join(root, 'review.html');
    expect((await cli('review', out, '--out', page)).code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html).not.toMatch(/<script>alert\(1\)<\/script>/);

    const corrections = join(root, 'corrections.json');
    writeFileSync(corrections, JSON.stringify({ version: 1, corrections: [{ target: { kind: 'entity', entity: khasan.id }, action: 'reject', note: 'test' }] }));
    expect((await cli('run', sources, '--out', out, '--quiet', '--no-cache', '--corrections', corrections)).code).toBe(0);
    expect(readFileSync(join(out, 'entities.jsonl'), 'utf8')).not.toMatch(/"name":"Lake Khasan"/);

    writeFileSync(corrections, '{ not json');
    const bad = await cli('run', sources, '--out', out, '--quiet', '--corrections', corrections);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/corrections\.json/);
  });
});
