/**
 * Rule 5 — participants and roles: the people, organizations, units and states that are
 * arguments of the event word.
 *
 * 1. Scope: a clause opened inside the sentence by a relative pronoun or complementizer
 *    (`subordinators.json`) has its own verb. An event word inside a complement clause takes
 *    its arguments from it ("Litvinov said that the Japanese attacked"), one inside a
 *    relative clause also its antecedent; an event word outside takes none
 *    from it ("Makhalin, who became a Hero of the Soviet Union, died"). A relative clause
 *    ends at the next comma, a complement clause at the end of the sentence's clause.
 * 2. Roles, where the language marks them with case markers (`focus-markers.json`: Tagalog
 *    ang/si, ng/ni, sa/kay), from the marker and the verb's focus: the ang-phrase of an
 *    actor-focus verb is the agent, of an object-focus verb the patient, the ng-phrase the
 *    other one, a sa-phrase the target of an aimed event.
 * 3. Otherwise from clause structure: a noun phrase after a preposition
 *    (`argument-markers.json`) gets the preposition's role for the event type ("by" agent,
 *    "against" patient, "attack on" target, "the arrest of" undergoer); the bare subject
 *    (nearest group before the verb, coordination and apposition included) is the agent, or
 *    the undergoer of a passive or of a death; the bare object the patient.
 * 4. A clause opened by a relative connective (", which", ", na") gets its missing subject
 *    or object from the actor named right before it ("Zhukov, na namuno sa mga tropa").
 * 5. A force phrase ("Soviet troops", "tropang Hapon", `forces.ts`) is an argument like a
 *    mention, standing for the state's armed forces (the state in diplomacy).
 * 6. A mention that is no argument stays a plain participant only if its entity type can
 *    take part in the event type without a role (`roles.ts`): a state named in a battle's
 *    clause is a side, a diplomat named in a capture's clause is not; and not if it only
 *    possesses another noun ("the commander of the Front, Blucher", `possessors.ts`).
 * 7. A list ("of the USSR, Manchuria and Korea") shares its first member's preposition, and
 *    an event noun with its actor before it ("the Japanese invasion of China") has its
 *    undergoer after "of".
 */
import type { Mention, Participant, Span } from '../model.js';
import { connectiveWords, type Clause } from './clauses.js';
import { grammarWords } from './grammar-words.js';
import type { Phrase } from './lexicon.js';
import { forceMentions, namesForces, namesParties } from './forces.js';
import { cuedPlaces } from './location.js';
import { forceStanding, looseParticipant, markedRole, subjectRole } from './roles.js';
import type { Sentence } from './sentence.js';
import { tokenAt } from './sentence.js';
import { modifiesOnly } from './possessors.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';
import type { Trigger } from './triggers.js';

const ACTORS = new Set(['PERSON', 'ORG', 'MILITARY_UNIT', 'GPE']);
/** How far back a case marker may stand before its noun ("ng mga tropa ng Hapon"). */
const MARKER_REACH = 4;
/** Words between a preposition and its noun ("against the whole Japanese"). */
const PREPOSITION_REACH = 4;
/** Words an event noun's own "of" may stand after it ("the offensive of"). */
const GENITIVE_REACH = 1;

type Role = Participant['role'];

/**
 * Participants of one event with their roles.
 *
 * @param sentence the sentence.
 * @param clause the clause of the trigger.
 * @param trigger the trigger (with its event type).
 * @returns the arguments and admissible plain participants, in text order.
 * @example attachParticipants(sentence, clause, trigger) // [{ name: 'Japan', role: 'agent', … }]
 */
