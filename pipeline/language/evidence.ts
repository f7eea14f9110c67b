/**
 * Language evidence of a text as log-odds per candidate, from two independent clues:
 * eld's character n-grams (spelling) and function words (grammar). Summing log-odds
 * (naive Bayes) and normalising with softmax turns eld's ranking into a posterior that
 * can be read as a confidence, shrinking towards uniform when the text is short.
 */
import type { LanguageCode } from '../model.js';
import type { LanguagePack } from '../lang/index.js';
import { ngramScores } from './ngram-scores.js';
import { functionWords } from './function-words.js';
import { letterCount, wordTokens, type WordToken } from './words.js';

/** Log-odds per candidate language for one text. */
export interface LanguageEvidence {
  /** Candidate languages (ISO 639-3), sorted. */
  readonly languages: readonly LanguageCode[];
  /** Natural-log evidence per candidate, in the order of `languages`. */
  readonly logits: readonly number[];
  /** Letters in the text: how much there was to judge by. */
  readonly letters: number;
}

/** Nats per unit of eld's log score ratio when the text is long enough to trust eld fully. */
const ELD_SCALE = 10;
/** Letters from which eld's n-gram average is trusted fully; shorter texts get proportionally less. */
const ELD_FULL_TRUST_LETTERS = 40;
/** Keeps the log ratio finite when eld found nothing for a language. */
const ELD_FLOOR = 0.01;
/**
 * Largest log ratio taken from eld: on a word or two eld often finds nothing at all for
 * one language, which says little, not "impossible".
 */
const ELD_MAX_LOG_RATIO = 1;
/**
 * Words from which eld is trusted fully; below, trust falls with the square of the count:
 * one name ("Smushkevich") is weak evidence however long it is.
 */
const ELD_FULL_TRUST_WORDS = 3;
/** Nats per function word that belongs to one candidate only. */
const FUNCTION_WORD_NATS = 1.2;

/**
 * The evidence a text gives about its language.
 *
 * @param text the text (a sentence, paragraph or document)
 * @param languages candidate ISO 639-3 codes, sorted
 * @param packOf the data of a language (`context.lang` in a stage)
 * @param words the text's words, when the caller has them already (`wordTokens(text)`)
 * @returns log-odds per candidate
 * @example textEvidence('Ang digmaan ay natapos.', ['eng', 'tgl'], languagePack).logits // [-9.1, 0]
 */
export function textEvidence(
  text: string,
  languages: readonly LanguageCode[],
  packOf: (code: LanguageCode) => LanguagePack,
  words?: readonly WordToken[],
): LanguageEvidence {
  const letters = letterCount(text);
  const logits = languages.map(() => 0);
  if (letters === 0) return { languages, logits, letters };

  words ??= wordTokens(text);
  const scores = ngramScores(text, languages);
  const best = Math.max(...scores);
  const trust =
    ELD_SCALE * Math.min(1, letters / ELD_FULL_TRUST_LETTERS) * Math.min(1, (words.length / ELD_FULL_TRUST_WORDS) ** 2);
  scores.forEach((score, i) => {
    const ratio = Math.max(-ELD_MAX_LOG_RATIO, Math.log((score + ELD_FLOOR) / (best + ELD_FLOOR)));
    logits[i] = (logits[i] as number) + trust * ratio;
  });

  const lists = languages.map((code) => functionWords(packOf(code)));
  const owns = lists.map(() => false);
  for (const token of words) {
    const word = token.text.toLowerCase();
    let count = 0;
    for (let i = 0; i < lists.length; i++) {
      owns[i] = (lists[i] as ReadonlySet<string>).has(word);
      if (owns[i]) count++;
    }
    if (count === 0 || count === languages.length) continue; // shared words tell nothing
    for (let i = 0; i < lists.length; i++) {
      if (owns[i]) logits[i] = (logits[i] as number) + FUNCTION_WORD_NATS;
    }
  }
  return { languages, logits, letters };
}

/**
 * The evidence of a text made of parts (a paragraph of sentences, a document of
 * paragraphs): the parts' log-odds added, as independent observations.
 *
 * @param languages candidate languages (the parts' order)
 * @param parts the parts' evidence
 * @returns the summed evidence (none when there are no parts)
 */
export function combineEvidence(languages: readonly LanguageCode[], parts: readonly LanguageEvidence[]): LanguageEvidence {
  const logits = languages.map(() => 0);
  let letters = 0;
  for (const part of parts) {
    part.logits.forEach((logit, i) => {
      logits[i] = (logits[i] as number) + logit;
    });
    letters += part.letters;
  }
  return { languages, logits, letters };
}

/** A decision with its posterior. */
export interface LanguageGuess {
  /** The most probable candidate, or `und` when the evidence is too thin. */
  language: LanguageCode;
  /** Posterior probability of the most probable candidate (0 when there was no evidence). */
  confidence: number;
  /** Posterior per candidate, in the order of the evidence's `languages`. */
  distribution: number[];
}

/** Below this posterior the best candidate is not asserted: the result is `und`. */
export const UND_BELOW = 0.6;
/** How much a surrounding text's posterior counts as prior (1 = as much as its own evidence). */
const CONTEXT_WEIGHT = 0.5;
/** Keeps a near-certain context from becoming an infinite prior. */
const PRIOR_FLOOR = 1e-4;

/**
 * Decides the language of a text from its evidence, with the posterior of its context
 * (the paragraph of a sentence, the document of a paragraph) as a damped prior.
 *
 * @param evidence the text's own evidence
 * @param context the surrounding text's posterior (same candidate order), if any
 * @returns the language (or `und`) and its confidence
 * @example decide(textEvidence('Mazepov', langs, pack), paragraph.distribution).language // 'eng'
 */
export function decide(evidence: LanguageEvidence, context: readonly number[] | null = null): LanguageGuess {
  const { languages, letters } = evidence;
  if (letters === 0) {
    return { language: 'und', confidence: 0, distribution: languages.map(() => 1 / languages.length) };
  }
  const logits = evidence.logits.map(
    (logit, i) => logit + (context ? CONTEXT_WEIGHT * Math.log(Math.max(context[i] ?? 0, PRIOR_FLOOR)) : 0),
  );
  const distribution = softmax(logits);
  let best = 0;
  distribution.forEach((p, i) => {
    if (p > (distribution[best] as number)) best = i;
  });
  const confidence = distribution[best] as number;
  const language = confidence < UND_BELOW ? 'und' : (languages[best] as LanguageCode);
  return { language, confidence, distribution };
}

function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
