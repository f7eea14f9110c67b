/**
 * A one-word name that a verb of speaking, writing or commanding gives a person's role
 * ("Gonzaga said", "Malvar ordered", '"…," said Gonzaga', "Gonzaga ay nagsabi", "ani
 * Gonzaga"): the verbs are data (`speaker-verbs.json`).
 */
import { isPossessive } from '../tokens.js';
import type { PatternInput } from './found.js';
import type { UnknownName } from './unknown-names.js';

/** UTF-16 units read on each side of a name: more than any verb phrase with its quotation mark. */
const WINDOW = 48;

/** A quotation's close right before an attribution verb: '…," said', '…" ani'. */
const QUOTE_CLOSE = /[,"”’]\s+$/u;

/**
 * Whether a one-word run is the subject of a verb of speaking or commanding: the verb right
 * after it (and no determiner before it: "the Tribune said" is a paper), or right before
 * it in a quotation's attribution. Callers let place cues and the gazetteer win first.
 *
 * @param run An unknown capitalised run of the sentence.
 * @returns Whether the verb makes the run a person.
 * @example isSpeaker(input('Gonzaga said it.'), run) // true
 */
export function isSpeaker({ text, tokens, lexicon }: PatternInput, run: UnknownName): boolean {
  const word = tokens[run.first]!;
  if (run.first !== run.last || word.allCaps || isPossessive(word)) return false;
  const previous = tokens[run.first - 1];
  const determined = !!previous && lexicon.determiners.has(previous.lower) && /^\s+$/u.test(text.slice(previous.end, run.start));
  // A window as long as any verb phrase and its quotation mark: no slice of the whole text per run.
  const after = text.slice(run.end, run.end + WINDOW).toLowerCase();
  const before = text.slice(Math.max(0, run.start - WINDOW), run.start).toLowerCase();
  for (const [verb, side] of lexicon.speakerVerbs) {
    if (side !== 'before' && !determined && after.startsWith(` ${verb}`) && !/^[\p{L}\p{M}-]/u.test(after.slice(verb.length + 1))) return true;
    if (side !== 'after' && before.endsWith(`${verb} `) && QUOTE_CLOSE.test(before.slice(0, -verb.length - 1))) return true;
  }
  return false;
}
