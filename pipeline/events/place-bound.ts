/**
 * Place-bound event words: some verbs tell an event only of a place ("Bataan fell",
 * "entered Manila", "pumasok sa Maynila") and nothing of anything else ("the plane fell",
 * "entered the room", "pumasok sa bahay"). `trigger-place-bound.json` names each such word
 * and the argument the place must be: 'patient' (the subject of an undergone event, the
 * ang-phrase in Tagalog) or 'object' (the bare object, the sa-phrase in Tagalog). That
 * argument must hold a GPE or LOCATION mention or a place noun (`terrain-words.json`: city,
 * town, lungsod), else the word is no event.
 */
import type { Phrase } from './lexicon.js';
import type { Sentence } from './sentence.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';
import type { Trigger } from './triggers.js';

/** Words an argument may run before its place word ("the old walled city"). */
const ARGUMENT_REACH = 4;

/** The case marker of each argument, where the language marks roles by case (`focus-markers.json`). */
const CASE_OF = { patient: 'focus', object: 'oblique' } as const;

/**
 * Whether a trigger tells its event: true unless it is place-bound and its argument names no place.
 *
 * @param sentence the sentence with its mentions and lexicon.
 * @param trigger a trigger of the sentence.
 * @returns false for "The plane fell into the sea" or "They entered the room"; true for "Bataan fell".
 * @example tellsEvent(sentence, fell) // true for "Bataan fell on April 9."
 */
export function tellsEvent(sentence: Sentence, trigger: Trigger): boolean {
  const role = sentence.lexicon.placeBound[trigger.phrase];
  if (role === undefined || trigger.kind !== 'verb' || trigger.passive) return true;
  const argument = sentence.lexicon.focusMarkers.length > 0 ? markedArgument(sentence, trigger, CASE_OF[role]) : orderedArgument(sentence, trigger, role);
  return argument.some((k) => namesPlace(sentence, k));
}

/** Whether token `k` is a place word or inside a GPE or LOCATION mention. */
function namesPlace(sentence: Sentence, k: number): boolean {
  const token = sentence.tokens[k] as Token;
  if (sentence.lexicon.placeNouns.has(token.lower)) return true;
  return sentence.mentions.some((m) => (m.type === 'GPE' || m.type === 'LOCATION') && m.start < token.end && m.end > token.start);
}

/** Tokens from `from` stepping by `step` up to the reach, stopping at punctuation or a stop word. */
function run(tokens: readonly Token[], from: number, step: 1 | -1, stops: (k: number) => boolean): number[] {
  const found: number[] = [];
  for (let k = from; k >= 0 && k < tokens.length && found.length < ARGUMENT_REACH; k += step) {
    if ((tokens[k] as Token).kind === 'punct' || stops(k)) break;
    found.push(k);
  }
  return found;
}

/**
 * Word order (English): the subject is the words right before the verb, the object those right
 * after it; a preposition ends the phrase, and right after the verb it means no bare object
 * ("entered into an agreement").
 */
function orderedArgument(sentence: Sentence, trigger: Trigger, role: 'patient' | 'object'): number[] {
  const { tokens, lexicon } = sentence;
  const markers = phrasesByFirstWord(lexicon.argumentMarkers);
  const marker = (k: number): boolean => markers.get((tokens[k] as Token).lower)?.some((phrase) => phraseAt(tokens, k, phrase.words)) ?? false;
  return role === 'patient' ? run(tokens, trigger.first - 1, -1, marker) : run(tokens, trigger.last + 1, 1, marker);
}

/**
 * Case marking (Tagalog): the phrase after the nearest marker of the argument's case, after
 * the verb ("Bumagsak ang Bataan") or before it ("Ang Bataan ay bumagsak"), up to the next marker.
 */
function markedArgument(sentence: Sentence, trigger: Trigger, kind: string): number[] {
  const { tokens, lexicon } = sentence;
  // The longest marker at a token: the lexicon lists phrases longest first.
  const markers = phrasesByFirstWord(lexicon.focusMarkers);
  const markerAt = (k: number): Phrase<string> | undefined => markers.get((tokens[k] as Token).lower)?.find((phrase) => phraseAt(tokens, k, phrase.words));
  const clauseEnd = (k: number): boolean => (tokens[k] as Token).kind === 'punct';
  const candidates: number[] = [];
  for (let k = trigger.last + 1; k < tokens.length && !clauseEnd(k); k++) if (markerAt(k)?.value === kind) candidates.push(k);
  for (let k = trigger.first - 1; k >= 0 && !clauseEnd(k); k--) if (markerAt(k)?.value === kind) candidates.push(k);
  const nearest = candidates.sort((a, b) => Math.abs(a - trigger.first) - Math.abs(b - trigger.first) || a - b)[0];
  if (nearest === undefined) return [];
  const words = markerAt(nearest)?.words.length ?? 1;
  return run(tokens, nearest + words, 1, (k) => markerAt(k) !== undefined || k === trigger.first);
}
