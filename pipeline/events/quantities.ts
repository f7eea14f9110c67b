/**
 * Rule 6 — quantities: every figure of the sentence with what it counts (`quantity-units.json`),
 * the loss it reports (`casualty-categories.json`: a cue after the figure first,
 * "759 people killed", else the nearest cue before it, "irretrievable losses amounted to
 * 717"), its approximation or bound (`approximators.json`: "about a thousand", "more than
 * 18,000", "up to 32 thousand", "halos 100", "higit sa 5,000"), the side it is about and
 * who gives it. Numbers inside dates, order numbers ("No. 0040"), ordinals ("19th") and
 * percentages are not figures.
 */
import type { Quantity, Timex } from '../model.js';
import type { EventLexicon, Phrase } from './lexicon.js';
import { grammarWords } from './grammar-words.js';
import { figureAt, type Figure } from './numbers.js';
import type { Sentence } from './sentence.js';
import { phraseAt, type Token } from './tokens.js';

/** How the casualty category of a loss of things is named. */
const LOSS_OF: Record<string, string> = {
  aircraft: 'aircraft_lost',
  tank: 'tanks_lost',
  vehicle: 'vehicles_lost',
  armored_vehicle: 'vehicles_lost',
  gun: 'guns_lost',
};
/** The category of a figure that is not a loss: what it counts. */
const COUNT_OF: Record<string, string> = {
  person: 'troops',
  tank: 'tanks',
  gun: 'guns',
  machine_gun: 'machine_guns',
  aircraft: 'aircraft',
  bomb: 'bombs',
  sortie: 'sorties',
  vehicle: 'vehicles',
  armored_vehicle: 'armored_vehicles',
  battalion: 'battalions',
  division: 'divisions',
  incident: 'incidents',
};
/** Casualty categories that are losses of people. */
export const PERSON_LOSSES = new Set(['killed', 'wounded', 'missing', 'captured', 'sick', 'died_in_hospital', 'total_losses']);
/** Words a unit may stand after the figure ("186 na tanke", "3 infantry divisions"). */
const UNIT_REACH = 3;
/** Words a cue may stand after the unit ("408 people were killed"); without a unit, one ("75 were missing"). */
const CUE_REACH = 3;
/** Words a cue may stand before the figure. */
const CUE_BACK = 30;
const JOINERS = new Set([',', 'and', 'at']);
/** The casualty cue of survivors: with a partitive it counts the dead. */
const SURVIVED = 'survived';
/** Words a unit is never looked for beyond. */
const UNIT_STOPS = grammarWords('possessive');
/** Words that make the next number an identifier, not a count. */
const NUMBER_SIGNS = grammarWords('number-sign');

/** A figure found in a sentence, before its side and attribution are known. */
export type RawQuantity = Omit<Quantity, 'side' | 'attribution'> & {
  first: number;
  last: number;
  /** The whole a part is counted out of ("Six out of 11"), or null. */
  whole: number | null;
};

/**
 * Every figure of a sentence.
 *
 * @param sentence the sentence.
 * @returns quantities in text order, without side and attribution.
 * @example findQuantities(sentence)[0] // { value: 759, unit: 'person', category: 'killed', … }
 */
export function findQuantities(sentence: Sentence): RawQuantity[] {
  const { tokens, lexicon } = sentence;
  const found: RawQuantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsFigure(tokens, i, sentence.timexes)) continue;
    const part = figureAt(tokens, i, lexicon);
    if (!part || isExcluded(tokens, part)) continue;
    // "Six out of 11 border guards": the unit and cue follow the whole.
    const whole = partitiveWhole(tokens, part, lexicon);
    const figure = whole ? { ...part, last: whole.last } : part;
    const unit = phraseAfter(tokens, figure.last + 1, lexicon.units, UNIT_REACH);
    const afterUnit = unit ? unit.last + 1 : figure.last + 1;
    const unitName = unit?.value ?? null;
    // Without a unit only a cue right after the figure makes it a figure ("650 killed").
    const cue = categoryAfter(tokens, afterUnit, lexicon, unitName ? CUE_REACH : 1) ?? (unitName ? categoryBefore(tokens, figure.first, lexicon) : null);
    // Survivors of a whole tell the dead: "Six out of 11 border guards survived" is 5 killed.
    const survivors = cue?.value === SURVIVED && whole !== null;
    const category = survivors ? 'killed' : categoryOf(cue?.value === SURVIVED ? null : cue?.value ?? null, unitName);
    if (!category) {
      i = figure.last;
      continue;
    }
    const bound = approximatorBefore(tokens, figure.first, lexicon);
    const first = bound ? bound.first : figure.first;
    const last = Math.max(figure.last, unit?.last ?? 0, cue && cue.first > figure.last ? cue.last : 0);
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    found.push({
      category,
      value: survivors && whole ? whole.value - part.value : part.value,
      unit: unitName ?? 'person',
      approximate: bound?.value === 'about',
      qualifier: bound?.value ?? null,
      text: sentence.slice(start, end),
      start,
      end,
      first,
      last,
      whole: whole?.value ?? null,
    });
    i = Math.max(figure.last, unit?.last ?? figure.last);
  }
  return found;
}

