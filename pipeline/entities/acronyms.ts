/**
 * Acronym linking: an acronym the gazetteer does not know joins the name it abbreviates
 * in its document, when the text defines it ("Chinese Eastern Railway (CER)", also
 * "CER (Chinese Eastern Railway)") or when it spells the initials of the capitalised
 * words of a name there ("CPSU" for "Communist Party of the Soviet Union"); with several
 * such names, the one mentioned last before it. Transliterated acronyms ("NPO" for the
 * People's Commissariat) need the definition or the gazetteer.
 */
import type { Document, EntityType } from '../model.js';
import type { ClusterMove } from './cluster-moves.js';
import { applyMoves } from './cluster-moves.js';
import { documentIndex } from './document-index.js';
import { pushTo } from './grouping.js';
import type { Located } from './link.js';

/** What an acronym may stand for (never a person: "K.E." initials are not acronyms). */
const EXPANDABLE = new Set<EntityType>(['ORG', 'MILITARY_UNIT', 'GPE', 'LOCATION', 'EVENT_NAME', 'DOCUMENT', 'WEAPON_EQUIPMENT']);

/** Whether a mention's text is an acronym: 2 to 6 capitals, nothing else. */
export function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text);
}

/**
 * The initials of a name's capitalised words ("Communist Party of the Soviet Union" ->
 * "CPSU"); lower-case words ("of", "the", "ng") are skipped, hyphenated parts count.
 *
 * @example nameInitials("Mongolian People's Republic") // 'MPR'
 */
