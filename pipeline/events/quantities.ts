/**
 * Rule 6 — quantities: every figure of the sentence with what it counts (`quantity-units.json`),
 * the loss it reports (`casualty-categories.json`: a cue after the figure first,
 * "759 people killed", else the nearest cue before it, "irretrievable losses amounted to
 * 717"), its approximation or bound (`approximators.json`: "about a thousand", "more than
 * 18,000", "up to 32 thousand", "halos 100", "higit sa 5,000"), the side its own words
 * name ("4,200 American soldiers", "48 sundalong Amerikano") and who gives it. A range
 * ("between 5,000 and 18,000", "mula 200 hanggang 500", `range-words.json`) is two figures
 * of one measure, at_least and at_most; figures joined by "and"/"at" share the loss cue
 * after the last ("X Filipinos and Y Americans died"). Numbers inside dates, order numbers
 * ("No. 0040"), ordinals ("19th") and percentages are not figures.
 */
import type { Quantity, Timex } from '../model.js';
import type { EventLexicon, Phrase } from './lexicon.js';
import { grammarWords } from './grammar-words.js';
import { figureAt, type Figure } from './numbers.js';
import type { Sentence } from './sentence.js';
import { phraseAt, phrasesByFirstWord, type Token } from './tokens.js';

/** How the casualty category of a loss of things is named. */
const LOSS_OF: Record<string, string> = {
  aircraft: 'aircraft_lost',
  tank: 'tanks_lost',
  vehicle: 'vehicles_lost',
  armored_vehicle: 'vehicles_lost',
  gun: 'guns_lost',
  ship: 'ships_lost',
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
  ship: 'ships',
  battalion: 'battalions',
  division: 'divisions',
  incident: 'incidents',
  civilian: 'civilians',
  prisoner: 'captured',
  national: 'troops',
};
/** Units of people counted apart from troops: a loss of them is named after them ("civilians_killed"). */
const PEOPLE_APART = new Set(['civilian']);
/** Units that count people. */
const PEOPLE = new Set(['person', 'national', 'civilian', 'prisoner']);
/** Units that give way to a more specific one after them: "American soldiers", "Japanese aircraft". */
const GENERAL = new Set(['person', 'national']);
/** A demonym: counts people, but "a German", "isang Hapon" is an article, no figure. */
const NATIONAL = 'national';
/** Casualty categories that are losses of people. */
const PERSON_LOSSES = new Set(['killed', 'wounded', 'missing', 'captured', 'sick', 'died_in_hospital', 'total_losses']);

/**
 * Whether a category is a loss: of people ("killed", "killed_wounded", "civilians_killed")
 * or of things ("tanks_lost").
 *
 * @example isLossCategory('civilians_killed') // true; isLossCategory('civilians') // false
 */
export function isLossCategory(category: string): boolean {
  if (PERSON_LOSSES.has(category) || category.endsWith('_lost')) return true;
  const parts = category.split('_');
  const [group, ...rest] = parts;
  const losses = group !== undefined && PEOPLE_APART.has(group.replace(/s$/, '')) ? rest : parts;
  return losses.length > 0 && losses.every((part) => PERSON_LOSSES.has(part));
}

/** Words a unit may stand after the figure ("186 na tanke", "3 infantry divisions"). */
const UNIT_REACH = 3;
/** Words a cue may stand after the unit ("408 people were killed"); without a unit, one ("75 were missing"). */
const CUE_REACH = 3;
/** Words a cue may stand before the figure. */
const CUE_BACK = 30;
const JOINERS = new Set([',', 'and', 'at']);
/** Words at most between coordinated figures that share a loss cue ("4,200 Americans and 20,000 Filipinos were killed"). */
const COORDINATION_REACH = 2;
/** The casualty cue of survivors: with a partitive it counts the dead. */
const SURVIVED = 'survived';
/** Words a unit is never looked for beyond. */
const UNIT_STOPS = grammarWords('possessive');
/** Words skipped between unit words ("kawal na Pilipino"). */
const FILLERS = grammarWords('filler');
/** Words that open a noun phrase ("ang", "the"). */
const DETERMINERS = grammarWords('determiner');
/** Words that make the next number an identifier, not a count. */
const NUMBER_SIGNS = grammarWords('number-sign');