export function attachParticipants(sentence: Sentence, clause: Clause, trigger: Trigger): Participant[] {
  const places = new Set(cuedPlaces(sentence, clause).map((mention) => mention.id));
  const scope = scopeOf(sentence, clause, trigger);
  // Force phrases ("Soviet troops") stand in for the armed forces they name (`forces.ts`).
  // A stable sort: the states of one phrase ("Soviet-Japanese") keep the order the phrase names them.
  const candidates = [...sentence.mentions, ...forceMentions(sentence, trigger)].sort((a, b) => a.start - b.start || a.end - b.end);
  const actors = candidates
    .filter((mention) => ACTORS.has(mention.type) && !places.has(mention.id))
    .filter((mention) => mention.start >= scope.start && mention.end <= scope.end)
    .filter((mention) => !scope.embedded.some((span) => mention.start >= span.start && mention.end <= span.end))
    .filter((mention) => !overlapsTriggerWord(sentence, mention, trigger));
  const { roles, modifiers } = sentence.lexicon.focusMarkers.length > 0 ? rolesByMarker(sentence, actors, trigger) : rolesByStructure(sentence, actors, trigger);
  const antecedent = antecedentOf(sentence, clause, places);
  const subject = antecedent && !roles.has(antecedent.id) ? relativeSubjectRole(trigger, roles) : null;
  if (antecedent && subject) roles.set(antecedent.id, subject);
  const arguments_ = antecedent && subject ? [antecedent, ...actors] : actors;
  return arguments_.flatMap((mention): Participant[] => {
    // A force phrase standing for its state is a party to diplomacy only as an argument.
    const loose = looseParticipant(trigger.type, mention.type) && !(namesForces(mention) && forceStanding(trigger.type) === 'state') && !modifiers.has(mention.id);
    const role = roles.get(mention.id) ?? (loose ? 'participant' : null);
    if (role === null) return [];
    // The two states of "Soviet-Japanese" are both parties, neither the agent alone.
    if (namesParties(mention)) return [{ mention: mention.id, entity: mention.gazetteer, name: mention.normalized, type: mention.type, role: 'participant', text: mention.text }];
    return [{ mention: mention.id, entity: mention.gazetteer, name: mention.normalized || mention.text, type: mention.type, role, text: mention.text }];
  });
}

/**
 * The noun a relative clause hangs on: an actor mention right before a clause that opens
 * with a relative connective (", which", ", na"), only punctuation between.
 * "Zhukov, na namuno sa mga tropa" — Zhukov is the one who took command.
 */
function antecedentOf(sentence: Sentence, clause: Clause, places: ReadonlySet<string>): Mention | null {
  const { tokens, lexicon } = sentence;
  const opens = lexicon.relativeBreaks.some((connective) => phraseAt(tokens, clause.first, connectiveWords(connective)));
  if (!opens) return null;
  const before = sentence.mentions.filter((m) => m.end <= clause.start && ACTORS.has(m.type) && !places.has(m.id)).at(-1);
  if (!before) return null;
  const between = tokens.filter((token) => token.start >= before.end && token.end <= clause.start);
  return between.every((token) => token.kind === 'punct') ? before : null;
}

/**
 * The role of a relative clause's antecedent: the core role the clause leaves unnamed —
 * first its subject (the agent of an active or actor-focus verb, the patient of a passive
 * or object-focus one), then its object ("the division, which the Red Army attacked").
 * None when the clause names both or the event word is a noun.
 */
function relativeSubjectRole(trigger: Trigger, roles: ReadonlyMap<string, Role>): Role | null {
  if (!trigger.verbal) return null;
  const taken = new Set(roles.values());
  const subject: Role = trigger.passive || trigger.focus === 'object' ? 'patient' : 'agent';
  const object: Role = subject === 'agent' ? 'patient' : 'agent';
  if (!taken.has(subject)) return subject;
  return taken.has(object) ? null : object;
}

/** The span an event word takes its arguments from, and the embedded clauses inside it it must skip. */
interface Scope extends Span {
  embedded: Span[];
}

/**
 * The embedded clause around the trigger (the innermost one), else the whole clause; the
 * embedded clauses inside that span that do not hold the trigger are left out.
 */
function scopeOf(sentence: Sentence, clause: Span, trigger: Span): Scope {
  const spans = embeddedClauses(sentence, clause);
  // An event word in a relative clause keeps the clause's arguments: its antecedent stands before it.
  const around = spans.filter((span) => span.kind === 'complement' && span.start <= trigger.start && span.end >= trigger.end).at(-1);
  const outer = around ?? clause;
  const embedded = spans.filter((span) => span !== around && span.start >= outer.start && span.end <= outer.end && !(span.start <= trigger.start && span.end >= trigger.end));
  return { start: outer.start, end: outer.end, embedded };
}

