/**
 * Corpus stage `link-entities`: one canonical entity per real-world entity of the corpus.
 * The gazetteer decides first (labels per language, spelling variants, exonyms, a
 * surname whose initials agree with a label's, the period's referent: `periods.ts`); then names it does not know link across
 * variants conservatively: people by surname when their initials agree (two people with
 * one surname and different initials stay apart; an initialled case form joins the bare
 * stem the corpus names: "Melnika K.S." with "Melnik"), numbered units by number, arm and head
 * within a document, places by their base name, everything else by its folded name;
 * a body named short joins the fuller body it names in its document (`short-bodies.ts`),
 * an acronym the name it abbreviates there (`acronyms.ts`), a name in brackets the name
 * before it (`bracketed-names.ts`).
 */
import type { Corpus, Entity, EntityType, LanguageCode, Mention } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { slugId, stableId } from '../ids.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { entryNames, foldName, gazetteer as loadGazetteer } from './gazetteer.js';
import type { EntityLexicon } from './lexicon.js';
import { entityLexicon } from './lexicon.js';
import { compatibleTypes } from './merge.js';
import type { PersonName } from './name-keys.js';
import { initialsAgree, personName, placeBase, translitKey, unitKey } from './name-keys.js';
import { linkShortBodies } from './short-bodies.js';
import { linkAcronyms } from './acronyms.js';
import { linkBracketedNames } from './bracketed-names.js';
import { documentYears, periodKey } from './periods.js';
import { stemCandidates } from './names.js';
import { addTo, pushTo } from './grouping.js';

/** Declares the corpus stage: needs every document's mentions (and dates, for periods), adds `entities`. */
export const meta: StageMeta = {
  name: 'link-entities',
  version: '1.1.0',
  requires: ['mentions', 'timexes'],
  assigns: ['entities'],
};

/** A mention with the document it is in. */
export interface Located {
  document: string;
  mention: Mention;
}

const TYPE_ORDER: readonly EntityType[] = ['PERSON', 'GPE', 'LOCATION', 'MILITARY_UNIT', 'ORG', 'EVENT_NAME', 'DOCUMENT', 'WEAPON_EQUIPMENT'];

/**
 * Links the mentions of every document into canonical entities.
 *
 * @param corpus Documents with `mentions` (not modified).
 * @param context Language data (titles, terrain and unit words per mention language).
 * @returns A new corpus with `entities` sorted by id.
 * @example linkEntities(corpus, context).entities.find((e) => e.name === 'Japan')?.wikidata // 'Q17'
 */
export function linkEntities(corpus: Corpus, context: StageContext): Corpus {
  const gazetteer = loadGazetteer();
  const clusters = new Map<string, Located[]>();
  const add = (key: string, item: Located): void => pushTo(clusters, key, item);
  const people: Located[] = [];
  const documentUnits = new Map<string, Map<string, string>>();
  const deferredUnits: Located[] = [];
  for (const document of corpus.documents) {
    const lexicons = document.mentions.map((mention) => entityLexicon(context.lang(mention.language)));
    const keys = document.mentions.map((mention, i) => gazetteerKey(mention, gazetteer, lexicons[i]!));
    // Entries each sentence names, and the document's years, for names whose referent
    // changed with the period ("Russia" in 1938 is the Soviet Union).
    const sentenceKeys = new Map<string, Set<string>>();
    for (const [i, mention] of document.mentions.entries()) if (keys[i]) addTo(sentenceKeys, mention.segment, keys[i]);
    const years = documentYears(document);
    for (const [i, mention] of document.mentions.entries()) {
      const item = { document: document.id, mention };
      const lexicon = lexicons[i]!;
      const named = keys[i];
      const key = named ? periodKey(named, mention, years, sentenceKeys.get(mention.segment) ?? new Set(), gazetteer) : null;
      if (key) {
        add(`gaz:${key}`, item);
        noteUnitKeys(documentUnits, document.id, gazetteer.entries.get(key)!, context);
      } else if (mention.type === 'PERSON') people.push(item);
      else if (mention.type === 'MILITARY_UNIT' && unitKey(mention.normalized, lexicon)) deferredUnits.push(item);
      else add(otherKey(mention, lexicon), item);
    }
  }
  // A numbered unit joins a gazetteer unit of the same document with the same key
  // ("1st Army" with "1st Separate Red Banner Army"); otherwise it stays in its document.
  for (const item of deferredUnits) {
    const key = unitKey(item.mention.normalized, entityLexicon(context.lang(item.mention.language)))!;
    const known = documentUnits.get(item.document)?.get(key);
    add(known ? `gaz:${known}` : `unit:${item.document}:${key}`, item);
  }
  for (const [key, items] of clusterPeople(people)) for (const item of items) add(key, item);
  mergeGivenNames(clusters, gazetteer);
  linkShortBodies(clusters, gazetteer, context);
  linkAcronyms(clusters, corpus.documents);
  linkBracketedNames(clusters, corpus.documents);
  const entities = [...clusters.entries()].map(([key, items]) => toEntity(key, items, gazetteer));
  return { ...corpus, entities: withUniqueIds(entities) };
}

