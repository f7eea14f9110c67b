/**
 * Rule 2 — clauses: a sentence is cut where a connective of `clause-breaks.json` starts a
 * new clause (", and", ", but", ";"), so that each clause gets its own trigger, date and
 * arguments ("On the same day, armistice negotiations began in Moscow, | and at noon on
 * August 11, hostilities were stopped").
 */
import type { Span } from '../model.js';
import type { EventLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** One clause of a sentence: its span and its token range [first, last]. */
export type Clause = Span & { first: number; last: number };

/**
 * The clauses of a sentence as token ranges [first, last].
 *
 * @param tokens the sentence's tokens.
 * @param lexicon gives the clause connectives.
 * @returns clauses in order, covering every token.
 * @example clauses(tokenize(seg), eng) // [{ first: 0, last: 9, … }, { first: 10, last: 19, … }]
 */
export function clauses(tokens: readonly Token[], lexicon: EventLexicon): Clause[] {
  const breaks = lexicon.clauseBreaks.map(connectiveWords);
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    if (breaks.some((words) => words.every((word, k) => tokens[i + k]?.lower === word))) starts.push(i);
  }
  return starts.map((first, n) => {
    const last = (starts[n + 1] ?? tokens.length) - 1;
    return { first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
  }).filter((clause) => clause.last >= clause.first);
}

/** Split connectives by their text: the lexicon's few connectives are split once, not per sentence. */
const splitConnectives = new Map<string, readonly string[]>();

/**
 * The tokens a connective of `clause-breaks.json` is made of, lower-cased, a comma a token
 * of its own (", and" → [',', 'and']).
 *
 * @example connectiveWords(', at') // [',', 'at']
 */
export function connectiveWords(connective: string): readonly string[] {
  const known = splitConnectives.get(connective);
  if (known) return known;
  const words = connective.trim().toLowerCase().split(/\s+|(?<=,)|(?=,)/).filter(Boolean);
  splitConnectives.set(connective, words);
  return words;
}
