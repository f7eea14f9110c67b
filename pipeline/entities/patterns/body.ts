/**
 * Bodies and institutions: a capitalised run holding a body word, with "of (the)" parts
 * and a nationality word in front: "Main Military Council of the Red Army", "People's
 * Commissariat of Defense of the USSR", "Japanese General Staff", "Pangkalahatang Kawani
 * ng Hukbong Hapon".
 */
import type { EntityLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { dottedAcronymStart, gapAfter, isNameGap, isPossessive } from '../tokens.js';
import type { Found, Pattern } from './found.js';

/** A capitalised word that may sit inside a longer name (not a function word). */
function isInnerNameWord(token: Token | undefined, lexicon: EntityLexicon): boolean {
  return !!token && token.capitalized && !lexicon.functionWords.has(token.lower);
}

/**
 * Extends a span rightwards over connectors ("of the") followed by capitalised words.
 *
 * @param joins Whether a connector may join (all by default).
 * @returns Index after the last token of the extended span.
 */
export function extendOverConnectors(text: string, tokens: readonly Token[], end: number, lexicon: EntityLexicon, max = 3, joins: (connector: string) => boolean = () => true): number {
  let result = end;
  for (let hops = 0; hops < max; hops++) {
    let next = -1;
    for (const words of lexicon.connectorWords) {
      const ok = joins(words.join(' ')) && words.every((word, k) => tokens[result + k]?.lower === word && /^\s$/.test(gapAfter(text, tokens, result + k - 1)));
      if (ok && isInnerNameWord(tokens[result + words.length], lexicon) && /^\s$/.test(gapAfter(text, tokens, result + words.length - 1))) {
        next = result + words.length;
        break;
      }
    }
    if (next < 0) break;
    result = next;
    // The part after a connector ends before a title or a repeated word ("… of the Red Army Army Commander").
    while (
      result < tokens.length &&
      isInnerNameWord(tokens[result], lexicon) &&
      !lexicon.titles.has(tokens[result]!.lower) &&
      tokens[result]!.lower !== tokens[result - 1]!.lower &&
      isNameGap(gapAfter(text, tokens, result - 1))
    ) result++;
  }
  return result;
}

/**
 * Index of a dotted acronym's first letter right before token `first` ("U.S. Forces"),
 * else `first`.
 */
export function withAcronymBefore(text: string, tokens: readonly Token[], first: number): number {
  if (first === 0 || gapAfter(text, tokens, first - 1) !== '. ') return first;
  const start = dottedAcronymStart(text, tokens, first - 1);
  return start < 0 ? first : start;
}

/**
 * Named formations without an ordinal: a capitalised unit word after capitalised words
 * ("Khabarovsk Operational Group", "Posietsky Border Detachment", "Far Eastern Aviation").
 */
export const namedUnit: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || !lexicon.unitWords.has(token.lower)) continue;
    let first = i;
    while (first > 0 && i - first < 4 && isNameGap(gapAfter(text, tokens, first - 1)) && isInnerNameWord(tokens[first - 1], lexicon) && !lexicon.titles.has(tokens[first - 1]!.lower) && !isPossessive(tokens[first - 1])) first--;
    first = withAcronymBefore(text, tokens, first);
    // Or, alone, a genitive connector and a name after it ("Army of the Meuse", "Hukbo ng
    // Luzon"); not after a number or a name ("2nd Army of the Front", "Kwantung Army of Japan").
    const alone = first === i && !/^\d/u.test(tokens[i - 1]!.text);
    const extended = alone && lexicon.regionConnectors.some((connector) => connector === tokens[i + 1]?.lower) ? extendOverConnectors(text, tokens, i + 1, lexicon, 1, (connector) => lexicon.regionConnectors.includes(connector)) : i + 1;
    // Not when the name after it is another formation ("Cavalry Regiment ng Khingan Division").
    const after = tokens.slice(i + 1, extended).some((word) => lexicon.unitWords.has(word.lower)) ? i + 1 : extended;
    // A two-word head ("Operational Group") needs a name before it.
    const words = tokens.slice(first, i);
    if (after === i + 1 && (words.length === 0 || words.every((word) => lexicon.unitWords.has(`${word.lower} ${token.lower}`) || lexicon.unitBranches.has(word.lower)))) continue;
    const end = tokens[after - 1]!.end;
    const surface = text.slice(tokens[first]!.start, end);
    found.push({ start: tokens[first]!.start, end, type: 'MILITARY_UNIT', rule: 'named-unit', normalized: surface, gazetteer: null, score: 0.75 });
  }
  return found;
};

/**
 * Bodies: a capitalised body word with its capitalised neighbours and "of (the)" parts.
 *
 * @example body(input('a meeting of the Main Military Council')) // [{ type: 'ORG', … 'Main Military Council' }]
 */
export const body: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || !lexicon.orgWords.has(token.lower)) continue;
    let first = i;
    while (first > 0 && isNameGap(gapAfter(text, tokens, first - 1))) {
      const previous = tokens[first - 1]!;
      if (isInnerNameWord(previous, lexicon) || (previous.capitalized && lexicon.exonyms.has(previous.lower))) first--;
      else break;
    }
    first = withAcronymBefore(text, tokens, first);
    let end = i + 1;
    while (end < tokens.length && isInnerNameWord(tokens[end], lexicon) && isNameGap(gapAfter(text, tokens, end - 1))) end++;
    // After a unit head ("Forces", "Force"), "on", "in" or "sa" and a place are the place.
    const unit = lexicon.unitWords.has(tokens[end - 1]!.lower);
    end = extendOverConnectors(text, tokens, end, lexicon, 3, (connector) => !unit || lexicon.placeCues.get(connector) !== 'place');
    // A body word alone ("Council") is not a name.
    if (end - first < 2) continue;
    const surface = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    found.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, type: 'ORG', rule: 'body', normalized: surface, gazetteer: null, score: 0.8 });
    i = end - 1;
  }
  return found;
};
