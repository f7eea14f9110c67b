/**
 * A cache of per-document results, so that a batch run processes only new and changed
 * sources. The key is a hash of what decides the result: the source path and bytes, the
 * name and version of every document stage, the configuration, and a fingerprint of the
 * pipeline's own code and data, so that no change to a rule or lexicon is ever missed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, StageMeta } from './stage.js';
import type { Document } from './model.js';
import { stableId } from './ids.js';

export interface DocumentCache {
  get(key: string): Document | undefined;
  set(key: string, document: Document): void;
}

let fingerprint: string | null = null;

/** A hash of every file of the pipeline (code and language data), computed once. */
export function codeFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(entry.name)) hash.update(path).update(readFileSync(path));
    }
  };
  walk(dirname(fileURLToPath(import.meta.url)));
  return (fingerprint = hash.digest('hex'));
}

/** The cache key of a source under a configuration and a list of stages. */
export function cacheKey(source: string, sha256: string, stages: readonly { meta: StageMeta }[], config: Config): string {
  const versions = stages.map(({ meta }) => `${meta.name}@${meta.version}`).join(',');
  // Corrections act on the corpus only: editing them must not invalidate document results.
  const { corrections: _corrections, ...documentConfig } = config;
  return stableId('cache', source, sha256, versions, JSON.stringify(documentConfig), codeFingerprint());
}

/** A cache kept as one JSON file per document in a folder. */
export function folderCache(folder: string): DocumentCache {
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as Document;
      } catch {
        return undefined;
      }
    },
    set(key, document) {
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `${key}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(document));
      renameSync(`${file}.tmp`, file);
    },
  };
}