/** Spans from each subordinator to the end of its clause, in text order. */
function embeddedClauses(sentence: Sentence, clause: Span): (Span & { kind: string })[] {
  const { tokens, lexicon } = sentence;
  const first = tokenAt(tokens, clause.start);
  const spans: (Span & { kind: string })[] = [];
  const openers = phrasesByFirstWord(lexicon.subordinators);
  for (let k = first; k < tokens.length && (tokens[k] as Token).end <= clause.end; k++) {
    const opener = openers.get((tokens[k] as Token).lower)?.find((phrase) => phraseAt(tokens, k, phrase.words));
    if (!opener) continue;
    // "at that time", "in that battle": after a preposition a complementizer is a determiner.
    if (opener.value === 'complement' && k > 0 && markerEndingAt(tokens, k - 1, lexicon.argumentMarkers)) continue;
    let last = k + opener.words.length - 1;
    // A relative clause ends at the next comma; a complement runs to the clause's end.
    const closes = (token: Token | undefined): boolean => opener.value === 'relative' && token?.text === ',';
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= clause.end && !closes(tokens[last + 1])) last++;
    spans.push({ start: (tokens[k] as Token).start, end: (tokens[last] as Token).end, kind: opener.value });
    k = last;
  }
  return spans;
}

/** The marker phrase whose last word is token `k`, if any. */
function markerEndingAt(tokens: readonly Token[], k: number, markers: readonly Phrase<string>[]): Phrase<string> | undefined {
  return markers.find((phrase) => k - phrase.words.length + 1 >= 0 && phraseAt(tokens, k - phrase.words.length + 1, phrase.words));
}

/** A preposition before a mention: its kind and the index of its first word. */
interface Preposition {
  kind: string;
  index: number;
  /** After a possessive "of" of another noun than the event word: that noun's last token. */
  possessed?: number;
}

/**
 * The preposition governing a mention, looking back over its determiners and modifiers.
 * The "of" of a noun inside a larger phrase passes on to that phrase's own preposition:
 * in "on the positions of the Japanese" the Japanese are the target; where none is found
 * the mention is that noun's possessor.
 */
function prepositionOf(sentence: Sentence, mention: Mention, trigger: Trigger): Preposition | null {
  const { tokens, lexicon } = sentence;
  const at = tokenAt(tokens, mention.start);
  const before = mention.end <= trigger.start;
  let nested: Preposition | null = null;
  const named = namedTokens(sentence);
  for (let k = at - 1, words = 0; k > trigger.last || (k >= 0 && before); k--) {
    const token = tokens[k];
    // Another name before the mention heads a phrase of its own ("of the Philippine Division Wainwright").
    if (!token || token.kind === 'punct' || words > PREPOSITION_REACH) break;
    const cover = named.get(k);
    if (cover && cover !== mention && !(cover.start <= mention.start && cover.end >= mention.end)) break;
    const marker = markerEndingAt(tokens, k, lexicon.argumentMarkers);
    if (marker) {
      const index = k - marker.words.length + 1;
      const possessed = marker.value === 'genitive' ? index - 1 : undefined;
      // The event word's own prepositional phrases follow it: "with Litvinov" before it is an adverbial.
      if (before) return { kind: 'none', index, possessed };
      const own = index - trigger.last <= GENITIVE_REACH && index > trigger.last;
      // An adverbial around a possessor ("near the capital of Korea") leaves it a possessor.
      if (marker.value !== 'genitive' || own) return { kind: marker.value, index, possessed: marker.value === 'genitive' ? undefined : nested?.possessed };
      nested ??= { kind: 'none', index, possessed };
      k = index;
      words = 0;
      continue;
    }
    words++;
  }
  return nested;
}

const namedBySentence = new WeakMap<readonly Token[], ReadonlyMap<number, Mention>>();

/** The mention each token of the sentence is inside (the widest one), found once per sentence. */
function namedTokens(sentence: Sentence): ReadonlyMap<number, Mention> {
  const known = namedBySentence.get(sentence.tokens);
  if (known) return known;
  const named = new Map<number, Mention>();
  for (const mention of sentence.mentions) {
    for (let k = tokenAt(sentence.tokens, mention.start); k < sentence.tokens.length && (sentence.tokens[k] as Token).end <= mention.end; k++) {
      const other = named.get(k);
      if (!other || other.end - other.start < mention.end - mention.start) named.set(k, mention);
    }
  }
  namedBySentence.set(sentence.tokens, named);
  return named;
}

