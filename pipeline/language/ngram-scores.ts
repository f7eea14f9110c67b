/**
 * Character n-gram evidence for each candidate language: eld when it knows every
 * candidate (it measured best on English and Tagalog), franc's profiles otherwise.
 */
import type { LanguageCode } from '../model.js';
import { eldKnows, eldScores } from './eld-detector.js';
import { francScores } from './franc-detector.js';

/**
 * One score per candidate, in the order given; higher is more likely. A ranking signal.
 *
 * @example ngramScores('The war began.', ['eng', 'tgl'])
 */
export function ngramScores(text: string, languages: readonly LanguageCode[]): number[] {
  return languages.every(eldKnows) ? eldScores(text, languages) : francScores(text, languages);
}