/** The gazetteer entry a mention names, if the gazetteer knows it for sure. */
function gazetteerKey(mention: Mention, gazetteer: Gazetteer, lexicon: EntityLexicon): string | null {
  if (mention.gazetteer) return mention.gazetteer;
  const fits = (keys: readonly string[]): string | null => {
    const matching = keys.filter((key) => compatibleTypes(gazetteer.entries.get(key)!.type, mention.type));
    return matching.length === 1 ? matching[0]! : null;
  };
  const direct = fits(gazetteer.lookup(mention.normalized));
  if (direct) return direct;
  if (mention.type === 'PERSON') {
    const name = personName(mention.normalized);
    const surname = mention.normalized.split(' ').find((word) => translitKey(word) === name.surname);
    if (!surname) return null;
    const candidates = gazetteer.lookup(surname).filter((key) => {
      const entry = gazetteer.entries.get(key)!;
      if (entry.type !== 'PERSON' || name.initials === '') return entry.type === 'PERSON';
      // Initials must agree with every initialled label of the entry.
      return entryNames(entry).every((label) => {
        const known = personName(label);
        return known.surname !== name.surname || known.initials === '' || initialsAgree(known.initials, name.initials);
      });
    });
    return candidates.length === 1 ? candidates[0]! : null;
  }
  if (mention.type === 'LOCATION' || mention.type === 'GPE') return fits(gazetteer.lookup(placeBase(mention.normalized, lexicon)));
  return null;
}

function noteUnitKeys(units: Map<string, Map<string, string>>, document: string, entry: GazetteerEntry, context: StageContext): void {
  if (entry.type !== 'MILITARY_UNIT') return;
  const lexicon = entityLexicon(context.lang('eng'));
  let keys = units.get(document);
  if (!keys) units.set(document, (keys = new Map()));
  for (const label of entryNames(entry)) {
    const key = unitKey(label, lexicon);
    if (key && !keys.has(key)) keys.set(key, entry.key);
  }
}

/** The cluster key of a mention the gazetteer does not know (people aside). */
function otherKey(mention: Mention, lexicon: EntityLexicon): string {
  const group = mention.type === 'GPE' || mention.type === 'LOCATION' ? 'place' : mention.type === 'ORG' || mention.type === 'MILITARY_UNIT' ? 'body' : mention.type;
  const name = group === 'place' ? placeBase(mention.normalized, lexicon) : translitKey(mention.normalized);
  // Numbered documents by their number ("order No. 0040" = "No. 0040").
  const numbered = mention.type === 'DOCUMENT' ? /\bNo\.?\s*(\d+)/.exec(mention.normalized) : null;
  return numbered ? `DOCUMENT:no-${numbered[1]}` : `${group}:${name}`;
}

/**
 * People by surname; within a surname, one person when all initials agree, else one per
 * initials, and a bare surname is the person of that surname named last before it in its
 * document (apart when none was).
 */
function clusterPeople(people: readonly Located[]): Map<string, Located[]> {
  // Each name split once: the passes below ask for it per pair of mentions.
  const names = new Map(people.map((item) => [item, personName(item.mention.normalized)]));
  const nameOf = (item: Located): PersonName => names.get(item)!;
  const bySurname = new Map<string, Located[]>();
  for (const item of people) pushTo(bySurname, nameOf(item).surname || translitKey(item.mention.normalized), item);
  // A case form with initials ("Melnika K. S.") joins the bare stem the corpus also names.
  for (const [surname, items] of [...bySurname].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const stem = stemCandidates(surname).find((candidate) => bySurname.has(candidate));
    if (!stem || !items.every((item) => nameOf(item).initials !== '')) continue;
    bySurname.get(stem)!.push(...items);
    bySurname.delete(surname);
  }
  const clusters = new Map<string, Located[]>();
  for (const [surname, items] of bySurname) {
    const initials = [...new Set(items.map((item) => nameOf(item).initials).filter((x) => x !== ''))].sort();
    const agree = initials.every((a) => initials.every((b) => initialsAgree(a, b)));
    const keyOf = (own: string): string => `${surname}:${initials.find((x) => initialsAgree(x, own) && x.length >= own.length) ?? own}`;
    for (const item of items) {
      const own = nameOf(item).initials;
      const named = agree || own !== '' ? null : lastNamed(item, items);
      const key = agree ? surname : own !== '' ? keyOf(own) : named ? keyOf(nameOf(named).initials) : `${surname}:?`;
      pushTo(clusters, `person:${key}`, item);
    }
  }
  return clusters;

  /** The mention with initials named last before a bare surname in its document, if any. */
  function lastNamed(item: Located, items: readonly Located[]): Located | null {
    let best: Located | null = null;
    for (const other of items) {
      if (other.document !== item.document || other.mention.start >= item.mention.start || nameOf(other).initials === '') continue;
      if (!best || other.mention.start > best.mention.start) best = other;
    }
    return best;
  }
}

