/**
 * The tagger below the stage: text in, resolved temporal expressions out. The stage and
 * the evaluations both use it.
 */
import { TextIndex } from '../offsets.js';
import type { LanguageCode } from '../model.js';
import { runGrammar } from './common/grammar.js';
import { grammarFor } from './grammars.js';
import { loadDateLexicon } from './lexicon.js';
import { resolveTimexes, type ResolveItem } from './resolve.js';
import type { Candidate, TimexCandidate } from './types.js';

/** A text's candidates with their code-point spans (UTF-16 converted once, here). */
export function parseCandidates(text: string, language: LanguageCode, index: TextIndex = new TextIndex(text), offset = 0): ResolveItem[] {
  const { grammar, own } = grammarFor(language);
  const lexicon = loadDateLexicon(own ? language : 'und');
  const candidates: Candidate[] = runGrammar(text, grammar, { lexicon, rulePrefix: `dates/${own ? language : 'und'}` });
  return candidates.map((candidate) => {
    const start = index.toCodePoint(candidate.start);
    const end = index.toCodePoint(candidate.end);
    return { candidate, start: start + offset, end: end + offset, text: text.slice(candidate.start, candidate.end), scope: '' };
  });
}

/**
 * Tag the temporal expressions of a text.
 *
 * @param text any text.
 * @param language ISO 639-3 code choosing the grammar (`eng`, `tgl`; others get the shared parsers).
 * @param options `reference`: the document date (ISO) that anchors 'today', 'last year', 'ago';
 *   `style`: where year-less dates take their year (`narrative`, the default, or `news`).
 * @returns expressions in code-point offsets of `text`, sorted by start.
 * @example extractTimexes('On July 29, 1938 …', 'eng')[0].value // '1938-07-29'
 */
export function extractTimexes(
  text: string,
  language: LanguageCode,
  options: { reference?: string | null; style?: 'narrative' | 'news' } = {},
): TimexCandidate[] {
  return resolveTimexes(parseCandidates(text, language), { reference: options.reference ?? null, style: options.style ?? 'narrative' });
}
