/**
 * Named events: an event word before a place ("Battle of Lake Poyang", "Conflict at Lake
 * Khasan", "Battle on the Ice") or after a name ("Changkufeng Incident", "Russo-Japanese
 * war", "Bzin-Tsagan massacre", "Middle East Conflict").
 */
import { gapAfter, isNameGap } from '../tokens.js';
import { extendOverConnectors } from './body.js';
import { isNameWord, nameRunEnd } from './name-words.js';
import type { Found, Pattern } from './found.js';
import { translatedName } from './translated-name.js';

/**
 * Named events, with the event word before or after the name.
 *
 * @example namedEvent(input('the Changkufeng Incident began')) // 'Changkufeng Incident'
 */
export const namedEvent: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.capitalized && lexicon.eventBefore.has(token.lower)) {
      // The connector may be the linker on the event word ("Digmaang Pilipino-Amerikano").
      // Only nationality words follow it so: "Ministro ng Digmaang Itagaki" is a minister's name.
      const linked = lexicon.linkers.some((linker) => token.lower.endsWith(linker)) && gapAfter(text, tokens, i) === ' ';
      const run = linked ? nameRunEnd(text, tokens, i + 1, lexicon, 3) : i + 1;
      const nationalities = run > i + 1 && tokens.slice(i + 1, run).every((word) => lexicon.exonyms.has(word.lower));
      const end = nationalities ? run : extendOverConnectors(text, tokens, i + 1, lexicon, 1);
      if (end > i + 1) {
        const surface = text.slice(token.start, tokens[end - 1]!.end);
        const normalized = nationalities ? surface : translatedName(text, tokens, i, end, lexicon.eventBefore.get(token.lower)!);
        found.push({ start: token.start, end: tokens[end - 1]!.end, type: 'EVENT_NAME', rule: 'event-before', normalized, gazetteer: null, score: 0.8 });
        i = end - 1;
        continue;
      }
    }
    if (lexicon.eventAfter.has(token.lower) && i > 0 && gapAfter(text, tokens, i - 1) === ' ') {
      let first = i;
      const nameOrNationality = (k: number): boolean => isNameWord(tokens[k], lexicon) || (tokens[k]!.capitalized && lexicon.exonyms.has(tokens[k]!.lower));
      while (first > 0 && i - first < 3 && nameOrNationality(first - 1)) {
        first--;
        if (first > 0 && !isNameGap(gapAfter(text, tokens, first - 1))) break;
      }
      const words = tokens.slice(first, i);
      // Nationality adjectives alone ("Soviet-Japanese conflicts") do not name one event.
      if (words.length === 0 || words.every((word) => lexicon.exonyms.has(word.lower))) continue;
      const surface = text.slice(tokens[first]!.start, token.end);
      found.push({ start: tokens[first]!.start, end: token.end, type: 'EVENT_NAME', rule: 'event-after', normalized: surface, gazetteer: null, score: 0.75 });
    }
  }
  return found;
};
