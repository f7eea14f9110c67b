/**
 * Documents: a numbered document ("order No. 0040", "protocol No. 8", "Plan of Operation
 * No. 8", a bare "No. 0040"), a quoted title that opens with a document word ("Charter of
 * the military sanitary service…", "Memo sa isang kawal…"), and the work and author of a
 * citation line ("From the book <title> author <author>").
 */
import type { EntityLexicon } from '../lexicon.js';
import { normalizeName } from '../names.js';
import { extendOverConnectors } from './body.js';
import { translatedName } from './translated-name.js';
import { gapAfter, isInitial, tokenize } from '../tokens.js';
import type { Found, Pattern, PatternInput } from './found.js';

const QUOTED = /["“«„]([^"“”«»„\n]{3,200})["”»]/gu;

/**
 * Numbered documents: a document word, function words or acronyms, then "No. N".
 *
 * @example numberedDocument(input('the order No. 0040 was issued')) // 'order No. 0040'
 */
export const numberedDocument: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!lexicon.numberSigns.has(tokens[i]!.text) || !/^\.\s?$/.test(gapAfter(text, tokens, i)) || !/^\d/.test(tokens[i + 1]!.text)) continue;
    // Back to the document word over function words and acronyms ("order of the NCO of the USSR No. 0040").
    let first = -1;
    for (let k = i - 1; k >= 0 && i - k <= 7; k--) {
      const token = tokens[k]!;
      if (!/^\s$/.test(gapAfter(text, tokens, k))) break;
      // Not past a capitalised document word to a lower-case one ("law through Proclamation No. 1081").
      if (lexicon.documentWords.has(token.lower)) {
        if (first >= 0 && tokens[first]!.capitalized && !token.capitalized) break;
        first = k;
      } else if (!token.allCaps && !lexicon.functionWords.has(token.lower)) break;
    }
    const number = tokens[i + 1]!;
    if (first >= 0 || number.text.length >= 3) {
      const start = tokens[first < 0 ? i : first]!.start;
      found.push({ start, end: number.end, type: 'DOCUMENT', rule: 'numbered-document', normalized: `No. ${number.text}`, gazetteer: null, score: 0.8 });
    }
    // More numbers of the same kind ("No. 071 and 0165").
    for (let k = i + 2; k + 1 < tokens.length && /^,?\s$/.test(gapAfter(text, tokens, k - 1)) && (lexicon.conjunctions.has(tokens[k]!.lower) || /^,\s$/.test(gapAfter(text, tokens, k - 1))); k += 2) {
      const next = lexicon.conjunctions.has(tokens[k]!.lower) ? tokens[k + 1]! : tokens[k]!;
      if (!next.numeric || next.text.length < 3) break;
      found.push({ start: next.start, end: next.end, type: 'DOCUMENT', rule: 'numbered-document', normalized: `No. ${next.text}`, gazetteer: null, score: 0.7 });
      if (!lexicon.conjunctions.has(tokens[k]!.lower)) k--;
    }
  }
  return found;
};

/**
 * Named documents: a capitalised document word, a connector and a name ("Treaty of
 * Frankfurt", "Act of the Proclamation of Independence", "Kasunduan sa Paris").
 *
 * @example namedDocument(input('the Treaty of Paris was signed')) // 'Treaty of Paris'
 */
export const namedDocument: Pattern = ({ text, tokens, lexicon }) => {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.capitalized || !lexicon.documentBefore.has(token.lower)) continue;
    const end = extendOverConnectors(text, tokens, i + 1, lexicon);
    if (end === i + 1) continue;
    const normalized = translatedName(text, tokens, i, end, lexicon.documentBefore.get(token.lower)!);
    found.push({ start: token.start, end: tokens[end - 1]!.end, type: 'DOCUMENT', rule: 'document-before', normalized, gazetteer: null, score: 0.8 });
    i = end - 1;
  }
  return found;
};

/**
 * Quoted titles that open with a document word.
 *
 * @example quotedDocument(input('the "Charter of the sanitary service" was old')) // 'Charter of the sanitary service'
 */
export const quotedDocument: Pattern = ({ text, lexicon }) => {
  const found: Found[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1]!.trim();
    const words = tokenize(inner);
    const opening = words[0];
    if (!opening?.capitalized || !lexicon.documentWords.has(opening.lower) || words.length < 2 || words.length > 20) continue;
    if (/[.!?]$/u.test(inner)) continue;
    const start = match.index + 1 + match[1]!.indexOf(inner);
    found.push({ start, end: start + inner.length, type: 'DOCUMENT', rule: 'quoted-document', normalized: inner, gazetteer: null, score: 0.7 });
  }
  return found;
};

/**
 * The work and the author of a citation line. Reads `lineRest` (the sentence to the end of
 * its line), since a title may hold a question mark that ends a sentence.
 */
export function citation(input: PatternInput & { lineRest: string }): Found[] {
  const { lineRest, lexicon } = input;
  const opening = lexicon.citationOpenings.find((cue) => lineRest.startsWith(`${cue} `));
  if (!opening) return [];
  const rest = lineRest.slice(opening.length + 1);
  for (const cue of lexicon.citationAuthorCues) {
    // The author may be missing ("… author" at the end of the line).
    const at = rest.endsWith(` ${cue}`) ? rest.length - cue.length - 1 : rest.lastIndexOf(` ${cue} `);
    if (at <= 0) continue;
    // A trailing full stop and a spaced bracketed note are not part of the title.
    const title = rest.slice(0, at).trim().replace(/\s+\[[^\]]*\]$/u, '').replace(/\.$/u, '');
    const author = rest.slice(at + cue.length + 2).trim();
    const titleStart = opening.length + 1 + rest.indexOf(title);
    const found: Found[] = [
      { start: titleStart, end: titleStart + title.length, type: 'DOCUMENT', rule: 'citation-title', normalized: title, gazetteer: null, score: 0.8 },
    ];
    if (looksLikePersonName(author, lexicon)) {
      const authorStart = opening.length + 1 + at + cue.length + 2;
      found.push({ start: authorStart, end: authorStart + author.length, type: 'PERSON', rule: 'citation-author', normalized: normalizeName(author, 'PERSON', lexicon), gazetteer: null, score: 0.8 });
    }
    return found;
  }
  return [];
}

/** One to four capitalised words or initials, nothing else. */
function looksLikePersonName(text: string, lexicon: EntityLexicon): boolean {
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 5 || /[^\p{L}\p{M}.\s'’-]/u.test(text)) return false;
  return tokens.every((token, i) => (token.capitalized && !lexicon.nonNames.has(token.lower)) || isInitial(text, tokens, i));
}
