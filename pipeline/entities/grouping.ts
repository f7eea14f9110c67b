/**
 * Adding to a map of lists or sets, the grouping step the linking passes share.
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

/**
 * Adds `value` to the set under `key`, creating the set on first use.
 *
 * @param map Sets by key (modified).
 * @example addTo(keysBySegment, 'seg-1', 'japan')
 */
export function addTo<K, T>(map: Map<K, Set<T>>, key: K, value: T): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
