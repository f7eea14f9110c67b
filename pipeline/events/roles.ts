/**
 * What each event type lets its arguments be — the event side of role assignment, the same
 * in every language (the words that mark roles are language data, `argument-markers.json`):
 *
 * - which entity types may stand in an event without a grammatical role (a state or a unit
 *   named in the clause of a battle is one of its sides; a diplomat named there is not);
 * - whose subject undergoes the event when nothing follows the verb ("Makhalin died");
 * - whose event noun names the undergoer after "of" / "ng" ("the arrest of Blucher"), where
 *   other types name the actor ("the offensive of the Soviet troops");
 * - which events are aimed at a target ("attack on", "sumalakay sa") or given to a
 *   recipient ("awarded to", "a note to").
 */
import type { EntityType, EventType, Participant } from '../model.js';

const MILITARY: readonly EntityType[] = ['MILITARY_UNIT', 'GPE', 'ORG'];
const DIPLOMATIC: readonly EntityType[] = ['PERSON', 'GPE', 'ORG'];
const PERSONNEL: readonly EntityType[] = ['PERSON', 'MILITARY_UNIT', 'ORG'];
const FORCES: readonly EntityType[] = ['MILITARY_UNIT', 'GPE', 'ORG', 'PERSON'];
const COMMAND: readonly EntityType[] = ['PERSON', 'ORG', 'MILITARY_UNIT'];

/** Entity types an event admits as plain participants, without a grammatical role. */
const LOOSE: Readonly<Record<EventType, readonly EntityType[]>> = {
  attack: MILITARY,
  battle: MILITARY,
  capture: MILITARY,
  retreat: MILITARY,
  offensive: MILITARY,
  air_strike: MILITARY,
  border_incident: MILITARY,
  mobilization: FORCES,
  deployment: FORCES,
  casualty_report: MILITARY,
  ceasefire: DIPLOMATIC,
  negotiation: DIPLOMATIC,
  agreement: DIPLOMATIC,
  meeting: DIPLOMATIC,
  diplomatic_note: DIPLOMATIC,
  appointment: PERSONNEL,
  dismissal: PERSONNEL,
  arrest: PERSONNEL,
  death: PERSONNEL,
  award: PERSONNEL,
  order_issued: COMMAND,
  plan: COMMAND,
  reorganization: FORCES,
  other: ['PERSON', 'ORG', 'MILITARY_UNIT', 'GPE'],
};

/** Events whose subject undergoes them when no object follows the verb ("Makhalin died", "the Japanese lost"). */
const UNDERGOER_SUBJECT: ReadonlySet<EventType> = new Set(['death', 'casualty_report']);

/** Events whose noun names the undergoer after "of" ("the capture of Manchuria"). */
const UNDERGOER_GENITIVE: ReadonlySet<EventType> = new Set([
  'capture', 'death', 'arrest', 'dismissal', 'appointment', 'award', 'mobilization', 'deployment',
  'reorganization', 'air_strike', 'casualty_report',
]);

/** Events aimed at a target ("attack on the post", "fire at the Japanese"). */
const AIMED: ReadonlySet<EventType> = new Set(['attack', 'offensive', 'air_strike', 'battle', 'border_incident']);

/** Events given or sent to someone ("awarded to", "a note to Japan", "an order to the army"). */
const GIVEN: ReadonlySet<EventType> = new Set(['award', 'diplomatic_note', 'order_issued', 'appointment', 'negotiation']);

/**
 * Whether an entity type may stand in an event of a type without a grammatical role.
 *
 * @example looseParticipant('capture', 'PERSON') // false; looseParticipant('negotiation', 'PERSON') // true
 */
export function looseParticipant(type: EventType, entity: EntityType): boolean {
  return LOOSE[type].includes(entity);
}

/**
 * The role of an active verb's subject: the agent, or the undergoer of an event like a
 * death, or of an event word whose subject undergoes it ("Seoul fell", `undergoer`), when
 * no object follows the verb ("killed the officer" has one, "died." none).
 *
 * @example subjectRole('death', false) // 'patient'; subjectRole('death', true) // 'agent'; subjectRole('capture', false, true) // 'patient'
 */
export function subjectRole(type: EventType, hasObject: boolean, undergoer = false): Participant['role'] {
  return (UNDERGOER_SUBJECT.has(type) || undergoer) && !hasObject ? 'patient' : 'agent';
}

/**
 * The role a preposition's kind (`argument-markers.json`) gives a noun phrase for an event
 * type, or null when it makes no argument of it.
 *
 * @param kind agent, patient, target, recipient, genitive, participant or none.
 * @param type the event type.
 * @param nominal whether the event word is a noun (only a noun takes a genitive argument).
 * @param undergoer whether the event word's subject undergoes it: then the one it is
 *   yielded to is its agent ("fell to the Japanese").
 * @example markedRole('target', 'attack', false) // 'patient'; markedRole('recipient', 'capture', false, true) // 'agent'
 */
export function markedRole(kind: string, type: EventType, nominal: boolean, undergoer = false): Participant['role'] | null {
  if (undergoer && kind === 'recipient') return 'agent';
  switch (kind) {
    case 'agent':
    case 'patient':
    case 'participant':
      return kind;
    case 'target':
      return AIMED.has(type) ? 'patient' : null;
    case 'recipient':
      return GIVEN.has(type) ? 'patient' : null;
    case 'genitive':
      return nominal ? (UNDERGOER_GENITIVE.has(type) ? 'patient' : 'agent') : null;
    default:
      return null;
  }
}

/** Events of diplomacy and politics: a state's forces named in them stand for the state ("the Soviet side protested"). */
const STATECRAFT: ReadonlySet<EventType> = new Set(['negotiation', 'agreement', 'diplomatic_note', 'meeting']);

/** Events that befall a person: troops are never appointed, dismissed, arrested or awarded ("commander of the Soviet troops"). */
const PERSONAL: ReadonlySet<EventType> = new Set(['appointment', 'dismissal', 'arrest', 'award']);

/**
 * How a phrase naming a state's forces ("Soviet troops", "tropang Hapon") takes part in
 * an event of a type: standing for the state (diplomacy and politics, and then only as an
 * argument, never as a plain participant), for its armed forces, or not at all.
 *
 * @example forceStanding('negotiation') // 'state'; forceStanding('attack') // 'forces'; forceStanding('appointment') // null
 */
export function forceStanding(type: EventType): 'state' | 'forces' | null {
  if (PERSONAL.has(type)) return null;
  return STATECRAFT.has(type) ? 'state' : 'forces';
}

/** Events between two parties by their nature: an armistice, talks, a treaty. */
const RECIPROCAL: ReadonlySet<EventType> = new Set(['ceasefire', 'negotiation', 'agreement']);

/**
 * Whether an event always has two sides, named or not ("an armistice was signed").
 *
 * @example reciprocal('ceasefire') // true; reciprocal('attack') // false
 */
export function reciprocal(type: EventType): boolean {
  return RECIPROCAL.has(type);
}