/** A figure found in a sentence, before its attribution is known. */
export type RawQuantity = Omit<Quantity, 'side' | 'attribution'> & {
  first: number;
  last: number;
  /** The whole a part is counted out of ("Six out of 11"), or null. */
  whole: number | null;
  /** The side the figure's own words name ("American soldiers"), or null: then the sentence tells. */
  side: string | null;
};

/** A figure while the sentence is read: how its category came, for cues shared across a coordination. */
interface Reading extends RawQuantity {
  unitName: string | null;
  /** The loss cue after the figure its category comes from, or null. */
  cueAfter: string | null;
  /** Whether the category comes from the unit alone. */
  countOnly: boolean;
}

/**
 * Every figure of a sentence.
 *
 * @param sentence the sentence.
 * @returns quantities in text order, without side and attribution.
 * @example findQuantities(sentence)[0] // { value: 759, unit: 'person', category: 'killed', … }
 */
export function findQuantities(sentence: Sentence): RawQuantity[] {
  const { tokens, lexicon } = sentence;
  const found: Reading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!startsFigure(tokens, i, sentence.timexes)) continue;
    // A vague amount ("thousands of", "libu-libong") is a figure without a value.
    const part: Amount | null = figureAt(tokens, i, lexicon) ?? vagueAt(tokens, i, lexicon);
    if (!part) continue;
    const exact = isExact(part) ? part : null;
    const range = exact ? rangeAt(tokens, exact, lexicon) : null;
    if (!range && isExcluded(tokens, part)) continue;
    // "Six out of 11 border guards": the unit and cue follow the whole.
    const whole = range || !exact ? null : partitiveWhole(tokens, exact, lexicon);
    const figure = range ? { ...part, last: range.upper.last } : whole ? { ...part, last: whole.last } : part;
    // A cue right after the figure wins over a unit inside it: "8,000 were taken prisoner" are captured, not prisoners.
    const direct = categoryAfter(tokens, figure.last + 1, lexicon, 1);
    // "Labinlima sa kanila", "fifteen of them": people named before, counted like a unit of people.
    const people = range || whole ? null : peopleWhole(tokens, part, lexicon);
    // A list of names before the unit ("300 Dutch, French and Belgian soldiers") is its modifier.
    const listEnd = nameList(tokens, figure.last + 1);
    const unitWords = people ?? unitAfter(tokens, figure.last + 1, lexicon) ?? (listEnd > figure.last + 1 ? unitAfter(tokens, listEnd, lexicon) : null);
    const unit = unitWords && direct && unitWords.first >= direct.first && unitWords.first <= direct.last ? null : unitWords;
    // A list of names after the unit ("sundalong Olandes, Ingles at Pranses ang nabihag") stands before its cue.
    const afterUnit = unit ? nameList(tokens, unit.last + 1) : figure.last + 1;
    const unitName = unit?.value ?? null;
    // Without a unit only a cue right after the figure makes it a figure ("650 killed").
    const after = categoryAfter(tokens, afterUnit, lexicon, unitName ? CUE_REACH : 1);
    // Without a unit a cue before counts only for a figure that ends its clause: "losses were between 23,000 and 28,000." but not "lost 3 towns".
    const before = unitName || endsClause(tokens, figure.last + 1) ? categoryBefore(tokens, range?.opener ?? figure.first, lexicon) : null;
    const cue = after ?? before;
    // Without a unit of its own a figure counts what its cue names: "the number of downed aircraft rose by another 40".
    const named = !unitName && !after && before ? unitAfter(tokens, before.last + 1, lexicon) : null;
    const counted = named && named.last < figure.first ? named.value : unitName;
    // Survivors of a whole tell the dead: "Six out of 11 border guards survived" is 5 killed.
    const survivors = cue?.value === SURVIVED && whole !== null;
    const category = survivors ? 'killed' : categoryOf(cue?.value === SURVIVED ? null : cue?.value ?? null, counted);
    // A part of people told of before is a figure only as a loss ("two of them spoke" counts nothing).
    if (!category || (counted === NATIONAL && cue === null && part.value === 1 && !range) || (people && cue === null)) {
      i = figure.last;
      continue;
    }
    const bound = approximatorBefore(tokens, range?.opener ?? figure.first, lexicon);
    const opening = bound ? bound.first : range?.opener ?? figure.first;
    // A death verb that opens the figure's phrase tells the figure, not a death of its own: "Napatay ang 48 sundalo".
    const first = cue && cue.last < opening && leads(tokens, cue.last + 1, opening) && tellsDeath(sentence, cue) ? cue.first : opening;
    const last = Math.max(figure.last, unit?.last ?? 0, cue && cue.first > figure.last ? cue.last : 0);
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    const reading: Omit<Reading, 'value' | 'qualifier'> = {
      category,
      unit: counted === null || counted === NATIONAL ? 'person' : counted,
      approximate: bound?.value === 'about' || !exact,
      text: sentence.slice(start, end),
      start,
      end,
      first,
      last,
      whole: whole?.value ?? null,
      side: ownSide(tokens, part.first, unit?.last ?? figure.last, lexicon),
      unitName,
      cueAfter: after && !survivors ? after.value : null,
      countOnly: cue === null,
    };
    if (range) {
      found.push({ ...reading, value: range.lower, qualifier: 'at_least' });
      found.push({ ...reading, value: range.upper.value, qualifier: 'at_most' });
    } else {
      found.push({ ...reading, value: survivors && whole && exact ? whole.value - exact.value : part.value, qualifier: bound?.value ?? null });
    }
    i = Math.max(figure.last, unit?.last ?? figure.last);
  }
  return shareCues(found, tokens).map(({ unitName: _unit, cueAfter: _cue, countOnly: _count, ...raw }) => raw);
}

