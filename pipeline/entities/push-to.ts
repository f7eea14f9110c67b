/**
 * Appending to a map of lists, the grouping step the linking passes share.
 */

/**
 * Appends `value` to the list under `key`, creating the list on first use.
 *
 * @param map Lists by key (modified).
 * @example pushTo(byDocument, 'doc-1', item)
 */
export function pushTo<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
