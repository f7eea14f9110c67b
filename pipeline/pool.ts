/**
 * A pool of worker threads, plus optionally this thread, running tasks of one kind from one
 * queue in the order queued, one task per thread at a time. A worker takes tasks only once it
 * has loaded its modules (it says `ready`), and this thread starts at once, so a small batch
 * is not slower than running it here alone.
 *
 * A task that throws rejects with its label and the error. A worker that dies while holding a
 * task (exit, out of memory, an error outside the task) rejects that task, naming it, and is
 * replaced; one that dies before it is ready fails every queued task. Nothing waits forever.
 *
 * The worker module calls `serveTasks` with its handler; the main thread `createWorkerPool`.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** What the main thread sends a worker. */
interface TaskMessage<Task> {
  id: number;
  task: Task;
}

/** What a worker says: that it is ready, a task's result, or the error its handler threw. */
type ReplyMessage<Result> =
  | { ready: true }
  | { id: number; result: Result }
  | { id: number; error: { message: string; stack: string } };

export interface WorkerPool<Task, Result> {
  /**
   * Queue a task.
   *
   * @param label Names the task in errors (e.g. the source path).
   * @returns the handler's result; rejects when the handler throws, its worker dies or the
   *   pool is closed first.
   */
  run(task: Task, label: string): Promise<Result>;
  /** Stop every worker; tasks not finished yet reject. */
  close(): Promise<void>;
}

export interface PoolOptions<Task, Result> {
  /** The worker module; it calls `serveTasks`. */
  entry: URL;
  /** How many worker threads (≥ 0). */
  workers: number;
  /** Given to every worker as `workerData`, e.g. the configuration. */
  workerData: unknown;
  /** Runs tasks in this thread too (the same work as the workers' handler), between workers' messages. */
  local?: (task: Task) => Promise<Result>;
}

interface Job<Task, Result> {
  id: number;
  task: Task;
  label: string;
  resolve(result: Result): void;
  reject(error: Error): void;
}

interface Slot<Task, Result> {
  worker: Worker;
  ready: boolean;
  job: Job<Task, Result> | null;
  /** The last error the worker raised outside a task, told when it exits. */
  failure: Error | null;
}

/**
 * The module next to `base` named `name`, with the extension `base` has: `.ts` when the
 * sources run through a TypeScript loader (tsx, vitest), `.js` in the build.
 *
 * @example siblingModule(import.meta.url, 'document-worker') // …/pipeline/document-worker.ts
 */
export function siblingModule(base: string, name: string): URL {
  const extension = /\.[cm]?[jt]s$/.exec(new URL(base).pathname)?.[0] ?? '.js';
  return new URL(`./${name}${extension}`, base);
}

/**
 * The script a worker starts from: `entry` itself in the build. A TypeScript entry (sources
 * run through tsx or vitest) is imported after registering tsx's loader inside the worker,
 * since Node 20 applies neither the parent's loader hooks nor `--import` to a worker's entry.
 */
