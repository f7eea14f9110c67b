/**
 * Capitalised runs no pattern explained, and the evidence that types them without a
 * tagger: a Russian surname or patronymic ending, a place cue before ("mula Solun"), a
 * dateline ("LEYDEN, Feb. 19, 1790"), an
 * address after a comma ("Greene, of Spokane"), or a list shared with a typed name
 * ("Stalin, Shchadenko, Budyonny").
 */
import type { EntityType } from '../../model.js';
import { isGivenName, isPatronymic, looksLikePlace, looksLikeSurname } from '../names.js';
import type { Token } from '../tokens.js';
import { gapAfter, gapBefore, isInitial, isNameGap, isPossessive, isWordBreak } from '../tokens.js';
import type { PlaceCue } from '../lexicon.js';
import type { Found, PatternInput } from './found.js';
import { isNameWord, isParticle } from './name-words.js';
import { regionAfter } from './region-after.js';
import { isSpeaker } from './speaker.js';

/** A run of name words not covered by any kept span. */
export interface UnknownName {
  start: number;
  end: number;
  /** Token indexes [first, last]. */
  first: number;
  last: number;
  /** Whether it opens the sentence (capitalised for that reason alone, perhaps). */
  initial: boolean;
}

/** Runs of name words outside the kept spans. */
export function unknownNames({ text, tokens, lexicon }: PatternInput, kept: readonly Found[]): UnknownName[] {
  const covered = (i: number): boolean => kept.some((span) => tokens[i]!.start < span.end && tokens[i]!.end > span.start);
  const runs: UnknownName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered(i) || !isNameWord(tokens[i], lexicon) || isInitial(text, tokens, i)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 3 && !covered(j + 1)) {
      // A possessive ends a name ("Kurita's Center").
      if (isPossessive(tokens[j])) break;
      const gap = gapAfter(text, tokens, j);
      // A lower-case particle between two name words ("San Francisco de Malabon").
      if (isNameGap(gap) && isParticle(text, tokens, j + 1, lexicon) && !covered(j + 2)) {
        j += 2;
        continue;
      }
      // A change between capitals and capitalised words ends a run ("DEMOCRATIC Harrison").
      const shouting = (token: Token): boolean => token.allCaps && token.text.length > 2;
      if (isWordBreak(gap, tokens[j + 1]) || (isNameGap(gap) && isNameWord(tokens[j + 1], lexicon) && shouting(tokens[j]!) === shouting(tokens[j + 1]!))) j++;
      else break;
    }
    // Nationality words ("Egyptian-Libyan") are adjectives here, not names.
    if (tokens.slice(i, j + 1).every((token) => lexicon.exonyms.has(token.lower))) {
      i = j;
      continue;
    }
    const initial = i === 0 || /[.!?:;"“«(]/u.test(gapBefore(text, tokens, i));
    runs.push({ start: tokens[i]!.start, end: tokens[j]!.end, first: i, last: j, initial });
    i = j;
  }
  return runs;
}

/** Most words a place cue phrase holds ("in favour of"). */
const CUE_WORDS = 3;

/**
 * What the phrase right before token `first` says of the name there: the longest cue
 * phrase of `place-cues.json` ending one space before it, or null when none does.
 *
 * @example cueBefore(input('left Corregidor'), 1) // 'weak'
 */
export function cueBefore({ text, tokens, lexicon }: PatternInput, first: number): PlaceCue | null {
  if (first === 0 || gapAfter(text, tokens, first - 1) !== ' ') return null;
  let phrase = '';
  let cue: PlaceCue | null = null;
  for (let k = first - 1; k >= 0 && first - k <= CUE_WORDS; k--) {
    phrase = phrase === '' ? tokens[k]!.lower : `${tokens[k]!.lower} ${phrase}`;
    cue = lexicon.placeCues.get(phrase) ?? cue;
    if (k > 0 && gapAfter(text, tokens, k - 1) !== ' ') break;
  }
  return cue;
}

/** The place a cue or an address gives a run, whatever a tagger says of it, or null. */
export function placeFromCue(input: PatternInput, run: UnknownName, kept: readonly Found[], guessed: readonly Found[] = []): EntityType | null {
  if (isPossessive(input.tokens[run.last])) return null;
  const cue = cueBefore(input, run.first);
  if (cue === 'terrain') return 'LOCATION';
  if (cue === 'place') return 'GPE';
  return isAddressPart(input, run, [...kept, ...guessed]) ? 'GPE' : null;
}

/**
 * Whether a run is the second part of an address: after a place and a comma, where the
 * first place follows a place cue or is itself such a part, and where the clause goes on
 * or ends after it ("in Kawit, Cavite.", "at Palanan, Isabela, on", "sa Tejeros, San
 * Francisco de Malabon, Cavite,"); not "the USSR, Nishi, tried".
 */
