import { describe, expect, it } from 'vitest';
import { clauses, connectiveWords } from '../../pipeline/events/clauses.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { tokenize } from '../../pipeline/events/tokens.js';
import { testContext } from './helpers.js';

describe('connectiveWords', () => {
  it.each([
    [', and', [',', 'and']],
    [' ;', [';']],
    [', NA', [',', 'na']],
    ['and then', ['and', 'then']],
    ['', []],
  ])('should split %j into its tokens', (connective, expected) => {
    expect(connectiveWords(connective)).toEqual(expected);
  });

  it('should split a connective once', () => {
    expect(connectiveWords(', but')).toBe(connectiveWords(', but'));
  });
});

describe('clauses', () => {
  const context = testContext();

  it.each([
    ['eng', '𝔸 On the same day, negotiations began in Moscow, and at noon hostilities were stopped.', ['𝔸 On the same day, negotiations began in Moscow', ', and at noon hostilities were stopped.']],
    ['eng', 'The Japanese attacked and the border guards retreated.', ['The Japanese attacked and the border guards retreated.']],
  ])('should cut a %s sentence at its connectives', (code, text, expected) => {
    const tokens = tokenize({ text, start: 0 });
    const chars = [...text];
    const cut = clauses(tokens, eventLexicon(code, context)).map((clause) => chars.slice(clause.start, clause.end).join(''));
    expect(cut).toEqual(expected);
  });
});