/**
 * Figures joined by "and"/"at"/"," share the loss cue after the last of them: in "about
 * 4,200 American soldiers and some 20,000 Filipino fighters were killed" both were killed.
 * Only a figure that counts people without a cue of its own takes it.
 */
function shareCues(found: readonly Reading[], tokens: readonly Token[]): Reading[] {
  const out = [...found];
  for (let k = out.length - 2; k >= 0; k--) {
    const figure = out[k] as Reading;
    const next = out[k + 1] as Reading;
    if (!figure.countOnly || !PEOPLE.has(figure.unitName ?? '') || next.cueAfter === null) continue;
    if (!coordinated(tokens, figure.last + 1, next.first)) continue;
    const category = categoryOf(next.cueAfter, figure.unitName);
    if (!category) continue;
    // A range's lower end shares its upper end's words: both take the cue.
    for (let j = k; j >= 0 && (out[j] as Reading).start === figure.start; j--) {
      out[j] = { ...(out[j] as Reading), category, cueAfter: next.cueAfter, countOnly: false };
    }
  }
  return out;
}

/**
 * The end of a list of capitalized words (names, demonyms) joined by commas and a last
 * joiner from token k ("Dutch, French and Belgian", "Olandes, Ingles at Pranses"), or k
 * when none starts there.
 */
function nameList(tokens: readonly Token[], k: number): number {
  if (!capitalizedWord(tokens[k])) return k;
  let n = k + 1;
  while (JOINERS.has(tokens[n]?.lower ?? '') && capitalizedWord(tokens[n + 1])) {
    const last = tokens[n]?.lower !== ',';
    n += 2;
    if (last) return n;
  }
  return n > k + 1 ? n : k;
}

function capitalizedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** Whether the clause ends at token `at`: the sentence's end or a punctuation mark. */
function endsClause(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token === undefined || token.kind === 'punct';
}

/** Whether a death trigger ("napatay", "killed") is the cue. */
function tellsDeath(sentence: Sentence, cue: Found<string>): boolean {
  return sentence.triggers.some((trigger) => trigger.type === 'death' && trigger.first <= cue.first && trigger.last >= cue.last);
}

/** Whether only determiners and fillers ("ang", "mga", "the") stand between two token positions. */
function leads(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= 2 && tokens.slice(from, to).every((token) => DETERMINERS.has(token.lower) || FILLERS.has(token.lower));
}

/** Whether only joining words ("and", "at", ",") stand between two token positions. */
function coordinated(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > COORDINATION_REACH) return false;
  return tokens.slice(from, to).every((token) => JOINERS.has(token.lower));
}

