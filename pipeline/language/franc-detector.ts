/**
 * Adapter over `franc` (trigram profiles of 400+ languages): the n-gram evidence for
 * configured languages that eld does not know (Cebuano, Ilocano, …), so that adding a
 * language means adding its data folder, not a detector. franc speaks ISO 639-3 already.
 */
import { francAll } from 'franc';
import type { LanguageCode } from '../model.js';

/**
 * franc's score for each candidate: its trigram distance normalised so the best is 1 (a
 * ranking, not a probability), 0 for a language it did not rank.
 *
 * @example francScores('Ang digmaan ay nagsimula.', ['ceb', 'tgl']) // [0.83, 1]
 */
export function francScores(text: string, languages: readonly LanguageCode[]): number[] {
  const ranked = new Map(francAll(text, { only: [...languages], minLength: 1 }));
  return languages.map((code) => ranked.get(code) ?? 0);
}
