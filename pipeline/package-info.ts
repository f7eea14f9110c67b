/** This package's root folder, name and version, found from the sources or the build. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from './output/manifest.js';

let cached: { root: string; generator: Generator } | null = null;

function locate(): { root: string; generator: Generator } {
  if (cached) return cached;
  // From pipeline/ (sources) or dist/pipeline/ (build), walk up to the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++, dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'salaysay' && json.version) return (cached = { root: dir, generator: { name: json.name, version: json.version } });
    } catch {
      // not here: go up
    }
  }
  throw new Error('package.json of salaysay not found');
}

/** The generator recorded in manifests and printed by `--version`. */
export function packageInfo(): Generator {
  return locate().generator;
}

/** The folder holding package.json (and `schema/`). */
export function packageRoot(): string {
  return locate().root;
}
