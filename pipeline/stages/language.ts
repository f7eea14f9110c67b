/**
 * The language stage: the language of every sentence, paragraph and of the document, each
 * with a confidence, and the spans of another language inside a sentence (English titles
 * and names in Tagalog text). Candidates are `config.languages`; a text with too little
 * evidence gets `und`. A sentence is judged with its paragraph as a damped prior, and a
 * paragraph with its document, so a short line ("Mazepov") follows its surroundings while
 * a real sentence of another language still wins on its own evidence.
 */
import type { Document, ForeignSpan, LanguageCode, Paragraph, Segment } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { TextIndex, codePointLength } from '../offsets.js';
import {
  combineEvidence,
  decide,
  textEvidence,
  type LanguageEvidence,
  type LanguageGuess,
} from '../language/evidence.js';
import { findForeignSpans } from '../language/foreign-spans.js';
import type { WordVerdicts } from '../language/word-origin.js';
import { wordTokens } from '../language/words.js';

/** The language stage reads paragraphs and sentences and adds languages, confidences and foreign spans. */
export const meta: StageMeta = {
  name: 'language',
  version: '1',
  requires: ['paragraphs', 'segments'],
  assigns: ['languages'],
};

/**
 * Identifies the language of a document, its paragraphs and its sentences.
 *
 * @param document a document with paragraphs and segments (languages `und`)
 * @param context the configuration (`languages`: candidate ISO 639-3 codes) and language data
 * @returns a new document with `language`, `languageConfidence`, `languages` (share of the
 *   sentences' code points per language, foreign spans counted for their language) and, per
 *   paragraph and segment, language and confidence; segments also get `foreignSpans`
 * @throws when `config.languages` is empty or names a language without data or model
 * @example identifyLanguage(document, context).segments[0].language // 'tgl'
 */
export function identifyLanguage(document: Document, context: StageContext): Document {
  const languages = candidates(context.config.languages);
  const packOf = (code: LanguageCode) => context.lang(code);
  const index = new TextIndex(document.text);

  // Evidence is gathered bottom-up (a paragraph's is the sum of its sentences', so each
  // text is read once) and decisions are made top-down, each level the prior of the next.
  const sentenceWords = document.segments.map((segment) => wordTokens(segment.text)); // for the evidence and the foreign spans
  const sentenceEvidence = document.segments.map((segment, i) => textEvidence(segment.text, languages, packOf, sentenceWords[i]));
  const byParagraph = new Map<string, LanguageEvidence[]>();
  document.segments.forEach((segment, i) => {
    const list = byParagraph.get(segment.paragraph) ?? [];
    list.push(sentenceEvidence[i] as LanguageEvidence);
    byParagraph.set(segment.paragraph, list);
  });
  const paragraphEvidence = document.paragraphs.map((paragraph) => {
    const parts = byParagraph.get(paragraph.id);
    return parts
      ? combineEvidence(languages, parts)
      : textEvidence(index.slice(paragraph.start, paragraph.end), languages, packOf);
  });
  const documentGuess = decide(
    document.paragraphs.length > 0
      ? combineEvidence(languages, paragraphEvidence)
      : combineEvidence(languages, sentenceEvidence),
  );

  const verdicts = new Map<string, WordVerdicts>(); // this document's word verdicts, per language pair
  const paragraphGuesses = new Map<string, LanguageGuess>();
  const paragraphs: Paragraph[] = document.paragraphs.map((paragraph, i) => {
    const guess = decide(paragraphEvidence[i] as LanguageEvidence, documentGuess.distribution);
    paragraphGuesses.set(paragraph.id, guess);
    return { ...paragraph, language: guess.language, languageConfidence: round(guess.confidence) };
  });

  const segments: Segment[] = document.segments.map((segment, i) => {
    const prior = paragraphGuesses.get(segment.paragraph) ?? documentGuess;
    const guess = decide(sentenceEvidence[i] as LanguageEvidence, prior.distribution);
    if (guess.language === 'und') {
      context.report({
        reason: `Too little evidence to tell the language of "${segment.text}" (best guess ${(guess.confidence * 100).toFixed(0)} %)`,
        ruleId: 'language/thin-evidence',
        place: { start: segment.start, end: segment.end },
        fatal: null,
      });
    }
    const foreignSpans: ForeignSpan[] = findForeignSpans(segment.text, guess.language, languages, packOf, verdicts, sentenceWords[i]).map(
      (span) => ({ ...span, start: segment.start + span.start, end: segment.start + span.end }),
    );
    return { ...segment, language: guess.language, languageConfidence: round(guess.confidence), foreignSpans };
  });

  return {
    ...document,
    language: documentGuess.language,
    languageConfidence: round(documentGuess.confidence),
    languages: shares(segments),
    paragraphs,
    segments,
  };
}

function candidates(configured: readonly LanguageCode[]): LanguageCode[] {
  if (configured.length === 0) throw new Error('config.languages is empty: the language stage needs at least one candidate');
  return [...new Set(configured)].sort();
}

/** Share of the sentences' code points per language, foreign spans counted for their own language. */
function shares(segments: readonly Segment[]): Record<LanguageCode, number> {
  const counts = new Map<LanguageCode, number>();
  const add = (language: LanguageCode, amount: number): void => {
    counts.set(language, (counts.get(language) ?? 0) + amount);
  };
  for (const segment of segments) {
    let foreign = 0;
    for (const span of segment.foreignSpans) {
      add(span.language, span.end - span.start);
      foreign += span.end - span.start;
    }
    add(segment.language, codePointLength(segment.text) - foreign);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const result: Record<LanguageCode, number> = {};
  for (const language of [...counts.keys()].sort()) {
    const share = total === 0 ? 0 : round((counts.get(language) as number) / total);
    if (share > 0) result[language] = share;
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