/**
 * The preposition of a mention, or of the first member of the list it ends or stands in
 * ("of the USSR, Manchuria and Korea": each is the borders' possessor).
 */
function governingPreposition(sentence: Sentence, mention: Mention, trigger: Trigger): Preposition | null {
  const own = prepositionOf(sentence, mention, trigger);
  if (own) return own;
  const first = listHead(sentence, mention);
  return first === mention ? null : prepositionOf(sentence, first, trigger);
}

/** Words that join the members of a list ("X, the Y and the Z"). */
const LIST_JOINERS = new Set([',', 'and', 'or', ...grammarWords('determiner')]);
const CONJUNCTIONS = new Set(['and', 'or']);

/**
 * The first member of a list of mentions (any entity type) the mention belongs to: a run of
 * mentions joined only by commas, articles and at least one "and"/"or"; the mention itself
 * when it is in no such list. A comma alone makes no list: "near Lake Khasan, Japanese
 * troops attacked". The lists of a sentence are found once, in one pass.
 */
function listHead(sentence: Sentence, mention: Mention): Mention {
  let heads = listHeads.get(sentence.mentions);
  if (!heads) listHeads.set(sentence.mentions, (heads = findListHeads(sentence)));
  return heads.get(mention) ?? mention;
}

const listHeads = new WeakMap<readonly Mention[], ReadonlyMap<Mention, Mention>>();

function findListHeads(sentence: Sentence): Map<Mention, Mention> {
  const heads = new Map<Mention, Mention>();
  let run: Mention[] = [];
  let joined = false;
  const close = (): void => {
    if (joined && run.length > 1) for (const member of run) heads.set(member, run[0] as Mention);
    run = [];
    joined = false;
  };
  // Mentions come in text order; one inside another is skipped.
  for (const mention of sentence.mentions) {
    const last = run.at(-1);
    if (last && mention.start < last.end) continue;
    const words = last ? tokensBetween(sentence.tokens, last, mention) : [];
    if (last && (words.length === 0 || !words.every((token) => LIST_JOINERS.has(token.lower)))) close();
    else if (last) joined ||= words.some((token) => CONJUNCTIONS.has(token.lower));
    run.push(mention);
  }
  close();
  return heads;
}

/** The tokens from the end of one span to the start of another, found by binary search. */
function tokensBetween(tokens: readonly Token[], a: Span, b: Span): Token[] {
  const found: Token[] = [];
  for (let k = tokenAt(tokens, a.end); k < tokens.length && (tokens[k] as Token).end <= b.start; k++) found.push(tokens[k] as Token);
  return found;
}

/** Roles from prepositions and the bare subject and object of the event word, and the possessors that are no argument. */
function rolesByStructure(sentence: Sentence, actors: readonly Mention[], trigger: Trigger): { roles: Map<string, Role>; modifiers: Set<string> } {
  const roles = new Map<string, Role>();
  const modifiers = new Set<string>();
  const bare: Mention[] = [];
  // An event noun with its actor before it ("the Japanese invasion of China") has its undergoer after "of".
  const wordBefore = sentence.tokens[trigger.first - 1];
  const prenominal = !trigger.verbal && wordBefore !== undefined && actors.some((m) => m.end <= trigger.start && m.end >= wordBefore.end);
  for (const mention of actors) {
    const preposition = governingPreposition(sentence, mention, trigger);
    if (preposition === null) bare.push(mention);
    else {
      const kind = prenominal && preposition.kind === 'genitive' ? 'patient' : preposition.kind;
      const role = markedRole(kind, trigger.type, !trigger.verbal, undergoes(sentence, trigger));
      if (role !== null) roles.set(mention.id, role);
      if (preposition.possessed !== undefined && modifiesOnly(sentence, mention, [preposition.possessed])) modifiers.add(mention.id);
    }
  }
  const subject = nearestGroup(sentence, bare.filter((m) => m.end <= trigger.start).reverse());
  const object = nearestGroup(sentence, bare.filter((m) => m.start >= trigger.end));
  // "fell to the Japanese": the trigger's own "to" makes its object the one the event yields to.
  const yielded = undergoes(sentence, trigger) && endsInRecipient(sentence, trigger);
  const subjectAs: Role = trigger.passive ? 'patient' : subjectRole(trigger.type, !yielded && (object.length > 0 || objectFollows(sentence, trigger)), undergoes(sentence, trigger));
  for (const mention of subject) roles.set(mention.id, subjectAs);
  // A noun takes no bare object, and a passive's bare noun after the verb is no argument.
  if (trigger.verbal && !trigger.passive) for (const mention of object) roles.set(mention.id, yielded ? 'agent' : 'patient');
  return { roles, modifiers };
}