export function nameInitials(name: string): string {
  return (name.match(/[\p{L}’']+/gu) ?? [])
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/**
 * Moves each acronym mention of a cluster not from the gazetteer to the cluster of the name
 * it abbreviates in its document; clusters left empty are deleted. Modifies `clusters`.
 *
 * @param clusters Cluster key -> located mentions (`gaz:` keys are gazetteer entities).
 * @param documents The documents (their text shows definitions in brackets).
 */
export function linkAcronyms(clusters: Map<string, Located[]>, documents: readonly Document[]): void {
  const byId = new Map(documents.map((document) => [document.id, document]));
  // Document -> expandable mentions (not acronyms) with their cluster, by start; and
  // document + initials -> those mentions.
  const named = new Map<string, { key: string; item: Located }[]>();
  const byInitials = new Map<string, { key: string; item: Located }[]>();
  for (const [key, items] of clusters) {
    for (const item of items) {
      if (!EXPANDABLE.has(item.mention.type) || isAcronym(item.mention.text)) continue;
      pushTo(named, item.document, { key, item });
      const initials = nameInitials(item.mention.text);
      if (initials.length >= 2) pushTo(byInitials, `${item.document}\u0000${initials}`, { key, item });
    }
  }
  for (const list of named.values()) list.sort((a, b) => a.item.mention.start - b.item.mention.start);
  // Document + acronym -> where the text defines it in brackets and as which cluster.
  const definitions = new Map<string, { at: number; key: string }[]>();
  for (const items of clusters.values()) {
    for (const item of items) {
      if (!isAcronym(item.mention.text) || !EXPANDABLE.has(item.mention.type)) continue;
      const key = bracketed(item);
      if (key) pushTo(definitions, `${item.document}\u0000${item.mention.text}`, { at: item.mention.start, key });
    }
  }
  // Targets are chosen on the clusters as built, so only a cluster's own key is skipped per
  // acronym: each list is indexed once and every acronym costs a binary search.
  const definedAt = indexAll(definitions, ({ key }) => clusters.has(key), ({ at }) => at);
  const spelledAt = indexAll(byInitials, ({ key }) => clusters.has(key), ({ item }) => item.mention.start);
  // Every target is chosen on the clusters as built, then the mentions move.
  const moves: ClusterMove[] = [];
  for (const key of [...clusters.keys()].sort()) {
    if (key.startsWith('gaz:')) continue;
    for (const item of clusters.get(key)!) {
      const target = isAcronym(item.mention.text) && EXPANDABLE.has(item.mention.type) ? expansion(item, key) : null;
      if (target) moves.push({ from: key, item, to: target });
    }
  }
  applyMoves(clusters, moves);

  /** The cluster of the name an acronym is bracketed with ("Name (ACR)", "ACR (Name)"). */
  function bracketed(item: Located): string | null {
    const document = byId.get(item.document);
    const list = named.get(item.document) ?? [];
    const { start, end } = item.mention;
    if (!document) return null;
    const text = documentIndex(document);
    // The names right before and right after it (binary search on starts).
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.item.mention.start < start) low = mid + 1;
      else high = mid;
    }
    const previous = list[low - 1];
    let after = low;
    while (after < list.length && list[after]!.item.mention.start < end) after++;
    const next = list[after];
    const opens = (from: number, to: number): boolean => /^\s*\(\s*$/u.test(text.slice(from, to));
    const closes = (from: number): boolean => /^\s*\)/u.test(text.slice(from, from + 3));
    if (previous && previous.item.mention.end <= start && opens(previous.item.mention.end, start) && closes(end)) return previous.key;
    if (next && opens(end, next.item.mention.start) && closes(next.item.mention.end)) return next.key;
    return null;
  }

  /**
   * The cluster of the name an acronym abbreviates: the document's definition in force
   * (the last before it, else the first), else the name its letters spell.
   */
  function expansion(item: Located, own: string): string | null {
    const { start } = item.mention;
    const lookup = `${item.document}\u0000${item.mention.text}`;
    const defined = definedAt.get(lookup);
    if (defined) {
      const inForce = defined.lastOutside(defined.countBefore(start + 1), own);
      const first = inForce >= 0 ? inForce : defined.firstOutside(0, own);
      if (first < defined.keys.length) return defined.keys[first]!;
    }
    const spelled = spelledAt.get(lookup);
    if (!spelled) return null;
    const others = spelled.distinct.size - (spelled.distinct.has(own) ? 1 : 0);
    if (others <= 1) return others === 0 ? null : [...spelled.distinct].find((key) => key !== own)!;
    // The latest name before it; of several at that start, the first listed.
    const latest = spelled.lastOutside(spelled.countBefore(start), own);
    return latest < 0 ? null : spelled.keys[spelled.firstOutside(spelled.runStart[latest]!, own)]!;
  }
}

/**
 * Cluster keys in text order (stable for equal positions), indexed so that "the last one
 * before a position not in cluster X" and "the first one from an index not in X" take a
 * binary search and one jump: each entry knows the nearest earlier and later entries of
 * another cluster, so a run of X's own entries is skipped whole.
 */
class KeysInOrder {
  readonly keys: string[];
  readonly positions: number[];
  readonly distinct: Set<string>;
  /** Index of the first entry at each entry's position. */
  readonly runStart: Int32Array;
  private readonly previousOther: Int32Array;
  private readonly nextOther: Int32Array;

  constructor(entries: readonly { key: string; at: number }[]) {
    const sorted = [...entries].sort((a, b) => a.at - b.at);
    this.keys = sorted.map(({ key }) => key);
    this.positions = sorted.map(({ at }) => at);
    this.distinct = new Set(this.keys);
    const n = sorted.length;
    this.runStart = new Int32Array(n);
    this.previousOther = new Int32Array(n);
    this.nextOther = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.runStart[i] = i > 0 && this.positions[i - 1] === this.positions[i] ? this.runStart[i - 1]! : i;
      this.previousOther[i] = i > 0 && this.keys[i - 1] === this.keys[i] ? this.previousOther[i - 1]! : i - 1;
    }
    for (let i = n - 1; i >= 0; i--) {
      this.nextOther[i] = i < n - 1 && this.keys[i + 1] === this.keys[i] ? this.nextOther[i + 1]! : i + 1;
    }
  }

  /** How many entries lie before `position`. */
  countBefore(position: number): number {
    let low = 0;
    let high = this.positions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.positions[mid]! < position) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the last of the first `count` entries not in cluster `own`; -1 if none. */
  lastOutside(count: number, own: string): number {
    const last = count - 1;
    return last >= 0 && this.keys[last] === own ? this.previousOther[last]! : last;
  }

  /** Index of the first entry from `from` not in cluster `own`; the length if none. */
  firstOutside(from: number, own: string): number {
    return from < this.keys.length && this.keys[from] === own ? this.nextOther[from]! : from;
  }
}

/** Each list of a map, its entries kept by `keep`, indexed by `position`; empty lists dropped. */
function indexAll<T extends { key: string }>(lists: Map<string, T[]>, keep: (entry: T) => boolean, position: (entry: T) => number): Map<string, KeysInOrder> {
  const indexed = new Map<string, KeysInOrder>();
  for (const [lookup, list] of lists) {
    const kept = list.filter(keep).map((entry) => ({ key: entry.key, at: position(entry) }));
    if (kept.length > 0) indexed.set(lookup, new KeysInOrder(kept));
  }
  return indexed;
}
