/**
 * Turns per-token predictions of a token-classification model into entity spans:
 * sub-words join into words (a word takes the label of its first token), words join into
 * entities by their B/I/E/S tags, and each entity scores the mean probability of its
 * tokens.
 */
import { TextIndex } from '../../offsets.js';
import type { MentionCandidate } from '../recognizer.js';
import { parseLabel, type TagPrefix } from './labels.js';
import type { EntityType } from '../../model.js';

/** Provenance tag of every candidate the transformer backend proposes. */
const TRANSFORMERS_RECOGNIZER = 'entities/transformers';

/** One token as the model labelled it. */
export interface TokenPrediction {
  /** `[start, end)` in UTF-16 units of the text the model read. */
  start: number;
  end: number;
  /** The top label from the model's `id2label`, e.g. `B-PER`. */
  label: string;
  /** Softmax probability of that label. */
  score: number;
}

/** Scores are rounded so that float noise across machines does not change the output. */
const SCORE_DECIMALS = 4;

const PUNCTUATION = /^\p{P}+$/u;

interface Word {
  start: number;
  end: number;
  label: string;
  scores: number[];
}

interface OpenEntity {
  type: EntityType;
  start: number;
  end: number;
  scores: number[];
  /** Closed by an `E` or `S` tag: the next word cannot continue it. */
  closed: boolean;
}

/** Groups tokens into words: a token continues a word when it touches it, unless either is punctuation. */
function words(tokens: readonly TokenPrediction[], text: string): Word[] {
  const result: Word[] = [];
  let previousPunctuation = true;
  for (const token of tokens) {
    const punctuation = PUNCTUATION.test(text.slice(token.start, token.end));
    const last = result.at(-1);
    if (last !== undefined && token.start === last.end && !punctuation && !previousPunctuation) {
      last.end = token.end;
      last.scores.push(token.score);
    } else {
      result.push({ start: token.start, end: token.end, label: token.label, scores: [token.score] });
    }
    previousPunctuation = punctuation;
  }
  return result;
}

function continues(
  open: OpenEntity | null,
  prefix: TagPrefix,
  type: EntityType,
): open is OpenEntity {
  return open !== null && !open.closed && open.type === type && (prefix === 'I' || prefix === 'E');
}

/**
 * Aggregates token predictions into mention candidates.
 *
 * @param tokens Predictions in text order, with UTF-16 offsets into `text`; special
 *   tokens left out.
 * @param text The text the model read (a segment's text).
 * @param offset Code-point offset of `text` in the document, added to every span.
 * @returns Candidates with code-point offsets into the document, sorted by start then end.
 * @example
 * aggregateTokens(
 *   [
 *     { start: 0, end: 3, label: 'B-PER', score: 0.9 },
 *     { start: 3, end: 7, label: 'I-PER', score: 0.7 },
 *   ],
 *   'Blucher left',
 * ); // [{ start: 0, end: 7, text: 'Blucher', type: 'PERSON', score: 0.8, recognizer: 'entities/transformers' }]
 */
export function aggregateTokens(
  tokens: readonly TokenPrediction[],
  text: string,
  offset = 0,
): MentionCandidate[] {
  const entities: OpenEntity[] = [];
  let open: OpenEntity | null = null;
  for (const word of words(tokens, text)) {
    const { prefix, type } = parseLabel(word.label);
    if (type === null) {
      open = null;
      continue;
    }
    if (continues(open, prefix, type)) {
      open.end = word.end;
      open.scores.push(...word.scores);
    } else {
      open = { type, start: word.start, end: word.end, scores: [...word.scores], closed: false };
      entities.push(open);
    }
    if (prefix === 'E' || prefix === 'S') open.closed = true;
  }
  const index = new TextIndex(text);
  return entities
    .filter((entity) => !PUNCTUATION.test(text.slice(entity.start, entity.end)))
    .map((entity) => ({
      start: offset + index.toCodePoint(entity.start),
      end: offset + index.toCodePoint(entity.end),
      text: text.slice(entity.start, entity.end),
      type: entity.type,
      score: round(entity.scores.reduce((sum, score) => sum + score, 0) / entity.scores.length),
      recognizer: TRANSFORMERS_RECOGNIZER,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function round(value: number): number {
  const scale = 10 ** SCORE_DECIMALS;
  return Math.round(value * scale) / scale;
}
