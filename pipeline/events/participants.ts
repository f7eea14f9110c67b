/**
 * Rule 5 — participants and roles: the people, organizations, units and states the clause
 * names. Where the language marks roles with case markers (`focus-markers.json`: Tagalog
 * ang/si, ng/ni, sa/kay) the marker and the verb's focus decide: the ang-phrase of an
 * actor-focus verb is the agent, of an object-focus verb the patient. Otherwise word order
 * decides: before the verb the agent, after it the patient, swapped in the passive, where
 * "by" brings the agent back.
 */
import type { Mention, Participant, Span } from '../model.js';
import { cuedPlaces } from './location.js';
import type { Sentence } from './sentence.js';
import { tokenAt } from './sentence.js';
import type { Trigger } from './triggers.js';

const ACTORS = new Set(['PERSON', 'ORG', 'MILITARY_UNIT', 'GPE']);
/** How far back a case marker may stand before its noun ("ng mga tropa ng Hapon"). */
const MARKER_REACH = 4;

/**
 * Participants of one event with their roles.
 *
 * @param sentence the sentence.
 * @param clause the clause of the trigger.
 * @param trigger the trigger.
 * @example attachParticipants(sentence, clause, trigger) // [{ name: 'Japan', role: 'agent', … }]
 */
export function attachParticipants(sentence: Sentence, clause: Span, trigger: Trigger): Participant[] {
  const places = new Set(cuedPlaces(sentence, clause).map((mention) => mention.id));
  const marked = sentence.lexicon.focusMarkers.length > 0;
  const actors = sentence.mentions
    .filter((mention) => ACTORS.has(mention.type) && !places.has(mention.id))
    .filter((mention) => mention.start >= clause.start && mention.end <= clause.end)
    .filter((mention) => !overlapsTriggerWord(sentence, mention, trigger));
  const core = marked ? null : coreArguments(sentence, actors, trigger);
  return actors.map((mention) => ({
    mention: mention.id,
    entity: mention.gazetteer,
    name: mention.normalized || mention.text,
    type: mention.type,
    role: marked
      ? roleByMarker(sentence, mention, trigger)
      : core?.has(mention.id) ? roleByPosition(sentence, mention, trigger) : 'participant',
    text: mention.text,
  }));
}

/** Words that coordinate mentions into one argument ("Stalin, Molotov and Voroshilov"). */
const COORDINATION = new Set([',', 'and', 'at', 'or']);

/**
 * The mentions that are the verb's own subject and object: the nearest group before the
 * trigger and the nearest group after it, a group being mentions joined only by
 * coordination. Mentions farther away belong to other parts of the clause.
 */
function coreArguments(sentence: Sentence, actors: readonly Mention[], trigger: Trigger): Set<string> {
  const before = actors.filter((m) => m.end <= trigger.start).reverse();
  const after = actors.filter((m) => m.start >= trigger.end);
  const core = new Set<string>();
  for (const side of [before, after]) {
    let previous: Mention | undefined;
    for (const mention of side) {
      if (previous && !coordinated(sentence, previous, mention)) break;
      core.add(mention.id);
      previous = mention;
    }
  }
  return core;
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

function roleByPosition(sentence: Sentence, mention: Mention, trigger: Trigger): Participant['role'] {
  const before = mention.end <= trigger.start;
  if (!trigger.verbal) return before ? 'agent' : 'participant';
  if (!trigger.passive) return before ? 'agent' : 'patient';
  if (before) return 'patient';
  // "by the Red Army": the agent marker may stand before a determiner.
  const at = tokenAt(sentence.tokens, mention.start);
  const byAgent = sentence.tokens.slice(Math.max(0, at - 2), at).some((token) => sentence.lexicon.passiveMarkers[token.lower] === 'agent');
  return byAgent ? 'agent' : 'participant';
}

function roleByMarker(sentence: Sentence, mention: Mention, trigger: Trigger): Participant['role'] {
  const marker = markerOf(sentence, mention);
  if (marker === null || trigger.focus === null || trigger.focus === 'none') return 'participant';
  if (marker === 'focus') return trigger.focus === 'actor' ? 'agent' : 'patient';
  if (marker === 'non-focus') return trigger.focus === 'actor' ? 'patient' : 'agent';
  return 'participant';
}

/**
 * The case marker governing a mention: the nearest marker before it, unless that is a
 * possessive "ng" inside a larger phrase whose own marker stands just before.
 */
function markerOf(sentence: Sentence, mention: Mention): string | null {
  const at = tokenAt(sentence.tokens, mention.start);
  const found: { index: number; kind: string }[] = [];
  for (let k = at - 1; k >= Math.max(0, at - MARKER_REACH * 2) && found.length < 2; k--) {
    const token = sentence.tokens[k];
    if (!token || token.kind === 'punct') break;
    const phrase = sentence.lexicon.focusMarkers.find((p) => p.words.length === 1 && p.words[0] === token.lower);
    if (phrase) found.push({ index: k, kind: phrase.value });
  }
  const [nearest, outer] = found;
  if (!nearest) return null;
  if (nearest.kind === 'non-focus' && outer && nearest.index - outer.index <= MARKER_REACH) return outer.kind;
  return nearest.kind;
}