/** A range starting at a lower figure: "between 5,000 and 18,000", "500 to 650", "mula 200 hanggang 500". */
function rangeAt(tokens: readonly Token[], lower: Figure, lexicon: EventLexicon): { lower: number; upper: Figure; opener: number | null } | null {
  let opener: number | null = null;
  for (const phrase of lexicon.rangeWords) {
    if (phrase.value !== 'opener') continue;
    const at = lower.first - phrase.words.length;
    if (at >= 0 && phraseAt(tokens, at, phrase.words)) {
      opener = at;
      break;
    }
  }
  for (const phrase of lexicon.rangeWords) {
    if (phrase.value === 'opener' || (phrase.value === 'joiner' && opener === null)) continue;
    const at = lower.last + 1;
    if (!phraseAt(tokens, at, phrase.words)) continue;
    const upper = figureAt(tokens, at + phrase.words.length, lexicon);
    if (!upper) continue;
    // "between 2 and 3 million": the lower end takes the upper end's multiplier.
    const value = lower.multiplier === 1 && lower.value * upper.multiplier <= upper.value ? lower.value * upper.multiplier : lower.value;
    if (upper.value > value) return { lower: value, upper, opener };
  }
  return null;
}

/**
 * The concrete side a figure's own words name (a demonym in its unit), not "we" or "the
 * enemy"; two sides joined as one ("Filipino and American soldiers": "Philippines+United States").
 */
function ownSide(tokens: readonly Token[], from: number, to: number, lexicon: EventLexicon): string | null {
  const sides: string[] = [];
  for (let k = from; k <= to; k++) {
    for (const phrase of phrasesByFirstWord(lexicon.sideCues).get((tokens[k] as Token).lower) ?? []) {
      if (phrase.value === 'self' || phrase.value === 'enemy' || !phraseAt(tokens, k, phrase.words)) continue;
      if (!sides.includes(phrase.value)) sides.push(phrase.value);
      break;
    }
  }
  return sides.length > 0 ? sides.join('+') : null;
}

function startsFigure(tokens: readonly Token[], i: number, timexes: readonly Timex[]): boolean {
  const token = tokens[i] as Token;
  if (token.kind === 'punct') return false;
  return !timexes.some((timex) => token.start >= timex.start && token.end <= timex.end);
}

/** The whole after a part ("6 out of 11"), by a partitive of `partitives.json`. */
function partitiveWhole(tokens: readonly Token[], part: Figure, lexicon: EventLexicon): Figure | null {
  for (const phrase of lexicon.partitives) {
    if (phrase.value !== 'part') continue;
    const at = part.last + 1;
    if (!phraseAt(tokens, at, phrase.words)) continue;
    const whole = figureAt(tokens, at + phrase.words.length, lexicon);
    if (whole && whole.value > part.value) return whole;
  }
  return null;
}

/** A figure, or a vague amount without a value ("hundreds of"). */
type Amount = Omit<Figure, 'value'> & { value: number | null };

function isExact(amount: Amount): amount is Figure {
  return amount.value !== null;
}

/** A vague amount of `vague-amounts.json` at token `at` ("thousands of", "libu-libong"): a figure without a value. */
function vagueAt(tokens: readonly Token[], at: number, lexicon: EventLexicon): Amount | null {
  const phrase = phrasesByFirstWord(lexicon.vagueAmounts).get((tokens[at] as Token).lower)?.find((p) => phraseAt(tokens, at, p.words));
  return phrase ? { value: null, multiplier: 1, first: at, last: at + phrase.words.length - 1 } : null;
}

/**
 * People named before, right after a part ("fifteen of them", "labinlima sa kanila"): a
 * `partitives.json` phrase of kind 'people', which counts persons like a unit of people.
 */
function peopleWhole(tokens: readonly Token[], part: Pick<Figure, 'last'>, lexicon: EventLexicon): Found<string> | null {
  const at = part.last + 1;
  const phrase = lexicon.partitives.find((p) => p.value === 'people' && phraseAt(tokens, at, p.words));
  if (phrase) return { value: 'person', first: at, last: at + phrase.words.length - 1 };
  // A part of people named right after ("killing 20 of her crew", "31 of the gunners"): they are the unit.
  const partitive = lexicon.partitives.find((p) => p.value === 'part' && phraseAt(tokens, at, p.words));
  const unit = partitive ? phraseAtLemma(tokens, at + partitive.words.length, lexicon.units, lexicon.linkers) : null;
  return unit && PEOPLE.has(unit.value) ? { value: unit.value, first: at, last: unit.last } : null;
}

