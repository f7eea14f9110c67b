/**
 * Acronym linking: an acronym the gazetteer does not know joins the name it abbreviates
 * in its document, when the text defines it ("Chinese Eastern Railway (CER)", also
 * "CER (Chinese Eastern Railway)") or when it spells the initials of the capitalised
 * words of a name there ("CPSU" for "Communist Party of the Soviet Union"); with several
 * such names, the one mentioned last before it. Transliterated acronyms ("NPO" for the
 * People's Commissariat) need the definition or the gazetteer.
 */
import type { Document, EntityType } from '../model.js';
import { TextIndex } from '../offsets.js';
import type { ClusterMove } from './cluster-moves.js';
import { applyMoves } from './cluster-moves.js';
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
  const texts = new Map(documents.map((document) => [document.id, new TextIndex(document.text)]));
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
  for (const list of definitions.values()) list.sort((a, b) => a.at - b.at);
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
    const text = texts.get(item.document);
    const list = named.get(item.document) ?? [];
    const { start, end } = item.mention;
    if (!text) return null;
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
    const live = (key: string): boolean => key !== own && clusters.has(key);
    const defined = (definitions.get(`${item.document}\u0000${item.mention.text}`) ?? []).filter(({ key }) => live(key));
    if (defined.length > 0) return (defined.filter(({ at }) => at <= start).pop() ?? defined[0]!).key;
    const spelled = (byInitials.get(`${item.document}\u0000${item.mention.text}`) ?? []).filter(({ key }) => live(key));
    const keys = new Set(spelled.map(({ key }) => key));
    if (keys.size <= 1) return [...keys][0] ?? null;
    const earlier = spelled.filter(({ item: other }) => other.mention.start < start);
    return earlier.length === 0 ? null : earlier.reduce((a, b) => (b.item.mention.start > a.item.mention.start ? b : a)).key;
  }
}
