/**
 * A cache of per-document results, so that a batch run processes only new and changed
 * sources. The key is a hash of what decides the result: the source path and bytes, the
 * name and version of every document stage, and the configuration.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config, StageMeta } from './stage.js';
import type { Document } from './model.js';
import { stableId } from './ids.js';

export interface DocumentCache {
  get(key: string): Document | undefined;
  set(key: string, document: Document): void;
}

/** The cache key of a source under a configuration and a list of stages. */
export function cacheKey(source: string, sha256: string, stages: readonly { meta: StageMeta }[], config: Config): string {
  const versions = stages.map(({ meta }) => `${meta.name}@${meta.version}`).join(',');
  return stableId('cache', source, sha256, versions, JSON.stringify(config));
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
