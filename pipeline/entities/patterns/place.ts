/**
 * Places named with a terrain or region word before or after: "Lake Khasan", "Mount
 * Bain-Tsagan", "Ilog Khalkhin-Gol" (before); "Zaozernaya height", "Khalkhin Gol River",
 * "Posyet Bay", "Ussuri region" (after).
 */
import { gapAfter } from '../tokens.js';
import type { TerrainWord } from '../lexicon.js';
import type { Found, Pattern, PatternInput } from './found.js';
import { isNameWord, nameRunEnd } from './name-words.js';

/**
 * Places named with a terrain or region word, and the names of a list sharing it.
 *
 * @example terrain(input('near Posyet Bay')) // 'Posyet Bay'
 */
export const terrain: Pattern = (input) => {
  const { text, tokens, lexicon } = input;
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = lexicon.terrainBefore.get(token.lower);
    if (before && /^\.?\s$/.test(gapAfter(text, tokens, i))) {
      // "Strait of Tiran": a connector may come between.
      const connected = lexicon.connectors.includes(tokens[i + 1]?.lower ?? '') && gapAfter(text, tokens, i + 1) === ' ';
      const joined = connected ? i + 2 : i + 1;
      // A region word names a place only before "of" ("State of Missouri", "the county of
      // Chariton"; not "County Georgia", "Town on Chattahoochy"), and never after "of"
      // ("Secretary of State of …"); a locative before it is fine ("sa Lungsod ng Maynila").
      const region = before.type === 'GPE';
      const regional = connected && lexicon.regionConnectors.includes(tokens[i + 1]!.lower) && !lexicon.regionConnectors.includes(tokens[i - 1]?.lower ?? '');
      const usable = region ? regional : token.capitalized;
      const end = usable ? nameRunEnd(text, tokens, joined, lexicon, 3) : joined;
      if (end > joined) {
        const base = text.slice(tokens[joined]!.start, tokens[end - 1]!.end);
        // An English word keeps its own phrasing ("Strait of Tiran", "the county of Chariton").
        const generic = before.template.replace('*', '').trim();
        const normalized = generic.toLowerCase() === token.lower ? generic + text.slice(token.end, tokens[end - 1]!.end) : placeName(before, base);
        found.push({ start: token.start, end: tokens[end - 1]!.end, type: before.type, rule: 'terrain-before', normalized, gazetteer: null, score: 0.85 });
        i = end - 1;
        continue;
      }
    }
    const after = lexicon.terrainAfter.get(token.lower);
    // "Posyet Bay", and a lower-case word hyphened on: "Chesnut-street".
    if (after && i > 0 && (gapAfter(text, tokens, i - 1) === ' ' || (gapAfter(text, tokens, i - 1) === '-' && !token.capitalized))) {
      let first = i;
      while (first > 0 && i - first < 3 && isNameWord(tokens[first - 1], lexicon)) {
        first--;
        if (first > 0 && !/^[ -]$/.test(gapAfter(text, tokens, first - 1))) break;
      }
      if (first < i) {
        const base = text.slice(tokens[first]!.start, tokens[i - 1]!.end);
        found.push({ start: tokens[first]!.start, end: token.end, type: after.type, rule: 'terrain-after', normalized: placeName(after, base), gazetteer: null, score: 0.85 });
        found.push(...listedBefore(input, first, after));
      }
    }
  }
  return found;
};

/**
 * Earlier names of a list sharing the terrain word ("the Bezymyanny, Chernaya, and
 * Bogomolnaya heights", "the Lower Amur, Khabarovsk, Primorsky … regions").
 */
function listedBefore({ text, tokens, lexicon }: PatternInput, first: number, after: TerrainWord): Found[] {
  const found: Found[] = [];
  let k = first - 1;
  while (k >= 0) {
    // Separator: ", ", " and ", ", and ".
    let end = k;
    if (lexicon.conjunctions.has(tokens[end]!.lower) && /^\s$/.test(gapAfter(text, tokens, end))) end--;
    if (end < 0 || !/^,?\s$/.test(gapAfter(text, tokens, end)) || (end === k && !/^,\s$/.test(gapAfter(text, tokens, end)))) break;
    let start = end;
    while (start > 0 && end - start < 2 && isNameWord(tokens[start - 1], lexicon) && /^[ -]$/.test(gapAfter(text, tokens, start - 1))) start--;
    if (!isNameWord(tokens[start], lexicon)) break;
    const base = text.slice(tokens[start]!.start, tokens[end]!.end);
    found.push({ start: tokens[start]!.start, end: tokens[end]!.end, type: after.type, rule: 'terrain-list', normalized: placeName(after, base), gazetteer: null, score: 0.7 });
    k = start - 1;
  }
  return found;
}

/**
 * The English name of a place from its terrain word and bare name, in English word order.
 *
 * @example placeName({ template: '* Pass', … }, 'Tirad') // 'Tirad Pass'
 */
export function placeName(word: TerrainWord, base: string): string {
  return word.template.replace('*', base);
}
