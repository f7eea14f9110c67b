/**
 * Military formations named by an ordinal: "40th Rifle Division", "2nd Separate Red
 * Banner Army", "1st Army Group", "ika-23 Infantry Division", "ika-6 na Hukbo", a bare
 * number after "of"/"ng" ("ng 7 Division"), and each ordinal of a list sharing one head
 * ("the 32nd, 40th, and 39th Rifle Divisions").
 */
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { gapAfter } from '../tokens.js';
import { withAcronymBefore } from './body.js';
import type { Found, Pattern } from './found.js';

const ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/i;

/** The number of an ordinal at token `i` and the index after it, or null. */
function ordinalAt(text: string, tokens: readonly Token[], i: number, lexicon: EntityLexicon): { n: number; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const plain = ORDINAL.exec(token.text);
  if (plain) return { n: Number(plain[1]), next: i + 1 };
  const number = tokens[i + 1];
  if (lexicon.ordinalPrefixes.has(token.lower) && number?.numeric && gapAfter(text, tokens, i) === '-') {
    return { n: Number(number.text), next: i + 2 };
  }
  return null;
}

/**
 * A bare number naming a unit after a genitive connector, the ordinal dropped by
 * translation ("Regiment ng 7 Division", "regiments of 7 Division"): only right before a
 * capitalised singular unit word, where it cannot be a count.
 */
function numberAfterOf(text: string, tokens: readonly Token[], i: number, lexicon: EntityLexicon): { n: number; next: number } | null {
  const token = tokens[i];
  const previous = tokens[i - 1];
  const head = tokens[i + 1];
  if (!token?.numeric || token.text.length > 3 || !previous || !head || !lexicon.regionConnectors.includes(previous.lower)) return null;
  if (gapAfter(text, tokens, i - 1) !== ' ' || gapAfter(text, tokens, i) !== ' ' || !head.capitalized || !lexicon.unitWords.has(head.lower)) return null;
  return { n: Number(token.text), next: i + 1 };
}

/** English ordinal suffix of a number. */
function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A unit head of one or two words at token `i`: its normal form and the index after it. */
function headAt(tokens: readonly Token[], i: number, lexicon: EntityLexicon): { head: string; next: number } | null {
  const one = tokens[i]?.lower;
  const two = one !== undefined && tokens[i + 1] ? `${one} ${tokens[i + 1]!.lower}` : undefined;
  if (two !== undefined && lexicon.unitWords.has(two)) return { head: lexicon.unitWords.get(two)!, next: i + 2 };
  if (one !== undefined && lexicon.unitWords.has(one)) return { head: lexicon.unitWords.get(one)!, next: i + 1 };
  return null;
}

/**
 * Formations named by an ordinal, and the ordinals of a list sharing one head.
 *
 * @example ordinalUnit(input('the 40th Rifle Division')) // '40th Rifle Division', normalized '40th Infantry Division'
 */
