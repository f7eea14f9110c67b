/** The tasks of the pool's tests, shared by the test worker (pool-worker.ts) and the tests. */

/** What a test asks the worker to do: echo a text, throw, exit the thread, or answer with something that cannot be cloned. */
export type PoolTask = { echo: string } | { throw: string } | { exit: number } | { uncloneable: true };

/** The answer to an `echo` task: the text, its code points, and who answered. */
export interface PoolAnswer {
  text: string;
  codePoints: number;
  by: string;
}

/** Answers an `echo` task. */
export function answer(text: string, by: string): PoolAnswer {
  return { text, codePoints: [...text].length, by };
}