function startsFigure(tokens: readonly Token[], i: number, timexes: readonly Timex[]): boolean {
  const token = tokens[i] as Token;
  if (token.kind === 'punct') return false;
  return !timexes.some((timex) => token.start >= timex.start && token.end <= timex.end);
}

/** The whole after a part ("6 out of 11"), by a partitive of `partitives.json`. */
function partitiveWhole(tokens: readonly Token[], part: Figure, lexicon: EventLexicon): Figure | null {
  for (const phrase of lexicon.partitives) {
    const at = part.last + 1;
    if (!phraseAt(tokens, at, phrase.words)) continue;
    const whole = figureAt(tokens, at + phrase.words.length, lexicon);
    if (whole && whole.value > part.value) return whole;
  }
  return null;
}

/** Ordinals and measures glued to the number ("19th", "23%"), order numbers ("No. 0040"), ranges ("18-20"). */
function isExcluded(tokens: readonly Token[], figure: Figure): boolean {
  const first = tokens[figure.first] as Token;
  const last = tokens[figure.last] as Token;
  const next = tokens[figure.last + 1];
  if (next && next.start === last.end && (next.kind === 'word' || next.text === '%' || next.text === '-')) return true;
  const previous = tokens[figure.first - 1];
  const beforePrevious = tokens[figure.first - 2];
  if (previous && NUMBER_SIGNS.has(previous.lower)) return true;
  if (previous?.text === '.' && beforePrevious && NUMBER_SIGNS.has(beforePrevious.lower)) return true;
  return previous !== undefined && previous.text === '-' && previous.end === first.start;
}

interface Found<T> {
  value: T;
  first: number;
  last: number;
}

/**
 * A phrase of the list starting within `reach` words after `from` (skipping "mga",
 * linkers, an adjective), but not past "of"/"ng": "isang brigada ng tanke" counts brigades.
 */
function phraseAfter(tokens: readonly Token[], from: number, list: readonly Phrase<string>[], reach: number): Found<string> | null {
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || UNIT_STOPS.has(token.lower)) return null;
    const hit = phraseAtLemma(tokens, k, list);
    if (hit) return hit;
  }
  return null;
}

/** Matches a phrase at token k, comparing words and their simple plural. */
function phraseAtLemma(tokens: readonly Token[], k: number, list: readonly Phrase<string>[]): Found<string> | null {
  for (const phrase of list) {
    if (lemmasAt(tokens, k, phrase.words)) return { value: phrase.value, first: k, last: k + phrase.words.length - 1 };
  }
  return null;
}

/** Whether the words, or their simple plurals, stand at token `at` on. */
function lemmasAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, n) => sameWord(tokens[at + n]?.lower, word));
}

function sameWord(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  return token === word || token === `${word}s` || token === `${word}es` || (word.endsWith('y') && token === `${word.slice(0, -1)}ies`);
}

/** The casualty cue after the figure and unit, joined with more cues by "," / "and" / "at". */
function categoryAfter(tokens: readonly Token[], from: number, lexicon: EventLexicon, reach: number): Found<string> | null {
  let cue: Found<string> | null = null;
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return null;
    cue = phraseAtLemma(tokens, k, lexicon.casualtyCues);
    if (cue) break;
  }
  if (!cue) return null;
  const values = [cue.value];
  let last = cue.last;
  for (let k = last + 1; k < tokens.length; ) {
    let j = k;
    while (JOINERS.has((tokens[j] as Token | undefined)?.lower ?? '')) j++;
    if (j === k) break;
    const more = phraseAtLemma(tokens, j, lexicon.casualtyCues);
    if (!more || more.value === 'total_losses') break;
    values.push(more.value);
    last = more.last;
    k = last + 1;
  }
  return { value: [...new Set(values)].join('_'), first: cue.first, last };
}

/** The nearest casualty cue before the figure, within the sentence part before it. */
function categoryBefore(tokens: readonly Token[], at: number, lexicon: EventLexicon): Found<string> | null {
  for (let k = at - 1; k >= Math.max(0, at - CUE_BACK); k--) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && (token.text === '.' || token.text === ';')) return null;
    for (const phrase of lexicon.casualtyCues) {
      const first = k - phrase.words.length + 1;
      if (first >= 0 && lemmasAt(tokens, first, phrase.words)) return { value: phrase.value, first, last: k };
    }
  }
  return null;
}

function categoryOf(cue: string | null, unit: string | null): string | null {
  if (cue === 'total_losses' && unit && LOSS_OF[unit]) return LOSS_OF[unit] as string;
  if (cue && (unit === null || unit === 'person' || !LOSS_OF[unit])) return cue;
  if (cue && unit && LOSS_OF[unit]) return LOSS_OF[unit] as string;
  return unit ? (COUNT_OF[unit] ?? null) : null;
}

/** An approximator or bound ending right before the figure. */
function approximatorBefore(tokens: readonly Token[], at: number, lexicon: EventLexicon): Found<string> | null {
  for (const phrase of lexicon.approximators) {
    const first = at - phrase.words.length;
    if (first < 0) continue;
    if (phrase.words.every((word, n) => tokens[first + n]?.lower === word)) return { value: phrase.value, first, last: at - 1 };
  }
  return null;
}