function isAddressPart(input: PatternInput, run: UnknownName, spans: readonly Found[]): boolean {
  const { text, tokens, lexicon } = input;
  const before = run.first - 1;
  if (before < 0 || gapAfter(text, tokens, before) !== ', ' || !/^(?:[,.;:)]|\s*$)/u.test(text.slice(run.end))) return false;
  // The place before the comma: a typed place span, or name words after a place cue.
  const span = spans.find((found) => found.end === tokens[before]!.end && (found.type === 'GPE' || found.type === 'LOCATION'));
  let first = before;
  if (span) {
    first = tokens.findIndex((token) => token.start === span.start);
    if (span.rule === 'evidence' && first > 0 && gapAfter(text, tokens, first - 1) === ', ') return true;
  } else {
    while (first > 0 && before - first < 4 && (isNameWord(tokens[first - 1], lexicon) || isParticle(text, tokens, first - 1, lexicon)) && isNameGap(gapAfter(text, tokens, first - 1))) first--;
    if (!isNameWord(tokens[first], lexicon)) return false;
  }
  const cue = first >= 0 ? cueBefore(input, first) : null;
  return cue === 'place' || cue === 'terrain';
}

/** The longest gap between two items of a list (", and ", " at "). */
const LIST_GAP = 8;

/**
 * The type the run's own words and neighbours suggest, or null.
 *
 * @param kept Spans the patterns found.
 * @param guessed Spans typed by a tagger or by evidence: they pass their type only along a
 *   comma list ("Rawls, Gatling, Willey"), not across a conjunction ("Pskov and Koporye").
 */
export function typeFromEvidence(input: PatternInput, run: UnknownName, kept: readonly Found[], guessed: readonly Found[] = []): EntityType | null {
  const { text, tokens, lexicon } = input;
  const words = tokens.slice(run.first, run.last + 1);
  const last = words[words.length - 1]!;
  if (words.some((word) => isPatronymic(word.text))) return 'PERSON';
  if (!last.allCaps && looksLikePlace(last.text)) return 'GPE';
  // A place cue outweighs a surname's ending ("sa Pugad Lawin").
  const place = placeFromCue(input, run, kept, guessed);
  if (place) return place;
  // A verb of speaking or commanding makes its subject a person ("Gonzaga said").
  if (isSpeaker(input, run)) return 'PERSON';
  // A surname the document gives a person in full elsewhere ("so that Aguinaldo could escape").
  if (words.length === 1 && !last.allCaps && input.surnames?.has(last.lower.replace(/['’]s$/u, ''))) return 'PERSON';
  // A given name opening two or more name words ("Apolinario Mabini"), not all in capitals.
  if (words.length >= 2 && !words[0]!.allCaps && isGivenName(words[0]!.text)) return 'PERSON';
  if (!last.allCaps && looksLikeSurname(last.text, !run.initial)) return 'PERSON';
  const previous = tokens[run.first - 1];
  const cue = cueBefore(input, run.first);
  if (cue === 'weak' && !isPossessive(last)) return 'GPE';
  // A region abbreviation after it: "Catawba, O.".
  if (regionAfter(text, run.end, lexicon) !== null) return 'GPE';
  // An address in apposition: "Greene, of Spokane".
  if (previous && lexicon.addressCues.has(previous.lower) && gapAfter(text, tokens, run.first - 1) === ' ' && /^,\s$/.test(gapAfter(text, tokens, run.first - 2))) return 'GPE';
  // A dateline: the place a report is sent from opens it ("LEYDEN, Feb. 19, 1790").
  const month = tokens[run.last + 1];
  if (run.initial && month && lexicon.months.has(month.lower) && /^,?\s$/.test(gapAfter(text, tokens, run.last)) && tokens.slice(run.last + 2, run.last + 4).some((token) => token.numeric)) return 'GPE';
  // A list: the typed name right before or after, joined by a comma or a conjunction.
  const spans = kept.length + guessed.length;
  for (let k = 0; k < spans; k++) {
    const weak = k >= kept.length;
    const span = weak ? guessed[k - kept.length]! : kept[k]!;
    // Only a near neighbour can share a list: a comma, a conjunction, both.
    const gap = span.end <= run.start ? run.start - span.end : span.start >= run.end ? span.start - run.end : -1;
    if (gap < 0 || gap > LIST_GAP) continue;
    const between = span.end <= run.start ? text.slice(span.end, run.start) : text.slice(run.end, span.start);
    const joiner = between.trim().replace(/^,\s*/, '').toLowerCase();
    if (between.trim() === ',' || (lexicon.conjunctions.has(joiner) && !weak)) {
      // People and places share lists; a state across a bare comma only in a list of three
      // or more ("Dakota, Colorado, Texas or Nebraska"; not "the USSR, Nishi, tried").
      if (span.type === 'PERSON' || span.type === 'LOCATION') return span.type;
      if (span.type === 'GPE' && (joiner !== '' || listGoesOn(text, span.end <= run.start ? run.end : span.end, lexicon))) return span.type;
    }
  }
  return null;
}

/** Whether another capitalised item follows `end` after a comma or a conjunction. */
function listGoesOn(text: string, end: number, lexicon: PatternInput['lexicon']): boolean {
  const match = /^(,?\s(?:(\p{Ll}+)\s)?)\p{Lu}/u.exec(text.slice(end, end + 12));
  if (!match) return false;
  return match[2] === undefined ? match[1]!.startsWith(',') : lexicon.conjunctions.has(match[2]);
}
