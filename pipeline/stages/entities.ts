/**
 * Stage `entities`: the named entities of each sentence, in the sentence's language.
 * `rules` runs compromise plus the rule patterns on English sentences and the data-driven
 * rule recogniser on the others; `transformers` adds a token-classification model
 * (loaded lazily from `config.nerModel`, so a default run never imports
 * `@huggingface/transformers`). Candidates of all backends go through one overlap
 * resolution; gazetteer hits win types.
 */
import type { Document, LanguageCode, Mention, Segment } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { stableId } from '../ids.js';
import { resolveOverlaps } from '../entities/merge.js';
import { normalizeName } from '../entities/names.js';
import { entityLexicon } from '../entities/lexicon.js';
import type { MentionCandidate, Recognizer } from '../entities/recognizer.js';
import { compromiseRecognizer } from '../entities/recognizers/compromise.js';
import { rulesRecognizer } from '../entities/recognizers/rules.js';

/** Declares the stage: needs segments and their languages, adds `mentions`. */
export const meta: StageMeta = {
  name: 'entities',
  version: '1.0.0',
  requires: ['segments', 'languages'],
  assigns: ['mentions'],
};

const KNOWN = new Set(['rules', 'transformers']);

/** Lazily created transformer recognisers, one per model. */
const transformerRecognizers = new Map<string, Promise<Recognizer>>();

function transformersFor(model: string): Promise<Recognizer> {
  let recognizer = transformerRecognizers.get(model);
  if (!recognizer) {
    recognizer = import('../entities/recognizers/transformers.js').then((module) => module.createTransformersRecognizer({ model }));
    transformerRecognizers.set(model, recognizer);
  }
  return recognizer;
}

/** The rule backend of a language: compromise for English, the data-driven rules elsewhere. */
function rulesFor(language: LanguageCode): Recognizer {
  return compromiseRecognizer.languages.includes(language) ? compromiseRecognizer : rulesRecognizer;
}

function handles(recognizer: Recognizer, language: LanguageCode): boolean {
  return recognizer.languages.includes('*') || recognizer.languages.includes(language);
}

/**
 * Adds `mentions` to a document.
 *
 * @param document A document with segments and their languages (not modified).
 * @param context Configuration (`recognizers`, `nerModel`), language data, report.
 * @returns A new document with `mentions` sorted by start, end, id.
 * @throws When the configuration names an unknown recogniser, or `transformers` without a model.
 * @example const withMentions = await recognizeEntities(document, context);
 */
export async function recognizeEntities(document: Document, context: StageContext): Promise<Document> {
  const names = context.config.recognizers;
  for (const name of names) if (!KNOWN.has(name)) throw new Error(`entities: unknown recogniser '${name}' (known: rules, transformers)`);
  const backends: Recognizer[] = [];
  if (names.includes('transformers')) {
    if (!context.config.nerModel) throw new Error("entities: recogniser 'transformers' needs config.nerModel (a model folder or hub id)");
    backends.push(await transformersFor(context.config.nerModel));
  }
  // Candidates of the whole document, resolved together: a citation's title may run past
  // the sentence the segmenter cut at its question mark.
  const candidates: (MentionCandidate & { sentence: Segment })[] = [];
  const missing = new Set<LanguageCode>();
  for (const segment of document.segments) {
    const language = segment.language === 'und' ? document.language : segment.language;
    if (language === 'und' || missing.has(language)) continue;
    if (!hasData(context, language)) {
      missing.add(language);
      context.report({ reason: `No language data for '${language}': its sentences get no entities`, ruleId: `entities/${language}/no-data`, place: null, fatal: null });
      continue;
    }
    const sentence = language === segment.language ? segment : { ...segment, language };
    const found: MentionCandidate[] = [];
    if (names.includes('rules')) found.push(...(await rulesFor(language).recognize(sentence, document, context)));
    for (const backend of backends) {
      if (handles(backend, language)) found.push(...(await backend.recognize(sentence, document, context)));
    }
    for (const candidate of found) candidates.push({ ...candidate, sentence });
  }
  const mentions = resolveOverlaps(candidates).map((candidate) => toMention(candidate, candidate.sentence, document, context));
  const sorted = mentions.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...document, mentions: sorted };
}

/** Whether a language has a data folder (`context.lang` throws for one that has not). */
function hasData(context: StageContext, language: LanguageCode): boolean {
  try {
    context.lang(language);
    return true;
  } catch {
    return false;
  }
}

function toMention(candidate: MentionCandidate, segment: Segment, document: Document, context: StageContext): Mention {
  const lexicon = entityLexicon(context.lang(segment.language));
  return {
    id: stableId('m', document.id, candidate.start, candidate.end),
    segment: segment.id,
    start: candidate.start,
    end: candidate.end,
    text: candidate.text,
    type: candidate.type,
    language: segment.language,
    normalized: candidate.normalized ?? normalizeName(candidate.text, candidate.type, lexicon),
    gazetteer: candidate.gazetteer ?? null,
    recognizer: candidate.recognizer,
  };
}
