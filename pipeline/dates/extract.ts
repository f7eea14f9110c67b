/**
 * The tagger below the stage: text in, resolved temporal expressions out. The stage and
 * the evaluations both use it.
 */
import { TextIndex } from '../offsets.js';
import type { LanguageCode } from '../model.js';
import { runGrammar, type Grammar } from './common/grammar.js';
import { grammarFor } from './grammars.js';
import { loadDateLexicon } from './lexicon.js';
import { resolveTimexes, type ResolveItem } from './resolve.js';
import type { Candidate, TimexCandidate } from './types.js';

/**
 * How intervals are written: `whole`, one expression with an EDTF interval ('From 1936 to
 * 1938' = 1936/1938, the default), or `ends`, the TimeML way: each end its own expression.
 */
export type Intervals = 'whole' | 'ends';

/** Refiners that join two ends into one interval expression. */
const INTERVAL_REFINERS = new Set(['merge-range', 'extend-day-range']);

function withoutIntervals(grammar: Grammar): Grammar {
  return { parsers: grammar.parsers, refiners: grammar.refiners.filter((refiner) => !INTERVAL_REFINERS.has(refiner.name)) };
}

/**
 * A text's candidates with their code-point spans (UTF-16 converted once, here).
 *
 * @param text the text to scan.
 * @param language the grammar to use.
 * @param place where the text sits: the code-point offset of the text in its document, its
 *   narrative scope, its sentence; and how to write intervals.
 */
export function parseCandidates(
  text: string,
  language: LanguageCode,
  place: { offset?: number; scope?: string; sentence?: string; intervals?: Intervals } = {},
): ResolveItem[] {
  const offset = place.offset ?? 0;
  const found = grammarFor(language);
  const own = found.own;
  const grammar = place.intervals === 'ends' ? withoutIntervals(found.grammar) : found.grammar;
  const lexicon = loadDateLexicon(own ? language : 'und');
  const candidates: Candidate[] = runGrammar(text, grammar, { lexicon, rulePrefix: `dates/${own ? language : 'und'}` });
  // most sentences hold no date: index the text only when there are spans to convert
  if (candidates.length === 0) return [];
  const index = new TextIndex(text);
  return candidates.map((candidate) => {
    const start = index.toCodePoint(candidate.start);
    const end = index.toCodePoint(candidate.end);
    return { candidate, start: start + offset, end: end + offset, text: text.slice(candidate.start, candidate.end), scope: place.scope ?? '', ...(place.sentence === undefined ? {} : { sentence: place.sentence }) };
  });
}

/**
 * Tag the temporal expressions of a text.
 *
 * @param text any text.
 * @param language ISO 639-3 code choosing the grammar (`eng`, `tgl`; others get the shared parsers).
 * @param options `reference`: the document date (ISO) that anchors 'today', 'last year', 'ago';
 *   `style`: where year-less dates take their year (`narrative`, the default, or `news`);
 *   `intervals`: `whole` (default) or `ends` (TimeML: each end of an interval on its own).
 * @returns expressions in code-point offsets of `text`, sorted by start.
 * @example extractTimexes('On July 29, 1938 …', 'eng')[0].value // '1938-07-29'
 */
export function extractTimexes(
  text: string,
  language: LanguageCode,
  options: { reference?: string | null; style?: 'narrative' | 'news'; intervals?: Intervals } = {},
): TimexCandidate[] {
  const items = parseCandidates(text, language, { intervals: options.intervals ?? 'whole' });
  return resolveTimexes(items, { reference: options.reference ?? null, style: options.style ?? 'narrative' });
}
