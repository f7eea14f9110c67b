import { describe, expect, it } from 'vitest';
import { createWorkerPool, siblingModule, type WorkerPool } from '../pipeline/pool.js';
import { answer, type PoolAnswer, type PoolTask } from './helpers/pool-tasks.js';

const entry = siblingModule(import.meta.url, 'helpers/pool-worker');
type Pool = WorkerPool<PoolTask, PoolAnswer>;

/** Runs `use` on a fresh pool and always closes it. */
async function withPool<T>(options: { workers: number; local?: boolean }, use: (pool: Pool) => Promise<T>): Promise<T> {
  const pool: Pool = createWorkerPool({
    entry,
    workers: options.workers,
    workerData: 'worker',
    ...(options.local ? { local: async (task: PoolTask) => ('echo' in task ? answer(task.echo, 'local') : Promise.reject(new Error('local only echoes'))) } : {}),
  });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}

/** Settles every promise, keeping rejections as their messages. */
const settle = <T>(promises: Promise<T>[]): Promise<(T | string)[]> =>
  Promise.all(promises.map((promise) => promise.catch((error: Error) => error.message)));

describe('siblingModule', () => {
  it.each([
    ['file:///a/pipeline/pipeline.ts', 'file:///a/pipeline/document-worker.ts'],
    ['file:///a/dist/pipeline/pipeline.js', 'file:///a/dist/pipeline/document-worker.js'],
  ])('should keep the extension of %s', (base, expected) => {
    expect(siblingModule(base, 'document-worker').href).toBe(expected);
  });
});

describe('createWorkerPool', () => {
  it.each<[string, { workers: number; local?: boolean }]>([
    ['one worker', { workers: 1 }],
    ['two workers', { workers: 2 }],
    ['this thread only', { workers: 0, local: true }],
    ['a worker and this thread', { workers: 1, local: true }],
  ])('should answer every task with its own result, in the order asked (%s)', async (_name, options) => {
    const texts = ['𝔸 before', 'plain', '😀😀', '', 'x'.repeat(10_000), 'last'];
    const results = await withPool(options, (pool) => Promise.all(texts.map((text, i) => pool.run({ echo: text }, `t${i}`))));
    expect(results.map(({ text, codePoints }) => [text, codePoints])).toEqual(texts.map((text) => [text, [...text].length]));
    expect(results.every(({ by }) => by === 'worker' || (options.local === true && by === 'local'))).toBe(true);
  }, 60_000);

  it('should reject a task whose handler throws with its label, and run the others', async () => {
    const results = await withPool({ workers: 1 }, (pool) =>
      settle([pool.run({ echo: 'a' }, 'a.txt'), pool.run({ throw: 'bad input' }, 'b.txt'), pool.run({ echo: 'c' }, 'c.txt')]),
    );
    expect(results).toEqual([answer('a', 'worker'), 'b.txt: bad input', answer('c', 'worker')]);
  }, 60_000);

  it('should reject with its label a task this thread runs that throws', async () => {
    const results = await withPool({ workers: 0, local: true }, (pool) => settle([pool.run({ exit: 1 }, 'x.txt'), pool.run({ echo: 'y' }, 'y.txt')]));
    expect(results).toEqual(['x.txt: local only echoes', answer('y', 'local')]);
  });

  it('should name the task whose worker died, and still run the tasks after it', async () => {
    const results = await withPool({ workers: 1 }, (pool) =>
      settle([pool.run({ echo: 'a' }, 'a.txt'), pool.run({ exit: 3 }, 'b.txt'), pool.run({ echo: 'c' }, 'c.txt')]),
    );
    expect(results[0]).toEqual(answer('a', 'worker'));
    expect(results[1]).toMatch(/^b\.txt: the worker thread stopped \(exit code 3\) before finishing/);
    expect(results[2]).toEqual(answer('c', 'worker'));
  }, 60_000);

  it('should turn a result that cannot be sent back into the task error, not a dead worker', async () => {
    const results = await withPool({ workers: 1 }, (pool) => settle([pool.run({ uncloneable: true }, 'f.txt'), pool.run({ echo: 'g' }, 'g.txt')]));
    expect(results[0]).toMatch(/^f\.txt: .*could not be cloned/);
    expect(results[1]).toEqual(answer('g', 'worker'));
  }, 60_000);

  it('should fail the queued tasks, not hang, when a worker cannot start', async () => {
    const pool = createWorkerPool<PoolTask, PoolAnswer>({ entry: siblingModule(import.meta.url, 'helpers/broken-worker'), workers: 1, workerData: null });
    try {
      const results = await settle([pool.run({ echo: 'a' }, 'a.txt'), pool.run({ echo: 'b' }, 'b.txt')]);
      expect(results).toEqual([
        expect.stringMatching(/^a\.txt: a worker thread could not start \(exit code 1\): cannot load this worker/),
        expect.stringMatching(/^b\.txt: a worker thread could not start/),
      ]);
      await expect(pool.run({ echo: 'c' }, 'c.txt')).rejects.toThrow(/^c\.txt: a worker thread could not start/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('should reject what is not finished when closed, and refuse new tasks', async () => {
    const pool = createWorkerPool<PoolTask, PoolAnswer>({ entry, workers: 1, workerData: null });
    const pending = settle([pool.run({ echo: 'a' }, 'a.txt')]);
    await pool.close();
    expect(await pending).toEqual(['the worker pool was closed']);
    await expect(pool.run({ echo: 'b' }, 'b.txt')).rejects.toThrow(/^b\.txt: the worker pool is closed/);
  });

  it.each([[-1], [1.5], [Number.NaN]])('should refuse %s workers', (workers) => {
    expect(() => createWorkerPool({ entry, workers, workerData: null })).toThrow(/whole number of workers/);
  });

  it('should refuse a pool with neither workers nor a local handler', () => {
    expect(() => createWorkerPool({ entry, workers: 0, workerData: null })).toThrow(/a worker or a local handler/);
  });
});
