/**
 * Rule 6 — pronouns: a clause whose argument is a personal pronoun (`pronouns.json`: "they",
 * "he"; Tagalog "siya", "niya") takes as that argument the last agent named before it in
 * the sentence, in the role the pronoun's case gives: "the Japanese launched an attack …,
 * but they were driven back" makes the Japanese the patient of the retreat. A clause that
 * already names that role keeps its own. A coordinate clause that leaves its subject out
 * ("…, and then captured Tacloban", "…, at umatras") shares the one before it the same way.
 * Across sentences a pronoun is left alone: the paragraph's last agent is too often someone
 * else.
 */
import type { Participant } from '../model.js';
import type { Draft } from './index.js';
import { connectiveWords } from './clauses.js';
import { grammarWords } from './grammar-words.js';
import type { Phrase } from './lexicon.js';
import { caseRole } from './participants.js';
import type { Sentence } from './sentence.js';
import { phraseAt, type Token } from './tokens.js';

/**
 * Drafts of one sentence, in text order, with their pronoun arguments resolved.
 *
 * @param drafts the sentence's drafts in text order.
 * @param sentence the sentence.
 * @returns new drafts; the input is not changed.
 * @example resolvePronouns(drafts, sentence)[1].participants // [{ name: 'Japan', role: 'patient', text: 'they' }]
 */
export function resolvePronouns(drafts: readonly Draft[], sentence: Sentence): Draft[] {
  let antecedent: Participant | null = null;
  return drafts.map((draft) => {
    const filled = antecedent ? withPronoun(draft, sentence, antecedent) : draft;
    antecedent = filled.participants.find((p) => p.role === 'agent') ?? antecedent;
    return filled;
  });
}

function withPronoun(draft: Draft, sentence: Sentence, antecedent: Participant): Draft {
  const pronoun = pronounOf(draft, sentence);
  const kind = pronoun?.kind ?? elidedSubject(draft, sentence);
  if (!kind) return draft;
  const role = caseRole(sentence, draft.trigger, kind);
  if (role === null || draft.participants.some((p) => p.role === role || p.mention === antecedent.mention)) return draft;
  const participant: Participant = { ...antecedent, role, text: pronoun?.token.text ?? antecedent.text };
  return { ...draft, participants: [...draft.participants, participant] };
}

/**
 * The case of a subject a coordinate clause leaves out, sharing the one before it: "the
 * Americans landed at Leyte, and then captured Tacloban" (nothing but adverbs between the
 * connective and the verb), "tumawid ang mga Hapon sa ilog, at sumalakay sa Bataan" (no
 * focus-marked phrase in the clause). Null when the clause is no coordinate clause or has a
 * subject of its own; in Tagalog, also for a verb not in actor focus (its left-out focus
 * phrase is the earlier clause's focus, not its actor).
 */
function elidedSubject(draft: Draft, sentence: Sentence): string | null {
  const { tokens, lexicon } = sentence;
  const { clause, trigger } = draft;
  if (!trigger.verbal) return null;
  const connective = lexicon.coordinationBreaks.map(connectiveWords).find((words) => phraseAt(tokens, clause.first, words));
  if (!connective) return null;
  const inClause = tokens.slice(clause.first + connective.length, clause.last + 1);
  const named = sentence.mentions.some((m) => m.start >= clause.start && m.end <= clause.end && (lexicon.focusMarkers.length > 0 || m.end <= trigger.start));
  if (lexicon.focusMarkers.length > 0) {
    // Tagalog: the verb's subject is its focus-marked phrase, wherever it stands.
    const focused = inClause.some((token, n) => focusWords(lexicon.focusMarkers).has(token.lower) && inClause[n + 1] !== undefined);
    // Only an actor-focus verb's left-out subject is the actor before it.
    return focused || named || trigger.focus !== 'actor' ? null : FOCUS;
  }
  // English: only adverbs between the connective and the verb ("and then", "but soon").
  const before = tokens.slice(clause.first + connective.length, trigger.first);
  const bare = before.every((token) => token.kind === 'word' && token.text === token.lower && !DETERMINERS.has(token.lower) && !Object.hasOwn(lexicon.pronouns, token.lower));
  return bare && !named ? SUBJECT : null;
}

const FOCUS = 'focus';
const DETERMINERS = grammarWords('determiner');
const focusWordsByList = new WeakMap<readonly Phrase<string>[], ReadonlySet<string>>();

/** The one-word focus markers of a language ("ang", "si"). */
function focusWords(markers: readonly Phrase<string>[]): ReadonlySet<string> {
  let words = focusWordsByList.get(markers);
  if (!words) focusWordsByList.set(markers, (words = new Set(markers.filter((m) => m.value === FOCUS && m.words.length === 1).map((m) => m.words[0] as string))));
  return words;
}

/**
 * The pronoun argument of a draft's clause: a subject pronoun before the trigger with no
 * mention between them (English), or a cased pronoun anywhere in the clause (Tagalog). A
 * possessive pronoun stands for its noun phrase, in the case the phrase is in: the case
 * marker before it ("inamin ng kanilang gobyerno": their government is the non-focus
 * agent), else the subject's place before the verb ("their government protested").
 */
function pronounOf(draft: Draft, sentence: Sentence): { token: Token; kind: string } | null {
  const { tokens, lexicon } = sentence;
  for (let k = draft.clause.first; k <= draft.clause.last; k++) {
    const token = tokens[k] as Token;
    const own = lexicon.pronouns[token.lower];
    // A pronoun may stand between the words of a trigger ("inamin ng kanilang gobyerno ang pagkatalo").
    if (own === undefined || k === draft.trigger.first || k === draft.trigger.last) continue;
    const marked = own === POSSESSIVE ? caseMarkerBefore(tokens, k, lexicon.focusMarkers) : undefined;
    const kind = own === POSSESSIVE ? marked ?? SUBJECT : own;
    // "sa kanyang pagkatalo": a possessor in an oblique phrase is no core argument.
    if (own === POSSESSIVE && !CORE_CASES.has(kind)) continue;
    if (kind !== SUBJECT) return { token, kind };
    const between = sentence.mentions.some((m) => m.start >= token.end && m.end <= draft.trigger.start);
    if (k < draft.trigger.first && !between) return { token, kind };
  }
  return null;
}

const SUBJECT = 'subject';
const POSSESSIVE = 'possessive';
/** Cases a pronoun takes a role in (`caseRole`). */
const CORE_CASES: ReadonlySet<string> = new Set([SUBJECT, 'focus', 'non-focus']);

/** The case of the one-word case marker right before token `k` ("ng kanilang"), if any. */
function caseMarkerBefore(tokens: readonly Token[], k: number, markers: readonly Phrase<string>[]): string | undefined {
  const before = tokens[k - 1]?.lower;
  return markers.find((marker) => marker.words.length === 1 && marker.words[0] === before)?.value;
}
