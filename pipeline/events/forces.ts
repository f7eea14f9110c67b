/**
 * Military force phrases — "Soviet troops", "Japanese aviation", "tropang Sobyet",
 * "hukbo ng Hapon", "our troops" — as event participants.
 *
 * The entity stage rightly makes no entity of a nationality adjective, yet the phrase names
 * an actor: the state's armed forces. A demonym (`demonyms.json`: word -> gazetteer key of
 * the state) next to a force noun (`force-nouns.json`: word -> branch, the gazetteer field
 * naming that branch of the state: armedForces, airForces, navalForces, or `state`) makes a
 * stand-in mention the role rules treat like any other.
 *
 * - The demonym comes first ("Soviet troops", "Sobyet na tropa") or after the noun, directly
 *   or after a linker (`force-linkers.json`: "tropang Hapon", "tropa ng Hapon"). It is
 *   capitalised ("hapon" is also "afternoon").
 * - The narrator's and the enemy's side words ("our troops", "aming mga tropa", "tropa ng
 *   kaaway") are resolved against the sides the document names (`sides.ts`); "the enemy"
 *   as a noun of its own ("pinalibutan ang kalaban") is the enemy state, and "both sides"
 *   ("ang magkabilang panig") the narrator's side and the enemy as parties.
 * - A pair of demonyms before another noun ("Soviet-Japanese border") names both states as
 *   parties; a demonym right before an event noun ("Japanese invasion") the actor's forces.
 * - In diplomacy and politics the phrase stands for the state itself, in events that befall
 *   a person for nothing (`roles.ts`, `forceStanding`).
 * - A phrase that overlaps a mention the entity stage found ("Soviet Army", "hukbo ng
 *   Hapon") is left to that mention.
 */
import type { Document, Entity, EventType, LanguageCode, Mention, Participant, Span } from '../model.js';
import { gazetteer } from '../entities/gazetteer.js';
import { slugId, stableId } from '../ids.js';
import { languagePack, stringTable } from '../lang/index.js';
import { functionWords } from '../language/function-words.js';
import { phrases, type EventLexicon, type Phrase } from './lexicon.js';
import { forceStanding } from './roles.js';
import type { Sentence } from './sentence.js';
import { documentSides, type DocumentSides } from './sides.js';
import type { Trigger } from './triggers.js';
import { phraseAt, phrasesByFirstWord, tokenize, type Token } from './tokens.js';

/** Prefix of a stand-in mention's id: its participant has no mention of the entity stage. */
const FORCE_PREFIX = 'force-';
/** Id prefix of a stand-in for the states a phrase names as parties ("both sides", "Soviet-Japanese"). */
const PARTIES_ID = `${FORCE_PREFIX}parties`;
const RECOGNIZER = 'events/forces';
const PARTIES = 'events/parties';
/** The branch of a phrase that names the states themselves ("Soviet-Japanese border", "the Japanese side"). */
const STATE = 'state';
/** Words a modifier may add between a demonym and its noun ("Soviet border units", "Soviet Attack Aviation"). */
const MODIFIER_REACH = 1;
/** Words in the longest force noun ("armed forces", "hukbong dagat"). */
const FORCE_NOUN_WORDS = 3;

/** A force phrase: its span, text, the states of its demonyms and the branch its noun names. */
export interface ForcePhrase extends Span {
  text: string;
  /** Gazetteer keys of the states ("Soviet-Mongolian troops" names two). */
  states: string[];
  branch: string;
}

interface ForceData {
  /** Force nouns and their branch, by first word, longest first. */
  nouns: ReadonlyMap<string, readonly Phrase<string>[]>;
  /** Phrases naming both sides of the conflict ("both sides", "magkabilang panig"), by first word. */
  bothSides: ReadonlyMap<string, readonly Phrase<string>[]>;
  demonyms: Readonly<Record<string, string>>;
  linkers: ReadonlySet<string>;
}

const dataByLanguage = new Map<LanguageCode, ForceData>();

