/**
 * Stage `dates`: the temporal expressions of every sentence, in the sentence's language
 * (the document's when the sentence's is `und`), resolved against the narrative of their
 * section and, for deictic expressions, the document date from `config.documentDates` (without
 * one, the time of writing the text itself tells: '77 taon na ang lumipas' since the story's year).
 * Each sentence is its own unit for the year an elapsed time counts from.
 * Duplicated passages are tagged like any text. A language without a grammar gets the
 * language-free parsers and an info message.
 */
import type { Document, LanguageCode, Segment, Timex } from '../model.js';
import type { StageContext, StageMeta } from '../stage.js';
import { stableId } from '../ids.js';
import { TextIndex } from '../offsets.js';
import { parseCandidates } from '../dates/extract.js';
import { grammarFor } from '../dates/grammars.js';
import { resolveTimexes, type ResolveItem } from '../dates/resolve.js';

/** Needs sentences with their sections and languages; adds `timexes`. */
export const meta: StageMeta = {
  name: 'dates',
  version: '1.0.0',
  requires: ['sections', 'segments', 'languages'],
  assigns: ['timexes'],
};

function byPosition(a: Timex, b: Timex): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Adds `timexes` to a document.
 *
 * @param document a document with sections, segments and their languages (not modified).
 * @param context configuration (`documentDates[document.source]` anchors 'today', 'ago',
 *   'last year') and the report sink.
 * @returns a new document with `timexes` sorted by start, end, id.
 * @example tagDates(document, context).timexes[0] // { text: 'From 1936 to 1938', value: '1936/1938', … }
 */
export function tagDates(document: Document, context: StageContext): Document {
  const items: ResolveItem[] = [];
  const segmentOf = new Map<string, Segment>();
  const languageOf = (segment: Segment): LanguageCode => (segment.language === 'und' ? document.language : segment.language);
  const withoutGrammar = new Set<LanguageCode>();
  for (const segment of document.segments) {
    const language = languageOf(segment);
    if (!grammarFor(language).own) withoutGrammar.add(language);
    const found = parseCandidates(segment.text, language, {
      offset: segment.start,
      scope: segment.section,
      sentence: segment.id,
    });
    for (const item of found) {
      segmentOf.set(`${item.start}:${item.end}`, segment);
      items.push(item);
    }
  }
  for (const language of [...withoutGrammar].sort()) {
    context.report({
      reason: `No date grammar for language '${language}': only language-free forms (ISO and numeric dates, years) are tagged`,
      ruleId: 'dates/no-grammar',
      place: null,
      fatal: null,
    });
  }
  const reference = Object.hasOwn(context.config.documentDates, document.source) ? context.config.documentDates[document.source] : null;
  const anchorId = (start: number, end: number): string => stableId('tx', document.id, start, end);
  const index = new TextIndex(document.text);
  const timexes: Timex[] = [];
  for (const found of resolveTimexes(items, { reference: reference ?? null, anchorId })) {
    const key = `${found.start}:${found.end}`;
    const segment = segmentOf.get(key);
    if (!segment) continue;
    if (index.slice(found.start, found.end) !== found.text) {
      // spaCy's strict rule: a span that does not slice to its text is dropped, never shifted
      context.report({ reason: `Dropped misaligned date '${found.text}'`, ruleId: 'dates/misaligned-span', place: { start: found.start, end: found.end }, fatal: false });
      continue;
    }
    timexes.push({
      id: anchorId(found.start, found.end),
      segment: segment.id,
      start: found.start,
      end: found.end,
      text: found.text,
      language: languageOf(segment),
      type: found.type,
      value: found.value,
      precision: found.precision,
      inferred: found.inferred,
      qualifier: found.qualifier,
      relative: found.relative,
      rule: found.rule,
    });
  }
  return { ...document, timexes: timexes.sort(byPosition) };
}