/**
 * The role an argument in a case takes for an event word: 'subject' (English, before the
 * verb: the agent, the patient of a passive or of a death), 'focus' or 'non-focus'
 * (Tagalog, by the verb's focus). Null where the word gives no role to that case.
 *
 * @example caseRole(sentence, trigger, 'subject') // 'patient' for "they were driven back"
 */
export function caseRole(sentence: Sentence, trigger: Trigger, kind: string): Role | null {
  if (!trigger.verbal) return null;
  if (kind === 'subject') {
    if (trigger.passive) return 'patient';
    const undergoer = undergoes(sentence, trigger);
    return subjectRole(trigger.type, !(undergoer && endsInRecipient(sentence, trigger)) && objectFollows(sentence, trigger), undergoer);
  }
  if (trigger.focus !== 'actor' && trigger.focus !== 'object') return null;
  if (kind === 'focus') return trigger.focus === 'actor' ? actorFocusRole(sentence, trigger) : 'patient';
  if (kind === 'non-focus') return trigger.focus === 'actor' ? 'patient' : 'agent';
  return null;
}

/**
 * Whether the event word's subject undergoes the event (`trigger-undergoers.json`: "Seoul
 * fell", "sumuko ang garison"), its "to"/"sa" phrase being the one it yields to.
 */
function undergoes(sentence: Sentence, trigger: Trigger): boolean {
  return trigger.verbal && !trigger.passive && sentence.lexicon.undergoers.has(trigger.phrase);
}

/** Whether the trigger phrase ends in a preposition that names a recipient ("fall to"). */
function endsInRecipient(sentence: Sentence, trigger: Trigger): boolean {
  const last = trigger.phrase.split(' ').at(-1);
  return sentence.lexicon.argumentMarkers.some((marker) => marker.value === 'recipient' && marker.words.length === 1 && marker.words[0] === last);
}

/** The role of the ang-phrase of an actor-focus verb: the agent, the undergoer of a verb like "sumuko". */
function actorFocusRole(sentence: Sentence, trigger: Trigger): Role {
  return undergoes(sentence, trigger) ? 'patient' : 'agent';
}

/** Whether a noun phrase follows the verb ("killed the officer"), not a full stop or a preposition ("died in hospital"). */
function objectFollows(sentence: Sentence, trigger: Trigger): boolean {
  const { tokens, lexicon } = sentence;
  const next = tokens[trigger.last + 1];
  if (!next || next.kind === 'punct') return false;
  return !lexicon.argumentMarkers.some((phrase) => phraseAt(tokens, trigger.last + 1, phrase.words));
}

/** Words that join mentions into one argument: coordination and apposition ("Stalin, Molotov and Voroshilov"). */
const COORDINATION = new Set([',', 'and', 'at', 'or']);

/** The mentions nearest the event word (given nearest first) joined only by coordination. */
function nearestGroup(sentence: Sentence, mentions: readonly Mention[]): Mention[] {
  const group: Mention[] = [];
  for (const mention of mentions) {
    const previous = group.at(-1);
    if (previous && !coordinated(sentence, previous, mention)) break;
    group.push(mention);
  }
  return group;
}

function coordinated(sentence: Sentence, a: Mention, b: Mention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return sentence.tokens
    .filter((token) => token.start >= first.end && token.end <= second.start)
    .every((token) => COORDINATION.has(token.lower));
}

/** A mention may sit between the words of a trigger ("inamin ng Hapon ang pagkatalo"), not on them. */
function overlapsTriggerWord(sentence: Sentence, mention: Mention, trigger: Trigger): boolean {
  return [trigger.first, trigger.last].some((k) => {
    const token = sentence.tokens[k];
    return token !== undefined && mention.start < token.end && mention.end > token.start;
  });
}