/**
 * A lone given name ("Alexander") joins the one person of its documents whose full name
 * starts with it ("Alexander Nevsky"); with two such people it stays apart.
 */
function mergeGivenNames(clusters: Map<string, Located[]>, gazetteer: Gazetteer): void {
  const isPerson = (key: string): boolean => key.startsWith('person:') || gazetteer.entries.get(key.slice(4))?.type === 'PERSON';
  const words = (item: Located): string[] => item.mention.normalized.split(/\s+/).filter((word) => word !== '');
  // Document and given name -> the people whose full name starts with it there.
  const owners = new Map<string, Set<string>>();
  for (const [key, items] of clusters) {
    if (!isPerson(key)) continue;
    for (const item of items) {
      const name = words(item);
      if (name.length < 2) continue;
      addTo(owners, `${item.document}\u0000${translitKey(name[0]!)}`, key);
    }
  }
  for (const [key, items] of [...clusters.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!key.startsWith('person:') || !items.every((item) => words(item).length === 1 && item.mention.type === 'PERSON')) continue;
    const given = translitKey(words(items[0]!)[0]!);
    const found = new Set<string>();
    for (const document of new Set(items.map((item) => item.document))) for (const owner of owners.get(`${document}\u0000${given}`) ?? []) if (owner !== key && clusters.has(owner)) found.add(owner);
    if (found.size !== 1) continue;
    clusters.get([...found][0]!)!.push(...items);
    clusters.delete(key);
  }
}

function toEntity(key: string, items: readonly Located[], gazetteer: Gazetteer): Entity {
  const entry = key.startsWith('gaz:') ? gazetteer.entries.get(key.slice(4)) ?? null : null;
  const type = entry?.type ?? majorityType(items);
  const aliases = new Map<string, { text: string; language: LanguageCode }>();
  for (const { mention } of items) aliases.set(`${mention.text}\u0000${mention.language}`, { text: mention.text, language: mention.language });
  const mentions = items
    .map(({ document, mention }) => ({ document, segment: mention.segment, start: mention.start, end: mention.end, text: mention.text }))
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || a.end - b.end));
  return {
    id: '',
    type,
    name: entry?.name ?? bestName(items),
    aliases: [...aliases.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0)),
    wikidata: entry?.wikidata ?? null,
    mentions,
  };
}

function majorityType(items: readonly Located[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const { mention } of items) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
}

/** The most informative normalized form: most words, then most letters, then most frequent, then first in order. */
function bestName(items: readonly Located[]): string {
  const counts = new Map<string, number>();
  for (const { mention } of items) counts.set(mention.normalized, (counts.get(mention.normalized) ?? 0) + 1);
  const words = (name: string): number => foldName(name).split(' ').length;
  const letters = (name: string): number => name.replace(/[^\p{L}]/gu, '').length;
  return [...counts.entries()].sort(
    (a, b) => words(b[0]) - words(a[0]) || letters(b[0]) - letters(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )[0]![0];
}

/** Ids from names; a collision is settled by the type, then by the first mention. */
function withUniqueIds(entities: Entity[]): Entity[] {
  const bySlug = new Map<string, Entity[]>();
  for (const entity of entities) {
    pushTo(bySlug, slugId('en', entity.name), entity);
  }
  const result: Entity[] = [];
  for (const [slug, group] of bySlug) {
    for (const entity of group) {
      let id = slug;
      if (group.length > 1) {
        id = slugId('en', `${entity.name} ${entity.type}`);
        const sameType = group.filter((other) => other.type === entity.type);
        if (sameType.length > 1) {
          const first = entity.mentions[0]!;
          id = `${id}-${stableId('x', first.document, first.start, first.end).slice(2, 8)}`;
        }
      }
      result.push({ ...entity, id });
    }
  }
  return result.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
