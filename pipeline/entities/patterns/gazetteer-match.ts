/**
 * Labels and variants of the gazetteer found in the sentence, longest first. A label of
 * one word must be capitalised ("Stern", never "stern"); a longer one needs one
 * capitalised word ("Japanese army", "main military Council").
 */
import type { Found, Pattern, PatternInput } from './found.js';
import { isNameWord } from './name-words.js';

/** A word without its possessive ("Hasan's" -> "hasan"). */
function bare(word: string): string {
  return word.replace(/['’]s$/u, '');
}

const HYPHEN = /^[-‑]$/u;

const LABEL_GAP = /^(?:\s|[.\-‑–]\s?|\.-){1,3}$|^ $/u;

/**
 * Gazetteer labels in the sentence, with their entry's type and key.
 *
 * @example gazetteerMatch(input('Hapon at Tsina')) // 'Hapon' (japan), 'Tsina' (china)
 */
export const gazetteerMatch: Pattern = (input) => {
  const { text, tokens, gazetteer } = input;
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = gazetteer.trie.children.get(bare(tokens[i]!.lower));
    let best: { last: number; key: string } | null = null;
    let j = i;
    let cased = false;
    while (node) {
      // One word must be capitalised; a single word alone, so "stern" is never Stern.
      cased ||= tokens[j]!.capitalized;
      const ok = j === i ? tokens[i]!.capitalized : cased;
      if (node.entries.length > 0 && ok) best = { last: j, key: node.entries[0]! };
      const next = tokens[j + 1];
      if (!next || !LABEL_GAP.test(text.slice(tokens[j]!.end, next.start))) break;
      node = node.children.get(bare(next.lower));
      j++;
    }
    // Not a part of a hyphenated word ("Comintern" in "Anti-Comintern Pact").
    if (best && ((i > 0 && HYPHEN.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) || HYPHEN.test(text.slice(tokens[best.last]!.end, tokens[best.last + 1]?.start ?? text.length)))) best = null;
    if (!best) {
      i++;
      continue;
    }
    const entry = gazetteer.entries.get(best.key)!;
    const start = tokens[i]!.start;
    const end = tokens[best.last]!.end;
    found.push({ start, end, type: entry.type, rule: 'gazetteer', normalized: text.slice(start, end), gazetteer: entry.key, score: 0.95 });
    // Go on inside the label: a body's name may hold another ("CPSU" in "Central Committee
    // of the CPSU"); overlap resolution keeps such names only inside bodies, events, documents.
    i++;
  }
  return [...found, ...ellipsis(input, found)];
};

/**
 * The first name of an elliptical pair: in "Inner and Outer Mongolia", "Inner" stands
 * for "Inner Mongolia" when the gazetteer knows that name too.
 */
function ellipsis({ text, tokens, lexicon, gazetteer }: PatternInput, found: readonly Found[]): Found[] {
  const result: Found[] = [];
  for (const span of found) {
    const last = tokens.findIndex((token) => token.start === span.start);
    const words = text.slice(span.start, span.end).split(' ');
    if (last < 2 || words.length < 2) continue;
    const conjunction = tokens[last - 1]!;
    const first = tokens[last - 2]!;
    if (!lexicon.conjunctions.has(conjunction.lower) || !isNameWord(first, lexicon) || text.slice(first.end, conjunction.start) !== ' ') continue;
    const name = [first.text, ...words.slice(1)].join(' ');
    const keys = gazetteer.lookup(name);
    if (keys.length !== 1) continue;
    const entry = gazetteer.entries.get(keys[0]!)!;
    result.push({ start: first.start, end: first.end, type: entry.type, rule: 'gazetteer-ellipsis', normalized: name, gazetteer: entry.key, score: 0.8 });
  }
  return result;
}
