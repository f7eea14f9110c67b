/**
 * Possessors that are no side of an event: the noun phrase after an "of" that belongs to
 * another noun than the event word ("the borders of the USSR", "the losses of the Red Army
 * troops", "the commander of the Far Eastern Front, Blucher") names whose that noun is, not
 * who took part. Three nouns let their possessor stand in the event:
 *
 * - a force noun (`force-nouns.json`): "the border guards of the Soviet Union" are its forces;
 * - a holding or a deed (`party-nouns.json`): "violations of the border of the USSR" involve
 *   the USSR, "the actions of our border guards" are the guards';
 * - an office (`office-nouns.json`) with no name beside it: "the commander of the 40th
 *   Division decided to attack" — the unit acts through him; with his name ("the commander
 *   of the Front, Blucher") he is the one who acts.
 */
import type { Mention } from '../model.js';
import { forceNounEndsAt } from './forces.js';
import { tokenAt, type Sentence } from './sentence.js';
import type { Token } from './tokens.js';

/** Tokens between a possessor and the name of the person holding its office ("of the Front, commander G.M. Stern"). */
const APPOSITION_GAP = 3;

/**
 * Whether the possessor of a noun (or of a chain of nouns: "ang hangganan ng estado ng
 * USSR") is only a modifier of it, never a side of the event.
 *
 * @param sentence the sentence.
 * @param mention the possessor.
 * @param possessed indexes of the possessed nouns' last tokens (the word before each "of", "ng").
 * @example modifiesOnly(sentence, front, [k]) // true for "the commander of the Far Eastern Front, Blucher"; false for "the troops of the Far Eastern Front"
 */
export function modifiesOnly(sentence: Sentence, mention: Mention, possessed: readonly number[]): boolean {
  const { tokens, lexicon } = sentence;
  // A quoted noun ('the "activity" of Blucher') is the word inside the quotes.
  const nouns = possessed.map((k) => {
    let last = k;
    while (last > 0 && tokens[last]?.kind === 'punct') last--;
    return last;
  });
  if (nouns.some((k) => forceNounEndsAt(tokens, k, lexicon.code) || lexicon.partyNouns.has(tokens[k]?.lower ?? ''))) return false;
  if (!nouns.some((k) => lexicon.officeNouns.has(tokens[k]?.lower ?? ''))) return true;
  return namedAlongside(sentence, mention);
}

/** A person named right after a mention, only punctuation or lower-case words between ("of the Front, commander G.M. Stern"). */
function namedAlongside(sentence: Sentence, mention: Mention): boolean {
  const next = firstMentionFrom(sentence.mentions, mention.end);
  if (!next || next.type !== 'PERSON') return false;
  const { tokens } = sentence;
  const between: Token[] = [];
  for (let k = tokenAt(tokens, mention.end); k < tokens.length && (tokens[k] as Token).end <= next.start && between.length <= APPOSITION_GAP; k++) between.push(tokens[k] as Token);
  return between.length <= APPOSITION_GAP && between.every((token) => token.kind === 'punct' || token.text === token.lower);
}

/** The first mention starting at or after an offset; mentions come in text order. */
function firstMentionFrom(mentions: readonly Mention[], offset: number): Mention | undefined {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as Mention).start < offset) low = mid + 1;
    else high = mid;
  }
  return mentions[low];
}
