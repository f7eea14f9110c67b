import { createHash } from 'node:crypto';

/**
 * A stable id: a prefix and the first 12 hex digits of the sha256 of its parts. Ids depend
 * only on what they identify (path, content hash, span), never on run order or time.
 *
 * @example stableId('seg', documentId, 10, 42) // 'seg-3f0c…'
 */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}-${hash.slice(0, 12)}`;
}

/** A readable id from a name: `en-` plus a lowercase ASCII slug, e.g. `en-lake-khasan`. */
export function slugId(prefix: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${prefix}-${slug || stableId('x', name).slice(2)}`;
}