function workerScript(entry: URL): URL {
  if (!/\.[cm]?ts$/.test(entry.pathname)) return entry;
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/**
 * This process's node options, which a worker inherits, less `--input-type`: given with `-e`
 * code, it would make a worker refuse its file entry.
 */
function workerExecArgv(): string[] {
  return process.execArgv.filter((arg, i, all) => !arg.startsWith('--input-type') && all[i - 1] !== '--input-type');
}

/** A task's error as the pool raises it, wherever it ran: the label, the message, the stack. */
function taskError(label: string, error: { message: string; stack?: string | undefined }): Error {
  const raised = new Error(`${label}: ${error.message}`);
  if (error.stack) raised.stack = `Error: ${label}: ${error.stack.replace(/^Error: /, '')}`;
  return raised;
}

/** Lets pending messages (workers' replies) in before this thread takes its next task. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Start a pool.
 *
 * @example
 *   const pool = createWorkerPool<string, number>({ entry: siblingModule(import.meta.url, 'length-worker'), workers: 1, workerData: null });
 *   try { console.log(await pool.run('abc', 'abc')); } finally { await pool.close(); }
 */
export function createWorkerPool<Task, Result>(options: PoolOptions<Task, Result>): WorkerPool<Task, Result> {
  const { entry, workers, workerData, local } = options;
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`A worker pool needs a whole number of workers, got ${workers}`);
  if (workers === 0 && !local) throw new Error('A worker pool needs a worker or a local handler');
  const script = workers > 0 ? workerScript(entry) : entry;
  const execArgv = workerExecArgv();
  const queue: Job<Task, Result>[] = [];
  const slots = new Set<Slot<Task, Result>>();
  let nextId = 0;
  let closed = false;
  let broken: string | null = null;
  let localBusy = false;

  const dispatch = (slot: Slot<Task, Result>): void => {
    const job = queue.shift();
    slot.job = job ?? null;
    if (job) slot.worker.postMessage({ id: job.id, task: job.task } satisfies TaskMessage<Task>);
  };

  const fail = (reason: string): void => {
    broken = reason;
    for (const job of queue.splice(0)) job.reject(new Error(`${job.label}: ${reason}`));
  };

  const spawn = (): void => {
    const slot: Slot<Task, Result> = { worker: new Worker(script, { workerData, execArgv }), ready: false, job: null, failure: null };
    slots.add(slot);
    slot.worker.on('message', (reply: ReplyMessage<Result>) => {
      if ('ready' in reply) {
        slot.ready = true;
      } else {
        const job = slot.job;
        if (!job || job.id !== reply.id) return;
        if ('error' in reply) job.reject(taskError(job.label, reply.error));
        else job.resolve(reply.result);
      }
      dispatch(slot);
    });
    slot.worker.on('messageerror', (error) => (slot.failure = error));
    slot.worker.on('error', (error) => (slot.failure = error));
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (closed) return;
      const cause = slot.failure ? `: ${slot.failure.message}` : '';
      if (!slot.ready) return fail(`a worker thread could not start (exit code ${code})${cause}`);
      const job = slot.job;
      job?.reject(new Error(`${job.label}: the worker thread stopped (exit code ${code}) before finishing${cause}`));
      if (queue.length > 0) spawn();
    });
  };

  const runLocal = async (): Promise<void> => {
    if (!local || localBusy) return;
    localBusy = true;
    for (;;) {
      await nextTurn();
      const job = queue.shift();
      if (!job) break;
      try {
        job.resolve(await local(job.task));
      } catch (error) {
        job.reject(taskError(job.label, error instanceof Error ? error : { message: String(error) }));
      }
    }
    localBusy = false;
  };

  for (let i = 0; i < workers; i++) spawn();

  return {
    run(task, label) {
      if (closed) return Promise.reject(new Error(`${label}: the worker pool is closed`));
      if (broken !== null) return Promise.reject(new Error(`${label}: ${broken}`));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ id: nextId++, task, label, resolve, reject });
        const idle = [...slots].find((slot) => slot.ready && slot.job === null);
        if (idle) dispatch(idle);
        else if (slots.size === 0 && workers > 0 && !local) spawn(); // every worker died with nothing left to do
        void runLocal();
      });
    },
    async close() {
      closed = true;
      const stopped = new Error('the worker pool was closed');
      for (const job of queue.splice(0)) job.reject(stopped);
      const running = [...slots];
      for (const slot of running) slot.job?.reject(stopped);
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * In a worker module: say `ready`, then answer every task from the pool with `handler`'s
 * result (or the error it throws), one at a time. Call it once the module's imports are done.
 *
 * @param handler Turns a task into its result; what it throws rejects that task only.
 * @throws when not called in a worker thread.
 * @example serveTasks<string, number>((text) => [...text].length); // a length-worker module
 */
export function serveTasks<Task, Result>(handler: (task: Task) => Result | Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  port.on('message', async ({ id, task }: TaskMessage<Task>) => {
    let reply: ReplyMessage<Result>;
    try {
      reply = { id, result: await handler(task) };
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      reply = { id, error: { message, stack: stack ?? message } };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      // A result that cannot be cloned is the task's error, not the worker's death.
      port.postMessage({ id, error: { message: (error as Error).message, stack: (error as Error).stack ?? '' } });
    }
  });
  port.postMessage({ ready: true } satisfies ReplyMessage<Result>);
}
