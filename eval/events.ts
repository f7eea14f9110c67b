/**
 * Events on the seed gold: recall of dated gold events per document (a record with the
 * gold date whose evidence or also-reported lines include one of the gold event's lines),
 * precision of dated records, type accuracy, casualty figure recall (a claim value with the
 * gold value overlapping the gold span) and category accuracy, and whether every casualty
 * figure of 000 about Lake Khasan lands in claims.jsonl under the right measure — one
 * claim per gold (side, category). Arguments: precision of the participants and locations
 * of records that match a gold event (gold names compared through the entities' names and
 * aliases; a record is not judged on its place where its gold events name none) and recall
 * of the gold participants and places. Optional gold items are neither misses nor false
 * positives. Reports numbers, asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { formatAccuracy, formatPrf, heading, prf } from './score.js';
import { goldSpan, lineOf, outputDocuments, readOutput, readSeed } from './seeds.js';

interface GoldEvent {
  id: string;
  doc: string;
  lines: number[];
  type: string;
  type_alt?: string | string[];
  date: string | null;
  participants?: string[];
  location?: string | null;
  optional?: boolean;
}

interface GoldCasualty {
  id: string;
  doc: string;
  line: number;
  start: number;
  end: number;
  text: string;
  side: string;
  category: string;
  value: number | null;
  event: string;
  optional?: boolean;
  dup_of_line?: number;
}

interface Place {
  document: string;
  start: number;
  end: number;
}

interface Location {
  entity: string | null;
  name: string;
}

interface OutputEvent {
  id: string;
  type: string;
  date: { value: string | null } | null;
  participants: { entity: string | null; name: string }[];
  location: Location | null;
  evidence: Place;
  also_reported: Place[];
}

interface OutputEntity {
  id: string;
  name: string;
  aliases: { text: string }[];
}

interface OutputClaim {
  id: string;
  measure: { event: string; side: string | null; category: string; label?: string };
  values: { value: number | null; evidence: Place }[];
}

/** Gold types outside DESIGN.md's list and the type they are. */
const TYPE_ALIASES: Record<string, string> = { treaty: 'agreement' };

/** Side names of the gold and the words that name them in a claim's measure. */
const SIDE_WORDS: Record<string, RegExp> = {
  USSR: /soviet|ussr|red army/i,
  Japan: /japan/i,
  'USSR+Mongolia': /soviet.*mongol|mongol.*soviet/i,
};