/** Ordinals and measures glued to the number ("19th", "23%"), order numbers ("No. 0040"), ranges ("18-20"). */
function isExcluded(tokens: readonly Token[], figure: Pick<Figure, 'first' | 'last'>): boolean {
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
function phraseAfter(tokens: readonly Token[], from: number, list: readonly Phrase<string>[], reach: number, linkers: readonly string[]): Found<string> | null {
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || UNIT_STOPS.has(token.lower)) return null;
    const hit = phraseAtLemma(tokens, k, list, linkers);
    if (hit) return hit;
  }
  return null;
}

/**
 * The unit after a figure (see `phraseAfter`), with the unit words right after it: "American
 * soldiers", "sundalong Amerikano", "Japanese aircraft" are one unit, the most specific
 * counting (a thing over people, civilians over persons).
 */
function unitAfter(tokens: readonly Token[], from: number, lexicon: EventLexicon): Found<string> | null {
  const unit = phraseAfter(tokens, from, lexicon.units, UNIT_REACH, lexicon.linkers);
  if (!unit) return null;
  let { value, last } = unit;
  for (let k = last + 1; k < tokens.length; ) {
    // One filler may stand between unit words ("kawal na Pilipino"), a joiner between words for people ("Filipino and American soldiers").
    const lower = (tokens[k] as Token).lower;
    const j = FILLERS.has(lower) || (GENERAL.has(value) && JOINERS.has(lower)) ? k + 1 : k;
    const more = phraseAtLemma(tokens, j, lexicon.units, lexicon.linkers);
    if (!more) break;
    if (GENERAL.has(value) || !PEOPLE.has(more.value)) value = more.value;
    last = more.last;
    k = last + 1;
  }
  return { value, first: unit.first, last };
}

/** Matches a phrase at token k, comparing words, their simple plural and their linked form. */
function phraseAtLemma(tokens: readonly Token[], k: number, list: readonly Phrase<string>[], linkers: readonly string[] = []): Found<string> | null {
  for (const phrase of list) {
    if (lemmasAt(tokens, k, phrase.words, linkers)) return { value: phrase.value, first: k, last: k + phrase.words.length - 1 };
  }
  return null;
}

/** Whether the words, or their simple plurals or linked forms, stand at token `at` on. */
function lemmasAt(tokens: readonly Token[], at: number, words: readonly string[], linkers: readonly string[] = []): boolean {
  return words.every((word, n) => sameWord(tokens[at + n]?.lower, word, linkers));
}

function sameWord(token: string | undefined, word: string, linkers: readonly string[] = []): boolean {
  if (token === undefined) return false;
  if (token === word || token === `${word}s` || token === `${word}es` || (word.endsWith('y') && token === `${word.slice(0, -1)}ies`)) return true;
  // "airmen", "servicemen": the plural of a word in -man.
  if (word.endsWith('man') && token === `${word.slice(0, -3)}men`) return true;
  return linkers.some((linker) => token === linked(word, linker));
}

/** A word with a linker: after a vowel whole ("sundalo" + "ng"), else sharing the word's last letter ("bayan" + "ng" = "bayang"). */
function linked(word: string, linker: string): string {
  if (/[aeiou]$/.test(word)) return `${word}${linker}`;
  return linker.length > 1 && word.endsWith(linker.charAt(0)) ? `${word}${linker.slice(1)}` : '';
}

/** The casualty cue after the figure and unit, joined with more cues by "," / "and" / "at". */
function categoryAfter(tokens: readonly Token[], from: number, lexicon: EventLexicon, reach: number): Found<string> | null {
  let cue: Found<string> | null = null;
  for (let k = from; k < tokens.length && k <= from + reach; k++) {
    const token = tokens[k] as Token;
    // A cue past "and"/"at" tells the next clause: "Napatay ang 48 sundalo at nasugatan ang 22".
    if (token.kind !== 'word' || JOINERS.has(token.lower)) return null;
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
  // Losses of people counted apart are named after them: "100,000 civilians were killed".
  if (cue && unit && PEOPLE_APART.has(unit) && isLossCategory(cue) && !cue.endsWith('_lost')) return `${COUNT_OF[unit] ?? unit}_${cue}`;
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
