/**
 * The grammar contract (chrono's Configuration): an ordered list of parsers, then an
 * ordered list of refiners. A parser builds one pattern from a lexicon and reads
 * candidates from its matches; returning null rejects a match and scanning resumes one
 * character later. A refiner rewrites the whole candidate list (merge, attach, filter).
 */
import type { DateLexicon } from '../lexicon.js';
import type { Candidate } from '../types.js';

/** What a parser or refiner sees besides its match. */
export interface ParseContext {
  /** The scanned text (UTF-16 indices). */
  text: string;
  lexicon: DateLexicon;
  /** Provenance prefix, `dates/<lang>`. */
  rulePrefix: string;
}

/** Reads one surface form of dates. */
export interface Parser {
  readonly name: string;
  /** The pattern for a lexicon, or null when the lexicon has none of the words it needs. */
  pattern(lexicon: DateLexicon): RegExp | null;
  /**
   * A cheap pattern that any match must contain (a unit word, a digit); texts without it
   * are not scanned. Most sentences hold no date, so this saves most of the work.
   */
  trigger?(lexicon: DateLexicon): RegExp | null;
  /** A candidate from a match, or null to reject it. */
  extract(match: RegExpExecArray, context: ParseContext): Candidate | null;
}

/** Rewrites the candidates of a text (sorted by start, then end). */
export interface Refiner {
  readonly name: string;
  refine(candidates: Candidate[], context: ParseContext): Candidate[];
}

/** A language's date grammar. */
export interface Grammar {
  readonly parsers: readonly Parser[];
  readonly refiners: readonly Refiner[];
}

interface Compiled {
  pattern: RegExp | null;
  trigger: RegExp | null;
}

const compiled = new WeakMap<Parser, WeakMap<DateLexicon, Compiled>>();

function compiledOf(parser: Parser, lexicon: DateLexicon): Compiled {
  let byLexicon = compiled.get(parser);
  if (!byLexicon) {
    byLexicon = new WeakMap();
    compiled.set(parser, byLexicon);
  }
  let found = byLexicon.get(lexicon);
  if (!found) {
    found = { pattern: parser.pattern(lexicon), trigger: parser.trigger?.(lexicon) ?? null };
    byLexicon.set(lexicon, found);
  }
  return found;
}

/**
 * A value computed once per lexicon (a pattern, a word list), so refiners and parsers do
 * not rebuild it for every text they see.
 */
export function perLexicon<T>(build: (lexicon: DateLexicon) => T): (lexicon: DateLexicon) => T {
  const values = new WeakMap<DateLexicon, T>();
  return (lexicon) => {
    if (!values.has(lexicon)) values.set(lexicon, build(lexicon));
    return values.get(lexicon) as T;
  };
}

/** Orders candidates by start, then end, then rule. */
export function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Run a grammar over a text.
 *
 * @param text the text to scan.
 * @param grammar parsers and refiners, in order.
 * @param context the lexicon and provenance prefix.
 * @returns candidates in UTF-16 indices of `text`, sorted by position.
 */
export function runGrammar(text: string, grammar: Grammar, context: Omit<ParseContext, 'text'>): Candidate[] {
  const full: ParseContext = { ...context, text };
  let candidates: Candidate[] = [];
  for (const parser of grammar.parsers) {
    const { pattern, trigger } = compiledOf(parser, context.lexicon);
    if (!pattern || (trigger && !trigger.test(text))) continue;
    // the compiled pattern is shared: the scan is synchronous, so resetting its position is enough
    const regex = pattern;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const candidate = match[0] === '' ? null : parser.extract(match, full);
      if (candidate) {
        candidates.push(candidate);
        regex.lastIndex = Math.max(candidate.end, match.index + 1);
      } else {
        regex.lastIndex = match.index + 1;
      }
    }
  }
  // most sentences hold no date at all: nothing to refine
  if (candidates.length === 0) return candidates;
  candidates.sort(byPosition);
  for (const refiner of grammar.refiners) {
    candidates = refiner.refine(candidates, full).sort(byPosition);
  }
  return candidates;
}
