/** Name and version of this package, read from its package.json. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from './output/manifest.js';

let cached: Generator | null = null;

/** The generator recorded in manifests and printed by `--version`. */
export function packageInfo(): Generator {
  if (cached) return cached;
  // From pipeline/ (sources) or dist/pipeline/ (build), walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'salaysay' && json.version) return (cached = { name: json.name, version: json.version });
    } catch {
      // not here: go up
    }
    dir = dirname(dir);
  }
  throw new Error('package.json of salaysay not found');
}