export const ordinalUnit: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ordinal = ordinalAt(text, tokens, i, lexicon) ?? numberAfterOf(text, tokens, i, lexicon);
    if (!ordinal) continue;
    // Modifiers between ordinal and head: arm words (any case) or capitalised words.
    const arms: string[] = [];
    let j = ordinal.next;
    let head = headAt(tokens, j, lexicon);
    while (!head && j < tokens.length && j - ordinal.next < 4) {
      const token = tokens[j]!;
      const arm = lexicon.unitBranches.get(token.lower);
      if (arm === undefined && !(token.capitalized && !lexicon.nonNames.has(token.lower))) break;
      if (arm) arms.push(arm);
      j++;
      head = headAt(tokens, j, lexicon);
    }
    // A capitalised arm closing the name is its head ("1st Nebraska Volunteer Infantry").
    const last = tokens[j - 1];
    if (!head && j > ordinal.next && last?.capitalized && lexicon.unitBranches.get(last.lower)) {
      head = { head: capitalize(arms.pop()!), next: j };
    }
    if (!head) continue;
    let end = head.next;
    // A capitalised word and a unit head after the head go with it ("10th Battalion Combat Team").
    const more = tokens[end]?.capitalized && gapAfter(text, tokens, end - 1) === ' ' ? headAt(tokens, end, lexicon) ?? (tokens[end + 1]?.capitalized && gapAfter(text, tokens, end) === ' ' ? headAt(tokens, end + 1, lexicon) : null) : null;
    if (more) {
      head = { head: `${head.head} ${text.slice(tokens[end]!.start, tokens[more.next - 1]!.end)}`, next: more.next };
      end = more.next;
    }
    // A post-modifier of two words ("pormasyon sa himpapawid").
    const after = tokens[end] && tokens[end + 1] ? `${tokens[end]!.lower} ${tokens[end + 1]!.lower}` : '';
    const postArm = lexicon.unitBranches.get(after);
    if (postArm) {
      arms.push(postArm);
      end += 2;
    }
    const normalized = (n: number): string =>
      [ordinalSuffix(n), ...new Set(arms).values()].map((w, k) => (k === 0 ? w : capitalize(w))).concat(head!.head).join(' ');
    // A dotted acronym before the ordinal names the unit's state ("U.S. 3rd Infantry Division").
    const start = tokens[withAcronymBefore(text, tokens, i)]!.start;
    found.push({ start, end: tokens[end - 1]!.end, type: 'MILITARY_UNIT', rule: 'ordinal-unit', normalized: normalized(ordinal.n), gazetteer: null, score: 0.9 });
    // Earlier ordinals of a list sharing this head.
    let k = i - 1;
    while (k >= 0) {
      const gap = gapAfter(text, tokens, k);
      let previous = k;
      if (/^\s$/.test(gap) && lexicon.conjunctions.has(tokens[k]!.lower)) previous = k - 1;
      else if (!/^,\s$/.test(gap)) break;
      if (previous < 0) break;
      const listed = ORDINAL.exec(tokens[previous]!.text);
      if (!listed) break;
      const token = tokens[previous]!;
      found.push({ start: token.start, end: token.end, type: 'MILITARY_UNIT', rule: 'ordinal-unit-list', normalized: normalized(Number(listed[1])), gazetteer: null, score: 0.8 });
      k = previous - 1;
    }
    i = end - 1;
  }
  return found;
};

/**
 * Ordinals in brackets right after a unit word name units of that kind: "two motorized
 * armored brigades (ika-7 at ika-8)", "brigades (7th and 8th)".
 *
 * @example bracketedOrdinals(input('dalawang brigade (ika-7 at ika-8)')) // 'ika-7', 'ika-8' (Brigade)
 */
export const bracketedOrdinals: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = lexicon.unitWords.get(tokens[i]!.lower);
    if (!head || !/^\s?\($/.test(gapAfter(text, tokens, i))) continue;
    // Ordinals joined by commas or conjunctions, up to the closing bracket.
    let k = i + 1;
    const listed: Found[] = [];
    for (;;) {
      const ordinal = ordinalAt(text, tokens, k, lexicon);
      if (!ordinal) break;
      const first = tokens[k]!;
      const last = tokens[ordinal.next - 1]!;
      listed.push({ start: first.start, end: last.end, type: 'MILITARY_UNIT', rule: 'bracketed-ordinal', normalized: `${ordinalSuffix(ordinal.n)} ${head}`, gazetteer: null, score: 0.7 });
      const gap = gapAfter(text, tokens, ordinal.next - 1);
      if (/^\)/.test(gap)) {
        found.push(...listed);
        break;
      }
      const joiner = tokens[ordinal.next];
      if (/^,\s$/.test(gap)) k = ordinal.next;
      else if (gap === ' ' && joiner && lexicon.conjunctions.has(joiner.lower) && gapAfter(text, tokens, ordinal.next) === ' ') k = ordinal.next + 1;
      else break;
    }
  }
  return found;
};

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
