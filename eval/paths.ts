/** Where the evaluation reads from: `../shared/eval/` (override with SALAYSAY_SHARED) and `output/`. */
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = process.env.SALAYSAY_SHARED ?? join(repoRoot, '..', 'shared');
export const evalRoot = join(sharedRoot, 'eval');
export const outputRoot = process.env.SALAYSAY_OUTPUT ?? join(repoRoot, 'output');
