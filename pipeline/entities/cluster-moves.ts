/**
 * Moving single mentions between link clusters after every target was chosen on the
 * clusters as built: a mention sent to a cluster whose own mentions all move to one other
 * cluster follows them there ("Pangkalahatang Staff" -> "… Kawani ng Hukbo" -> the
 * Japanese General Staff).
 */
import type { Located } from './link.js';
import { addTo, pushTo } from './grouping.js';

/** One mention leaving cluster `from` for cluster `to`. */
export interface ClusterMove {
  from: string;
  item: Located;
  to: string;
}

/**
 * Applies moves to `clusters` (modified): emptied clusters are deleted, targets that were
 * emptied are followed to where their mentions went.
 *
 * @example applyMoves(clusters, [{ from: 'body:cer', item, to: 'body:chinese eastern railway' }])
 */
export function applyMoves(clusters: Map<string, Located[]>, moves: readonly ClusterMove[]): void {
  const moved = new Set(moves.map(({ item }) => item));
  const destinations = new Map<string, Set<string>>();
  for (const { from, to } of moves) addTo(destinations, from, to);
  // A cluster all of whose mentions go to one place redirects there.
  const redirect = new Map<string, string>();
  for (const [from, targets] of destinations) {
    if (targets.size === 1 && clusters.get(from)!.every((item) => moved.has(item))) redirect.set(from, [...targets][0]!);
  }
  const follow = (key: string): string => {
    const seen = new Set<string>();
    let at = key;
    while (redirect.has(at) && !seen.has(at)) {
      seen.add(at);
      at = redirect.get(at)!;
    }
    return at;
  };
  for (const from of destinations.keys()) {
    const rest = clusters.get(from)!.filter((item) => !moved.has(item));
    if (rest.length === 0) clusters.delete(from);
    else clusters.set(from, rest);
  }
  for (const { item, to } of moves) {
    pushTo(clusters, follow(to), item);
  }
}
