/**
 * A name given again in brackets right after a name of a compatible type is the same
 * entity under another name ("BATTLE ON LAKE PEOPLE (Battle on the Ice)", "Ussuriysk
 * (Voroshilov)"): the mention the gazetteer does not know joins the other's entity. Two
 * gazetteer entities stay apart (the gazetteer has decided both).
 */
import type { Document } from '../model.js';
import type { ClusterMove } from './cluster-moves.js';
import { applyMoves } from './cluster-moves.js';
import { documentIndex } from './document-index.js';
import { pushTo } from './grouping.js';
import type { Located } from './link.js';
import { compatibleTypes } from './merge.js';

/**
 * Links each bracketed name to the name right before it. Modifies `clusters`.
 *
 * @param clusters Cluster key -> located mentions (`gaz:` keys are gazetteer entities).
 * @param documents The documents (their text shows the brackets).
 * @example "Lake People (Battle on the Ice)": the first mention joins the gazetteer's Battle on the Ice
 */
export function linkBracketedNames(clusters: Map<string, Located[]>, documents: readonly Document[]): void {
  const byDocument = new Map<string, { key: string; item: Located }[]>();
  for (const [key, items] of clusters) {
    for (const item of items) {
      pushTo(byDocument, item.document, { key, item });
    }
  }
  const moves: ClusterMove[] = [];
  for (const document of documents) {
    const list = (byDocument.get(document.id) ?? []).sort((a, b) => a.item.mention.start - b.item.mention.start || a.item.mention.end - b.item.mention.end);
    const text = documentIndex(document);
    for (let k = 0; k + 1 < list.length; k++) {
      const first = list[k]!;
      const second = list[k + 1]!;
      const a = first.item.mention;
      const b = second.item.mention;
      if (first.key === second.key || !compatibleTypes(a.type, b.type) || a.end > b.start || b.start - a.end > 3) continue;
      if (!/^\s?\(\s?$/u.test(text.slice(a.end, b.start)) || !/^\s?\)/u.test(text.slice(b.end, b.end + 2))) continue;
      const curatedFirst = first.key.startsWith('gaz:');
      const curatedSecond = second.key.startsWith('gaz:');
      if (curatedFirst && curatedSecond) continue;
      if (curatedSecond) moves.push({ from: first.key, item: first.item, to: second.key });
      else moves.push({ from: second.key, item: second.item, to: first.key });
    }
  }
  applyMoves(clusters, moves);
}
