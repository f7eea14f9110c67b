/** The worker of the pool's tests: does what each task asks (see pool-tasks.ts). */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../../pipeline/pool.js';
import { answer, type PoolAnswer, type PoolTask } from './pool-tasks.js';

const name = typeof workerData === 'string' ? workerData : 'worker';

serveTasks<PoolTask, PoolAnswer | (() => void)>((task) => {
  if ('echo' in task) return answer(task.echo, name);
  if ('throw' in task) throw new Error(task.throw);
  if ('exit' in task) process.exit(task.exit);
  return () => undefined;
});