function forceData(code: LanguageCode): ForceData {
  const cached = dataByLanguage.get(code);
  if (cached) return cached;
  const pack = languagePack(code);
  const data: ForceData = {
    nouns: phrasesByFirstWord(phrases(pack.read('force-nouns', stringTable, {}), String)),
    bothSides: phrasesByFirstWord(phrases(pack.read('both-sides', stringTable, {}), String)),
    demonyms: pack.read('demonyms', stringTable, {}),
    linkers: new Set(Object.keys(pack.read('force-linkers', stringTable, {}))),
  };
  dataByLanguage.set(code, data);
  return data;
}

/** The states a token names as a demonym: one, or one per part of a hyphenated pair ("Soviet-Mongolian"); none when not capitalised. */
function demonymStates(token: Token | undefined, data: ForceData): string[] {
  if (!token || token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return [];
  const own = Object.hasOwn(data.demonyms, token.lower) ? data.demonyms[token.lower] : undefined;
  if (own) return [own];
  const parts = token.lower.split('-');
  if (parts.length < 2) return [];
  const states = parts.map((part) => (Object.hasOwn(data.demonyms, part) ? data.demonyms[part] : undefined));
  return states.every((state): state is string => state !== undefined) ? [...new Set(states)] : [];
}

function nounAt(tokens: readonly Token[], k: number, data: ForceData): Phrase<string> | undefined {
  return data.nouns.get(tokens[k]?.lower ?? '')?.find((noun) => phraseAt(tokens, k, noun.words));
}

/**
 * Whether a force noun ("troops", "border guards", "tropa") ends at token `k`.
 *
 * @example forceNounEndsAt(tokenize('the border guards of'), 2, 'eng') // true
 */
export function forceNounEndsAt(tokens: readonly Token[], k: number, code: LanguageCode): boolean {
  const data = forceData(code);
  for (let first = k; first >= 0 && k - first < FORCE_NOUN_WORDS; first--) {
    if (nounAt(tokens, first, data)?.words.length === k - first + 1) return true;
  }
  return false;
}

/**
 * The force phrases of a run of tokens, left to right, never overlapping.
 *
 * @param tokens the sentence's tokens.
 * @param code the language whose data to use.
 * @returns the phrases in text order.
 * @example forcePhrases(tokenize('the Soviet troops attacked'), 'eng') // [{ text: 'Soviet troops', states: ['soviet-union'], branch: 'armedForces', … }]
 */
export function forcePhrases(tokens: readonly Token[], code: LanguageCode): ForcePhrase[] {
  const data = forceData(code);
  const found: ForcePhrase[] = [];
  const make = (first: number, last: number, states: string[], branch: string): ForcePhrase => {
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const text = tokens.slice(first, last + 1).map((token, n, list) => (n > 0 && (list[n - 1] as Token).end < token.start ? ' ' : '') + token.text).join('');
    return { start, end, text, states, branch };
  };
  for (let k = 0; k < tokens.length; k++) {
    const states = demonymStates(tokens[k], data);
    if (states.length > 0) {
      // Demonym first: "Soviet troops", "Sobyet na tropa", "Soviet border units".
      let next = k + 1;
      if (data.linkers.has(tokens[next]?.lower ?? '')) next++;
      const before = found.length;
      for (let gap = 0; gap <= MODIFIER_REACH; gap++) {
        const noun = nounAt(tokens, next + gap, data);
        if (noun) {
          found.push(make(k, next + gap + noun.words.length - 1, states, noun.value));
          k = next + gap + noun.words.length - 1;
          break;
        }
        const between = tokens[next + gap];
        if (!between || between.kind !== 'word' || demonymStates(between, data).length > 0) break;
      }
      // A pair of demonyms before any other noun names the parties ("Soviet-Japanese border", "Soviet-Japanese pact").
      if (found.length === before && states.length > 1) found.push(make(k, k, states, STATE));
      continue;
    }
    // Noun first: "tropang Hapon", "tropa ng Hapon".
    const noun = nounAt(tokens, k, data);
    if (!noun) continue;
    let after = k + noun.words.length;
    if (data.linkers.has(tokens[after]?.lower ?? '')) after++;
    const owners = demonymStates(tokens[after], data);
    if (owners.length === 0) continue;
    found.push(make(k, after, owners, noun.value));
    k = after;
  }
  return found;
}

/**
 * The gazetteer key a force phrase's state stands for in an event: the state in diplomacy
 * and politics, else the branch its noun names, else its armed forces, else the state.
 *
 * @example forceEntityKey('soviet-union', 'airForces', 'air_strike') // 'soviet-air-forces'
 */
export function forceEntityKey(state: string, branch: string, type: EventType): string {
  if (branch === STATE || forceStanding(type) === 'state') return state;
  const forces = gazetteer().entries.get(state)?.forces;
  const target = forces?.[branch] ?? forces?.['armedForces'];
  return target !== undefined && gazetteer().entries.has(target) ? target : state;
}

/**
 * Stand-in mentions for the force phrases of a sentence, one per state named, for an event
 * (a demonym right before its noun included) (none for events that befall a person). Phrases overlapping a mention of the
 * entity stage are left out.
 *
 * @param sentence the sentence.
 * @param trigger the event word (with its type).
 * @returns mentions with ids `force-…`, in text order.
 * @example forceMentions(sentence, trigger)[0].normalized // 'Red Army'
 */
export function forceMentions(sentence: Sentence, trigger: Trigger): Mention[] {
  const { type } = trigger;
  if (forceStanding(type) === null) return [];
  const phrases = [...sentencePhrases(sentence)];
  const modifier = eventModifier(sentence, trigger);
  if (modifier && !phrases.some((phrase) => phrase.start < modifier.end && phrase.end > modifier.start)) phrases.push(modifier);
  return phrases
    .filter((phrase) => !sentence.mentions.some((m) => m.start < phrase.end && m.end > phrase.start))
    // One state named as a party ("the Japanese side") keeps the role its clause gives it.
    .flatMap((phrase) => phrase.states.flatMap((state) => standIn(sentence, phrase, forceEntityKey(state, phrase.branch, type), phrase.branch === STATE && phrase.states.length > 1 ? PARTIES : RECOGNIZER)))
    // Stable: the states of one phrase stay in the order it names them.
    .sort((a, b) => a.start - b.start);
}

/** A stand-in mention of a gazetteer entry over a span, or none when the entry is unknown. */
function standIn(sentence: Sentence, span: Span & { text: string }, key: string, recognizer: string): Mention[] {
  const entry = gazetteer().entries.get(key);
  if (!entry) return [];
  return [{
    id: stableId(recognizer === PARTIES ? PARTIES_ID : FORCE_PREFIX.slice(0, -1), sentence.document.id, span.start, span.end, key),
    segment: sentence.segment.id,
    start: span.start,
    end: span.end,
    text: span.text,
    type: entry.type,
    language: sentence.lexicon.code,
    normalized: entry.name,
    gazetteer: key,
    recognizer,
  }];
}

/** The force phrases of a sentence, found once for all its event words. */
const phrasesBySentence = new WeakMap<readonly Token[], readonly ForcePhrase[]>();

function sentencePhrases(sentence: Sentence): readonly ForcePhrase[] {
  const cached = phrasesBySentence.get(sentence.tokens);
  if (cached) return cached;
  const phrases = [...forcePhrases(sentence.tokens, sentence.lexicon.code), ...sidePhrases(sentence)];
  phrasesBySentence.set(sentence.tokens, phrases);
  return phrases;
}

/**
 * A demonym right before an event noun names its actor's forces ("a new Japanese invasion",
 * "the Soviet counteroffensive"): a phrase over the demonym alone, the noun being the trigger.
 */
function eventModifier(sentence: Sentence, trigger: Trigger): ForcePhrase | null {
  if (trigger.kind !== 'noun' || trigger.first === 0) return null;
  const token = sentence.tokens[trigger.first - 1] as Token;
  const states = demonymStates(token, forceData(sentence.lexicon.code));
  return states.length > 0 ? { start: token.start, end: token.end, text: token.text, states, branch: 'armedForces' } : null;
}

/** Side words of the narrator and the enemy (`side-cues.json`: "our", "aming", "enemy", "kaaway"). */
const ENEMY = 'enemy';
const NARRATOR_SIDES: ReadonlySet<string> = new Set(['self', ENEMY]);
/** Words allowed between a side word and its force noun ("aming mga tropa", "tropa ng kaaway"). */
const SIDE_REACH = 1;

const sidesByDocument = new WeakMap<Document, DocumentSides>();

/** The narrator's side and the enemy of the sentence's document, from its sentences in the sentence's language (`sides.ts`). */
function sidesOf(sentence: Sentence): DocumentSides {
  const cached = sidesByDocument.get(sentence.document);
  if (cached) return cached;
  const { lexicon } = sentence;
  const sentences = sentence.document.segments.filter((segment) => segment.language === lexicon.code).map((segment) => ({ tokens: tokenize(segment), lexicon }));
  const sides = documentSides(sentences);
  sidesByDocument.set(sentence.document, sides);
  return sides;
}

const narratorWordsByLexicon = new WeakMap<EventLexicon, ReadonlyMap<string, string>>();

/** The one-word side cues of the narrator and the enemy ("our" → self, "kaaway" → enemy), built once per lexicon; the first cue of a word wins. */
function narratorWords(lexicon: EventLexicon): ReadonlyMap<string, string> {
  let words = narratorWordsByLexicon.get(lexicon);
  if (words) return words;
  const map = new Map<string, string>();
  for (const cue of lexicon.sideCues) {
    const word = cue.words[0];
    if (cue.words.length === 1 && word !== undefined && NARRATOR_SIDES.has(cue.value) && !map.has(word)) map.set(word, cue.value);
  }
  narratorWordsByLexicon.set(lexicon, (words = map));
  return words;
}

/**
 * Force phrases named by the narrator's side or the enemy ("our troops", "aming mga tropa",
 * "tropa ng kaaway"): the side word before or after a force noun, a filler between, the
 * side resolved against the document's sides to a gazetteer state; "the enemy" standing
 * alone as a noun, for the enemy state; and "both sides" (`both-sides.json`) for the two.
 */
function sidePhrases(sentence: Sentence): ForcePhrase[] {
  const { tokens, lexicon } = sentence;
  const data = forceData(lexicon.code);
  const cues = narratorWords(lexicon);
  if (cues.size === 0) return [];
  const sideAt = (k: number): string | undefined => cues.get(tokens[k]?.lower ?? '');
  let sides: DocumentSides | null = null;
  const found: ForcePhrase[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const noun = nounAt(tokens, k, data);
    if (!noun) continue;
    const last = k + noun.words.length - 1;
    let side: { at: number; value: string } | null = null;
    for (let gap = 1; gap <= SIDE_REACH + 1 && !side; gap++) {
      const before = sideAt(k - gap);
      const after = sideAt(last + gap);
      if (before) side = { at: k - gap, value: before };
      else if (after) side = { at: last + gap, value: after };
    }
    if (!side) continue;
    sides ??= sidesOf(sentence);
    const states = sideStates(side.value === 'self' ? sides.self : sides.enemy);
    if (states.length === 0) continue;
    const first = Math.min(k, side.at);
    const end = Math.max(last, side.at);
    const text = sentence.slice((tokens[first] as Token).start, (tokens[end] as Token).end);
    found.push({ start: (tokens[first] as Token).start, end: (tokens[end] as Token).end, text, states, branch: noun.value });
    k = end;
  }
  // "The enemy" as a noun of its own ("pinalibutan ang kalaban", "attacked the enemy on the
  // heights") names the enemy side itself; before another word it only modifies it
  // ("enemy positions"), unless that word is a function word ("ang kaaway sa teritoryo").
  const closed = functionWords(languagePack(lexicon.code));
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (sideAt(k) !== ENEMY || found.some((phrase) => phrase.start <= token.start && phrase.end >= token.end)) continue;
    const next = tokens[k + 1];
    if (next && next.kind === 'word' && !closed.has(next.lower)) continue;
    sides ??= sidesOf(sentence);
    const states = sideStates(sides.enemy);
    if (states.length > 0) found.push({ start: token.start, end: token.end, text: token.text, states, branch: STATE });
  }
  // "Both sides", "magkabilang panig": the narrator's side and the enemy, as parties.
  for (let k = 0; k < tokens.length; k++) {
    const both = data.bothSides.get((tokens[k] as Token).lower)?.find((phrase) => phraseAt(tokens, k, phrase.words));
    if (!both) continue;
    sides ??= sidesOf(sentence);
    const states = sides.self && sides.enemy ? [...new Set([...sideStates(sides.self), ...sideStates(sides.enemy)])] : [];
    const last = tokens[k + both.words.length - 1] as Token;
    if (states.length > 1) found.push({ start: (tokens[k] as Token).start, end: last.end, text: sentence.slice((tokens[k] as Token).start, last.end), states, branch: both.value });
    k += both.words.length - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The parties a reciprocal event implies where its clause names none ("an armistice
 * agreement was signed", "hostilities were stopped"): the two sides of the conflict the
 * document tells, its narrator's side and the enemy (`sides.ts`), as parties over the event
 * word. None when the document does not name both sides.
 *
 * @param sentence the sentence.
 * @param trigger the event word.
 * @param sides the document's sides.
 * @returns participants with role 'participant', or none.
 * @example impliedParties(sentence, armistice, { self: 'Soviet Union', enemy: 'Japan' }).map((p) => p.name) // ['Soviet Union', 'Japan']
 */
export function impliedParties(sentence: Sentence, trigger: Trigger, sides: DocumentSides): Participant[] {
  if (!sides.self || !sides.enemy) return [];
  const states = [...new Set([...sideStates(sides.self), ...sideStates(sides.enemy)])];
  if (states.length < 2) return [];
  return states.flatMap((state) => standIn(sentence, trigger, state, PARTIES)).map((mention) => ({
    mention: mention.id,
    entity: mention.gazetteer,
    name: mention.normalized,
    type: mention.type,
    role: 'participant' as const,
    text: mention.text,
  }));
}

/** Gazetteer keys of the states a side names ("Soviet Union+Mongolia" names two). */
function sideStates(side: string | null): string[] {
  return (side ?? '').split('+').flatMap((part) => gazetteer().lookup(part).filter((key) => gazetteer().entries.get(key)?.type === 'GPE').slice(0, 1));
}

/** Whether a mention stands in for the states a pair of demonyms names as parties ("Soviet-Japanese border"). */
export function namesParties(mention: Mention): boolean {
  return isForceMention(mention.id) && mention.recognizer === PARTIES;
}

/** Whether a mention stands in for a state's forces (not for the parties a pair of demonyms names). */
export function namesForces(mention: Mention): boolean {
  return isForceMention(mention.id) && mention.recognizer === RECOGNIZER;
}

/**
 * Whether a participant stands for the sides a phrase names together ("both sides",
 * "Soviet-Japanese", an armistice's implied parties): the whole conflict's sides, which tell
 * one event from another no better than the date does.
 *
 * @example namesSidesTogether({ mention: 'force-parties-1a2b3c4d5e6f', … }) // true
 */
export function namesSidesTogether(participant: Pick<Participant, 'mention'>): boolean {
  return participant.mention.startsWith(`${PARTIES_ID}-`);
}

/** Whether a participant's mention is a force phrase's stand-in. */
export function isForceMention(mention: string): boolean {
  return mention.startsWith(FORCE_PREFIX);
}

/**
 * A force participant resolved to the corpus entity of its name (the id linking gives it,
 * `slugId('en', name)`), or with a null entity when the corpus has none.
 *
 * @param participant a participant whose mention is a stand-in.
 * @param entities the corpus entities by id.
 * @example resolveForce({ name: 'Red Army', … }, byId).entity // 'en-red-army'
 */
export function resolveForce(participant: Participant, entities: ReadonlyMap<string, Entity>): Participant {
  const entity = entities.get(slugId('en', participant.name));
  if (entity && entity.type === participant.type) return { ...participant, entity: entity.id, name: entity.name };
  return { ...participant, entity: null };
}