/** Roles from case markers and the verb's focus. */
function rolesByMarker(sentence: Sentence, actors: readonly Mention[], trigger: Trigger): { roles: Map<string, Role>; modifiers: Set<string> } {
  const roles = new Map<string, Role>();
  const modifiers = new Set<string>();
  for (const mention of actors) {
    // A possessor inside a larger phrase ("ang pinuno ng kawani ng hukbong Hapon, si Kanyin") may only modify it.
    const possessed = markerOf(sentence, mention, trigger)?.possessed ?? [];
    if (possessed.length > 0 && !possessed.some((k) => namesEvent(sentence, k, trigger)) && modifiesOnly(sentence, mention, possessed)) {
      modifiers.add(mention.id);
      continue;
    }
    const role = roleByMarker(sentence, mention, trigger);
    if (role !== null) roles.set(mention.id, role);
  }
  return { roles, modifiers };
}

function roleByMarker(sentence: Sentence, mention: Mention, trigger: Trigger): Role | null {
  const undergoer = undergoes(sentence, trigger);
  const phrase = prepositionOf(sentence, mention, trigger);
  if (phrase !== null && phrase.kind !== 'genitive') return markedRole(phrase.kind, trigger.type, !trigger.verbal, undergoer);
  const marker = markerOf(sentence, mention, trigger);
  if (marker === null) return null;
  const focused = trigger.focus === 'actor' || trigger.focus === 'object';
  if (marker.kind === 'focus') return focused ? (trigger.focus === 'actor' ? actorFocusRole(sentence, trigger) : 'patient') : null;
  if (marker.kind === 'non-focus') {
    if (focused) return trigger.focus === 'actor' ? 'patient' : 'agent';
    // An event noun's own ng-phrase ("ang pag-atake ng Hapon", "desisyon ng gobyerno ng Japan"): the genitive of the type.
    const own = marker.index > trigger.last && marker.index - trigger.last <= GENITIVE_REACH;
    return own ? markedRole('genitive', trigger.type, true) : null;
  }
  // sa/kay: the target of an aimed event ("sumalakay sa Mongolia"), the recipient of a given
  // one, the one an undergone event yields to ("sumuko sa mga Amerikano").
  return markedRole('target', trigger.type, false) ?? markedRole('recipient', trigger.type, false, undergoer);
}

/**
 * Whether token `k` is the event noun the trigger takes its type from ("nagpatuloy ang laban
 * ng mga Hapon": the fight is the Japanese's, and so the event's).
 */
function namesEvent(sentence: Sentence, k: number, trigger: Trigger): boolean {
  return sentence.triggers.some((other) => other.type === trigger.type && other.first <= k && other.last >= k);
}

/**
 * The case marker governing a mention: the nearest marker before it, unless that is a
 * possessive "ng" inside a larger phrase — then the marker of the whole chain of
 * possessives ("ang hangganan ng estado ng USSR": the ang-phrase's).
 */
function markerOf(sentence: Sentence, mention: Mention, trigger: Trigger): { kind: string; index: number; possessed: number[] } | null {
  const { tokens, lexicon } = sentence;
  // A chain never reaches back over the event word: "desisyon ng gobyerno ng Japan" is the noun's.
  const stop = mention.start >= trigger.end ? trigger.last : -1;
  let governing: { kind: string; index: number; possessed: number[] } | null = null;
  for (let k = tokenAt(tokens, mention.start) - 1, words = 0; k > stop && words <= MARKER_REACH; k--) {
    const token = tokens[k];
    if (!token || token.kind === 'punct') break;
    const phrase = lexicon.focusMarkers.find((p) => p.words.length === 1 && p.words[0] === token.lower);
    if (!phrase) {
      words++;
      continue;
    }
    // The possessive passed on was the "ng" after a possessed noun: that noun's last word is before it.
    governing = { kind: phrase.value, index: k, possessed: governing ? [...governing.possessed, governing.index - 1] : [] };
    // Only a possessive passes the phrase on to a marker further back.
    if (phrase.value !== 'non-focus') break;
    words = 0;
  }
  return governing;
}
