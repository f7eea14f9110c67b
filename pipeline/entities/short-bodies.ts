/**
 * Discourse linking of bodies named short: a body the gazetteer does not know joins a
 * body of its document whose name is a fuller form of it, and when several fit, the one
 * mentioned last before it (a reader resolves "the General Staff" to the staff the text
 * spoke of last). A fuller form is one of:
 * - the short name followed by a complement ("General Staff" <- "General Staff of the
 *   Red Army"; any continuation for a gazetteer body: "… ng Hukbo" <- "… ng Hukbong Hapon"),
 * - the short name after nationality words only ("General Staff" <- "Japanese General
 *   Staff"; not "Military Council" <- "Main Military Council", a different body),
 * - a name with the same head and as many words whose modifiers all occur among the
 *   body's own variants ("Chief Supreme Council" <- "Main/Chief/Supreme Military Council").
 * Words are compared folded, without attached linkers and with body head words glossed
 * to English (`org-words.json`: Tagalog "Kawani" is "Staff").
 */
import type { EntityType } from '../model.js';
import type { StageContext } from '../stage.js';
import type { Gazetteer } from './gazetteer.js';
import { entryNames } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { entityLexicon } from './lexicon.js';
import type { ClusterMove } from './cluster-moves.js';
import { applyMoves } from './cluster-moves.js';
import { addTo } from './grouping.js';
import type { Located } from './link.js';
import { translitKey } from './name-keys.js';

const isBody = (type: EntityType): boolean => type === 'ORG' || type === 'MILITARY_UNIT';

/**
 * A body's name as comparable words: folded, attached linkers dropped ("Hukbong" ->
 * "hukbo"), head words glossed ("kawani" -> "staff").
 *
 * @example bodyWords('Pangkalahatang Kawani', tgl) // ['pangkalahata', 'staf'] (folded like 'Pangkalahatang Staff')
 */
export function bodyWords(name: string, lexicon: EntityLexicon): string[] {
  return translitKey(name)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => {
      const linker = lexicon.linkers.find((ending) => word.length > ending.length + 2 && word.endsWith(ending));
      const bare = linker ? word.slice(0, -linker.length) : word;
      const gloss = lexicon.orgWords.get(bare) ?? lexicon.orgWords.get(word);
      return gloss ? translitKey(gloss) : bare;
    });
}

/** The names a candidate is known by: its gazetteer entry's names, then its mentions'. */
export interface Named {
  /** Whether the names come with a gazetteer entry (a curated, complete name). */
  curated: boolean;
  names: readonly string[][];
}

/**
 * Whether `long` names a fuller form of the body `short` names (see the module comment).
 *
 * @param short The short name's words.
 * @param candidate The candidate body's names as words.
 * @param lexicon The short name's language (nationality words, connectors).
 */
export function isFullerForm(short: readonly string[], candidate: Named, lexicon: EntityLexicon): boolean {
  if (short.length < 2) return false;
  const nationality = (word: string): boolean => lexicon.exonyms.has(word);
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((word, k) => b[k] === word);
  const head = short[short.length - 1]!;
  const modifiers = new Set(candidate.names.flatMap((name) => name.slice(0, -1)));
  return candidate.names.some((long) => {
    if (same(long, short)) return false;
    if (long.length > short.length && same(long.slice(0, short.length), short)) {
      return candidate.curated || lexicon.connectorWords.some((words) => words[0] === long[short.length]);
    }
    const dropped = long.length - short.length;
    if (dropped > 0 && same(long.slice(dropped), short)) return long.slice(0, dropped).every(nationality);
    // A variant built from the body's own modifiers; only curated paradigms are trusted.
    return candidate.curated && long.length === short.length && long[long.length - 1] === head && short.slice(0, -1).every((word) => modifiers.has(word));
  });
}

/**
 * Moves each mention of a short body cluster to the fuller body it names (see the module
 * comment); clusters left empty are deleted. Modifies `clusters`.
 *
 * @param clusters Cluster key -> located mentions (`gaz:<key>` for gazetteer entities,
 *   `body:<name>` for other bodies).
 * @param gazetteer The gazetteer, for the names of `gaz:` clusters.
 * @param context Language data of each mention's language.
 */
export function linkShortBodies(clusters: Map<string, Located[]>, gazetteer: Gazetteer, context: StageContext): void {
  const lexiconOf = (language: string): EntityLexicon => entityLexicon(context.lang(language));
  const languages = [...new Set([...clusters.values()].flatMap((items) => items.map((item) => item.mention.language)))].sort();
  const lexicons = languages.map(lexiconOf);
  const rawNames = (key: string): string[] => {
    const entry = key.startsWith('gaz:') ? gazetteer.entries.get(key.slice(4)) : undefined;
    return [...(entry ? entryNames(entry) : []), ...(clusters.get(key) ?? []).map((item) => item.mention.normalized)];
  };
  // Document and word -> the body clusters whose names hold that word there (in any
  // language's reading), so candidates are looked up, not scanned.
  const bodies = new Map<string, Set<string>>();
  for (const [key, items] of clusters) {
    const words = new Set(lexicons.flatMap((lexicon) => rawNames(key).flatMap((name) => bodyWords(name, lexicon))));
    for (const item of items) {
      if (!isBody(item.mention.type)) continue;
      for (const word of words) addTo(bodies, `${item.document}\u0000${word}`, key);
    }
  }
  // Names as words, read once per cluster and language from the clusters as first built.
  const namedCache = new Map<string, Named>();
  const named = (key: string, lexicon: EntityLexicon): Named => {
    const at = `${key}\u0000${lexicon.language}`;
    let result = namedCache.get(at);
    if (!result) {
      result = { curated: key.startsWith('gaz:'), names: [...new Set(rawNames(key))].map((name) => bodyWords(name, lexicon)) };
      namedCache.set(at, result);
    }
    return result;
  };
  // Every target is chosen on the clusters as built, then the mentions move.
  const moves: ClusterMove[] = [];
  for (const key of [...clusters.keys()].sort()) {
    if (!key.startsWith('body:')) continue;
    for (const item of clusters.get(key)!) {
      const target = isBody(item.mention.type) ? fullerBody(item, key) : null;
      if (target) moves.push({ from: key, item, to: target });
    }
  }
  applyMoves(clusters, moves);

  /** The body an item names short: the only fit in its document, else the fit mentioned last before it. */
  function fullerBody(item: Located, own: string): string | null {
    const lexicon = lexiconOf(item.mention.language);
    const short = bodyWords(item.mention.normalized, lexicon);
    if (short.length < 2) return null;
    // Every word of a short name occurs in a fuller one: look up by the rarest.
    const sets = short.map((word) => bodies.get(`${item.document}\u0000${word}`) ?? new Set<string>());
    const rarest = sets.reduce((a, b) => (b.size < a.size ? b : a));
    const fits = [...rarest]
      .filter((other) => other !== own && clusters.has(other) && isFullerForm(short, named(other, lexicon), lexicon))
      .sort();
    if (fits.length <= 1) return fits[0] ?? null;
    let best: string | null = null;
    let bestAt = -1;
    for (const other of fits) {
      for (const { document, mention } of clusters.get(other)!) {
        if (document === item.document && isBody(mention.type) && mention.start < item.mention.start && mention.start > bestAt) {
          best = other;
          bestAt = mention.start;
        }
      }
    }
    return best;
  }
}
