/** Finds and reads the sources of a run: every `.txt` and `.md` file below a folder. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './stages/ingest.js';
import { ConfigurationError } from './errors.js';

/** File name endings the pipeline reads. */
export const sourceExtensions = ['.txt', '.md'] as const;

/**
 * The source files below a folder, in path order. Hidden files and folders are skipped.
 *
 * @throws ConfigurationError when the folder does not exist or is not a folder.
 */
export function listSources(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`Sources folder not found: ${folder}`);
  }
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && sourceExtensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
    }
  };
  walk(folder);
  return found.map((path) => relative(folder, path).split(sep).join('/')).sort();
}

/** Read every source below a folder. */
export function readSources(folder: string): SourceFile[] {
  return listSources(folder).map((path) => ({ path, bytes: readFileSync(join(folder, path)) }));
}
