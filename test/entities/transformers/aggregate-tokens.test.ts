import { describe, expect, it } from 'vitest';
import {
  aggregateTokens,
  type TokenPrediction,
} from '../../../pipeline/entities/transformers/aggregate-tokens.js';

/** Tokens for the words of `text` split at `|`: each piece with its label and score. */
function tokens(text: string, pieces: [string, string, number?][]): TokenPrediction[] {
  const result: TokenPrediction[] = [];
  let cursor = 0;
  for (const [piece, label, score] of pieces) {
    const start = text.indexOf(piece, cursor);
    if (start < 0) throw new Error(`${piece} not in ${text}`);
    result.push({ start, end: start + piece.length, label, score: score ?? 0.9 });
    cursor = start + piece.length;
  }
  return result;
}

describe('aggregateTokens', () => {
  const cases: {
    name: string;
    text: string;
    pieces: [string, string, number?][];
    expected: [string, string][];
  }[] = [
    {
      name: 'should join B- and I- tokens into one entity',
      text: 'Lake Khasan',
      pieces: [['Lake', 'B-LOC'], ['Kha', 'I-LOC'], ['san', 'I-LOC']],
      expected: [['Lake Khasan', 'LOCATION']],
    },
    {
      name: 'should let a word take the label of its first sub-word',
      text: 'Zhukov',
      pieces: [['Zhu', 'B-PER'], ['kov', 'O']],
      expected: [['Zhukov', 'PERSON']],
    },
    {
      name: 'should not start a new entity at a sub-word tagged B-',
      text: 'Konev',
      pieces: [['Kon', 'B-PER'], ['ev', 'B-PER']],
      expected: [['Konev', 'PERSON']],
    },
    {
      name: 'should split two B- words of one type',
      text: 'Stern Blucher',
      pieces: [['Stern', 'B-PER'], ['Blucher', 'B-PER']],
      expected: [['Stern', 'PERSON'], ['Blucher', 'PERSON']],
    },
    {
      name: 'should start an entity at an I- tag without a B- (IOB1)',
      text: 'the Red Army',
      pieces: [['the', 'O'], ['Red', 'I-ORG'], ['Army', 'I-ORG']],
      expected: [['Red Army', 'ORG']],
    },
    {
      name: 'should join plain (IO) tags of one type',
      text: 'Posyet Bay',
      pieces: [['Posyet', 'LOC'], ['Bay', 'LOC']],
      expected: [['Posyet Bay', 'LOCATION']],
    },
    {
      name: 'should close an entity at E- and S- tags (BIOES)',
      text: 'Lake Khasan Tokyo Japan',
      pieces: [['Lake', 'B-LOC'], ['Khasan', 'E-LOC'], ['Tokyo', 'S-LOC'], ['Japan', 'I-LOC']],
      expected: [['Lake Khasan', 'LOCATION'], ['Tokyo', 'LOCATION'], ['Japan', 'LOCATION']],
    },
    {
      name: 'should split at a change of type',
      text: 'Khasan Army',
      pieces: [['Khasan', 'B-LOC'], ['Army', 'I-ORG']],
      expected: [['Khasan', 'LOCATION'], ['Army', 'ORG']],
    },
    {
      name: 'should split a word at punctuation',
      text: "Blucher's",
      pieces: [['Blucher', 'B-PER'], ["'", 'O'], ['s', 'O']],
      expected: [['Blucher', 'PERSON']],
    },
    {
      name: 'should keep inner punctuation the model tags inside',
      text: 'U.S. Army',
      pieces: [['U', 'B-ORG'], ['.', 'I-ORG'], ['S', 'I-ORG'], ['.', 'I-ORG'], ['Army', 'I-ORG']],
      expected: [['U.S. Army', 'ORG']],
    },
    {
      name: 'should drop an entity of punctuation only',
      text: 'a -- b',
      pieces: [['a', 'O'], ['--', 'B-PER'], ['b', 'O']],
      expected: [],
    },
    {
      name: 'should drop MISC and O',
      text: 'Soviet troops',
      pieces: [['Soviet', 'B-MISC'], ['troops', 'O']],
      expected: [],
    },
    { name: 'should find nothing in no tokens', text: '', pieces: [], expected: [] },
  ];

  it.each(cases)('$name', ({ text, pieces, expected }) => {
    const candidates = aggregateTokens(tokens(text, pieces), text);
    expect(candidates.map((candidate) => [candidate.text, candidate.type])).toEqual(expected);
    for (const candidate of candidates) {
      expect(Array.from(text).slice(candidate.start, candidate.end).join('')).toBe(candidate.text);
      expect(candidate.recognizer).toBe('entities/transformers');
    }
  });

  it('should convert UTF-16 offsets to code points and add the segment offset', () => {
    const text = '😀 𝔸 Blucher';
    const [candidate] = aggregateTokens(tokens(text, [['Blu', 'B-PER'], ['cher', 'I-PER']]), text, 100);
    // "😀 𝔸 " is 4 code points (6 UTF-16 units).
    expect(candidate).toMatchObject({ start: 104, end: 111, text: 'Blucher' });
  });

  it('should score an entity with the mean probability of all its tokens', () => {
    const text = 'Lake Khasan';
    const [candidate] = aggregateTokens(
      tokens(text, [['Lake', 'B-LOC', 0.9], ['Kha', 'I-LOC', 0.6], ['san', 'O', 0.3]]),
      text,
    );
    expect(candidate?.score).toBeCloseTo(0.6, 10);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should make no entity of a long run of tagged punctuation', () => {
    const text = '.-'.repeat(50_000);
    const many = Array.from(text, (_char, index) => ({ start: index, end: index + 1, label: 'I-PER', score: 0.5 }));
    expect(aggregateTokens(many, text)).toEqual([]);
  });
});
