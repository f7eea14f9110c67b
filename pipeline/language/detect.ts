/**
 * Language identification of a bare string, without a document around it: the entry the
 * evaluation and library users call.
 */
import type { LanguageCode } from '../model.js';
import { languagePack } from '../lang/index.js';
import { decide, textEvidence } from './evidence.js';

/**
 * The language of a text among the candidates, or `und` when the evidence is too thin.
 *
 * @param text the text to identify
 * @param languages candidate ISO 639-3 codes (e.g. `['eng', 'tgl']`)
 * @returns the language and the posterior probability of the best candidate
 * @throws when a candidate has no data folder or no detector model (a configuration error)
 * @example detectLanguage('Ang mga tropa ay umatras.', ['eng', 'tgl']) // { language: 'tgl', confidence: 0.99… }
 */
export function detectLanguage(
  text: string,
  languages: readonly LanguageCode[],
): { language: LanguageCode; confidence: number } {
  const candidates = [...new Set(languages)].sort();
  const { language, confidence } = decide(textEvidence(text, candidates, languagePack));
  return { language, confidence };
}
