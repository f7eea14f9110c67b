/**
 * Rule 4 — location: the place a clause puts its event, a LOCATION or GPE mention right
 * after a location cue ("at", "near", "on the shores of", "sa", "malapit sa"); the one
 * nearest after the trigger wins (or the narrower place of a chain: "in Mongolia at Khalkhin
 * Gol"), then the nearest before. A LOCATION mention without a cue
 * is the fallback; then a place another clause of the sentence names (the one before the
 * trigger first); and a sentence that names no place happens where the paragraph's last
 * located event did ("The fighting continued through July").
 */
import type { EventMention, Mention, Span } from '../model.js';
import { grammarWords } from './grammar-words.js';
import type { EventLexicon } from './lexicon.js';
import type { Sentence } from './sentence.js';
import { tokenAt } from './sentence.js';
import { phraseAt, type Token } from './tokens.js';

const PLACES = new Set(['LOCATION', 'GPE']);
/** Words allowed between the cue and the mention ("near the top of Zaozernaya"). */
const MAX_BETWEEN = 3;

/**
 * Mentions of the clause that a location cue governs.
 *
 * @example cuedPlaces(sentence, clause) // [mention of "Lake Khasan" in "near Lake Khasan"]
 */
export function cuedPlaces(sentence: Sentence, clause: Span): Mention[] {
  return sentence.mentions.filter(
    (mention) => PLACES.has(mention.type) && mention.start >= clause.start && mention.end <= clause.end && hasCue(sentence, mention),
  );
}

/**
 * The location of one event.
 *
 * @param sentence the sentence.
 * @param clause the clause of the trigger.
 * @param trigger the trigger span.
 * @param paragraphPlace the place of the paragraph's last located event, if any.
 * @returns the location, or null.
 * @example attachLocation(sentence, clause, trigger)?.name // 'Lake Khasan'
 */
export function attachLocation(sentence: Sentence, clause: Span, trigger: Span, paragraphPlace: EventMention['location'] = null): EventMention['location'] {
  // Every cued place of the sentence, once; those of the clause come first.
  const others = cuedPlaces(sentence, sentence.segment);
  const cued = others.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
  const after = narrowest(sentence, cued.filter((mention) => mention.start >= trigger.end));
  const before = cued.filter((mention) => mention.end <= trigger.start).at(-1);
  const fallback = sentence.mentions.find(
    (mention) => mention.type === 'LOCATION' && mention.start >= clause.start && mention.end <= clause.end,
  );
  // Another clause of the sentence may name the place the whole sentence is about.
  const elsewhere = others.filter((mention) => mention.end <= trigger.start).at(-1) ?? others[0];
  const chosen = after ?? before ?? cued[0] ?? fallback ?? elsewhere;
  if (!chosen) return paragraphPlace;
  return { mention: chosen.id, entity: chosen.gazetteer, name: chosen.normalized || chosen.text, text: chosen.text };
}

/**
 * The first of the places cued after the event word, or the narrower place it is in a chain
 * with: "began in Mongolia at Khalkhin Gol" happened at Khalkhin Gol (a LOCATION inside the
 * GPE), the two joined only by location cues, articles and commas.
 */
function narrowest(sentence: Sentence, after: readonly Mention[]): Mention | undefined {
  const [first, second] = after;
  if (!first || !second || first.type !== 'GPE' || second.type !== 'LOCATION') return first;
  const joiners = chainWords(sentence.lexicon);
  const between = sentence.tokens.slice(tokenAt(sentence.tokens, first.end), tokenAt(sentence.tokens, second.start));
  return between.every((token) => token.kind === 'punct' || joiners.has(token.lower)) ? second : first;
}

const DETERMINERS = grammarWords('determiner');
const chainWordsByLexicon = new WeakMap<EventLexicon, ReadonlySet<string>>();

/** Words that may join two places of one chain: the words of the location cues, and articles. */
function chainWords(lexicon: EventLexicon): ReadonlySet<string> {
  const known = chainWordsByLexicon.get(lexicon);
  if (known) return known;
  const words = new Set([...lexicon.locationCues.flatMap((phrase) => phrase.words), ...DETERMINERS]);
  chainWordsByLexicon.set(lexicon, words);
  return words;
}

/** Relations that put an event inside a state or city; "to Japan" names a recipient, not a place. */
const IN_STATE = new Set(['at', 'in', 'near']);

const PLURALS = grammarWords('plural');

function hasCue(sentence: Sentence, mention: Mention): boolean {
  const at = tokenAt(sentence.tokens, mention.start);
  // A state's name after a plural marker names its people ("sa mga Amerikano"), not a place.
  if (mention.type === 'GPE' && PLURALS.has(sentence.tokens[at - 1]?.lower ?? '')) return false;
  for (const phrase of sentence.lexicon.locationCues) {
    if (mention.type === 'GPE' && !IN_STATE.has(phrase.value)) continue;
    const size = phrase.words.length;
    for (let gap = 0; gap <= MAX_BETWEEN; gap++) {
      const first = at - gap - size;
      if (first < 0) break;
      const between = sentence.tokens.slice(first + size, at);
      if (between.some((token: Token) => token.kind !== 'word')) break;
      if (phraseAt(sentence.tokens, first, phrase.words)) return true;
    }
  }
  return false;
}
