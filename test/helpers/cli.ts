/** The command line run in this process, for tests: its exit code and what it printed. */
import { vi } from 'vitest';
import { main } from '../../pipeline/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `salaysay <args>` in-process, capturing standard output and error.
 *
 * @example await cli('--version') // { code: 0, stdout: '0.1.0\n', stderr: '' }
 */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(args, {}), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}