export async function evaluate(): Promise<string[]> {
  const documents = outputDocuments();
  const byId = new Map([...documents.entries()].map(([key, document]) => [document.id, { key, ...document }]));
  const events = readOutput<OutputEvent>('events');
  const claims = readOutput<OutputClaim>('claims');
  const gold = readSeed<GoldEvent>('events');
  const casualties = readSeed<GoldCasualty>('casualties');
  const lines: string[] = [heading('events')];
  if (events.length === 0) return [...lines, '  no output/events.jsonl: run `npm run pipeline` first'];

  /** The lines of a record in each document key, from its evidence and also-reported places. */
  const recordLines = (event: OutputEvent): Map<string, Set<number>> => {
    const map = new Map<string, Set<number>>();
    for (const place of [event.evidence, ...event.also_reported]) {
      const document = byId.get(place.document);
      if (!document) continue;
      const set = map.get(document.key) ?? new Set<number>();
      const first = lineOf(document.lineStarts, place.start);
      const last = lineOf(document.lineStarts, Math.max(place.start, place.end - 1));
      for (let line = first; line <= last; line++) set.add(line);
      map.set(document.key, set);
    }
    return map;
  };
  const dated = events.filter((event) => event.date?.value);
  const datedLines = dated.map((event) => ({ event, lines: recordLines(event) }));
  // A time of day refines the gold date: 1938-08-11T12:00 is the right date 1938-08-11.
  const day = (value: string | null | undefined): string | null => value?.replace(/T.*$/, '') ?? null;
  const matches = (g: GoldEvent, r: { event: OutputEvent; lines: Map<string, Set<number>> }): boolean =>
    day(r.event.date?.value) === g.date && g.lines.some((line) => r.lines.get(g.doc)?.has(line));

  // Names an output entity answers to: its name and aliases, lower-cased.
  const names = new Map(readOutput<OutputEntity>('entities').map((e) => [e.id, new Set([e.name, ...e.aliases.map((a) => a.text)].map((n) => n.toLowerCase()))]));
  const answersTo = (item: { entity: string | null; name: string }, gold: string): boolean =>
    (item.entity ? names.get(item.entity)?.has(gold.toLowerCase()) : false) || item.name.toLowerCase() === gold.toLowerCase();
  let participantsFound = 0;
  let participantsTotal = 0;
  let placesFound = 0;
  let placesTotal = 0;
  let typeRight = 0;
  let typeTotal = 0;
  for (const doc of [...new Set(gold.map((g) => g.doc))].sort()) {
    const targets = gold.filter((g) => g.doc === doc && g.date !== null && !g.optional);
    let found = 0;
    for (const g of targets) {
      const hits = datedLines.filter((r) => matches(g, r));
      if (hits.length === 0) continue;
      found++;
      typeTotal++;
      const alts = [g.type, ...(Array.isArray(g.type_alt) ? g.type_alt : g.type_alt ? [g.type_alt] : [])].map((type) => TYPE_ALIASES[type] ?? type);
      if (hits.some((r) => alts.includes(r.event.type))) typeRight++;
      const goldParticipants = g.participants ?? [];
      participantsTotal += goldParticipants.length;
      participantsFound += goldParticipants.filter((name) => hits.some((r) => r.event.participants.some((p) => answersTo(p, name)))).length;
      if (g.location) {
        placesTotal++;
        if (hits.some((r) => r.event.location !== null && answersTo(r.event.location, g.location as string))) placesFound++;
      }
    }
    lines.push(formatPrf(`dated gold events found, ${doc}`, prf({ tp: found, fp: 0, fn: targets.length - found }), 'R >= 0.85'));
  }
  let tp = 0;
  let fp = 0;
  for (const r of datedLines) {
    const hit = gold.filter((g) => g.date !== null && matches(g, r));
    if (hit.some((g) => !g.optional)) tp++;
    else if (hit.length === 0) fp++;
  }
  lines.push(formatPrf('dated records that match a gold event', prf({ tp, fp, fn: 0 }), 'P >= 0.80'));
  lines.push(formatAccuracy('type of found dated gold events', typeRight, typeTotal, '>= 0.75'));

  // Arguments of the records that match a gold event: precision over what the records name,
  // recall over what the gold names (a gold item is found when any matching record has it).
  let participantsRight = 0;
  let participantsNamed = 0;
  let placesRight = 0;
  let placesNamed = 0;
  for (const r of datedLines) {
    const hit = gold.filter((g) => g.date !== null && !g.optional && matches(g, r));
    if (hit.length === 0) continue;
    const goldNames = hit.flatMap((g) => g.participants ?? []);
    const named = new Map(r.event.participants.map((p) => [p.entity ?? p.name.toLowerCase(), p]));
    participantsNamed += named.size;
    participantsRight += [...named.values()].filter((p) => goldNames.some((name) => answersTo(p, name))).length;
    const goldPlaces = hit.flatMap((g) => (g.location ? [g.location] : []));
    // A record of a gold event without a place is not judged on its place.
    if (r.event.location === null || goldPlaces.length === 0) continue;
    placesNamed++;
    if (goldPlaces.some((place) => answersTo(r.event.location as Location, place))) placesRight++;
  }
  lines.push(formatAccuracy('participants precision (matched records)', participantsRight, participantsNamed));
  lines.push(formatAccuracy('participants recall (gold among them)', participantsFound, participantsTotal));
  lines.push(formatAccuracy('location precision (matched records)', placesRight, placesNamed));
  lines.push(formatAccuracy('location recall (gold place as location)', placesFound, placesTotal));

  lines.push(heading('casualty figures and claims'));
  const values = claims.flatMap((claim) => claim.values.map((value) => ({ claim, value })));
  const hitOf = (c: GoldCasualty): { claim: OutputClaim } | undefined => {
    const document = documents.get(c.doc);
    if (!document) return undefined;
    const span = goldSpan(document, c);
    return values.find(
      ({ value }) =>
        value.evidence.document === document.id && value.value === c.value && value.evidence.start < span.end && value.evidence.end > span.start,
    );
  };
  const countable = casualties.filter((c) => c.value !== null && !c.optional);
  const hits = new Map(countable.map((c) => [c.id, hitOf(c)]));
  const originals = countable.filter((c) => c.dup_of_line === undefined);
  const foundOriginals = originals.filter((c) => hits.get(c.id));
  lines.push(formatPrf('casualty figures found (first copies)', prf({ tp: foundOriginals.length, fp: 0, fn: originals.length - foundOriginals.length }), 'R >= 0.90'));
  const copies = countable.filter((c) => c.dup_of_line !== undefined);
  const copiesAdded = copies.filter((c) => hits.get(c.id)).length;
  lines.push(`  figures of duplicated passages counted again: ${copiesAdded} of ${copies.length} (should be 0)`);
  const rightCategory = foundOriginals.filter((c) => hits.get(c.id)?.claim.measure.category === c.category).length;
  lines.push(formatAccuracy('category of found casualty figures', rightCategory, foundOriginals.length, '>= 0.85'));
  const sideText = (claim: OutputClaim): string => `${claim.measure.side ?? ''} ${claim.measure.label ?? ''}`;
  const rightSide = foundOriginals.filter((c) => {
    const claim = hits.get(c.id)?.claim;
    return claim !== undefined && (SIDE_WORDS[c.side]?.test(sideText(claim)) ?? false) && (c.side.includes('+') || !/\+/.test(claim.measure.label ?? ''));
  }).length;
  lines.push(formatAccuracy('side of found casualty figures', rightSide, foundOriginals.length));

  const khasan = originals.filter((c) => c.doc === '000' && c.event === 'Lake Khasan 1938');
  const landed = khasan.filter((c) => {
    const claim = hits.get(c.id)?.claim;
    return claim !== undefined && claim.measure.category === c.category && /khasan|hasan/i.test(claim.measure.event)
      && (SIDE_WORDS[c.side]?.test(sideText(claim)) ?? false);
  });
  lines.push(formatAccuracy('000 Khasan figures under the right measure', landed.length, khasan.length, 'all'));
  const measures = new Map<string, Set<string>>();
  for (const c of khasan) {
    const claim = hits.get(c.id)?.claim;
    const key = `${c.side} ${c.category}`;
    const set = measures.get(key) ?? new Set<string>();
    set.add(claim ? claim.id : 'missing');
    measures.set(key, set);
  }
  const single = [...measures.values()].filter((set) => set.size === 1 && !set.has('missing')).length;
  lines.push(formatAccuracy('000 Khasan gold measures in exactly one claim', single, measures.size, 'all'));
  for (const [key, set] of [...measures.entries()].sort()) {
    if (set.size !== 1 || set.has('missing')) lines.push(`    ${key}: ${[...set].join(', ')}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await evaluate()) console.log(line);
}
