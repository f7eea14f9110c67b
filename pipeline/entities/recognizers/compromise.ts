/**
 * The English recogniser: the rule patterns, then `compromise` to type the capitalised
 * runs they leave. compromise parses about 0.15 MB/s, so it runs only on sentences that
 * still hold such a run; its instance is built once here, with our titles added as
 * honorifics, and it only ever sees our sentences (its splitter and UTF-16 offsets stay
 * inside this file).
 */
import nlp from 'compromise';
import type { EntityType } from '../../model.js';
import { languagePack } from '../../lang/index.js';
import { entityLexicon } from '../lexicon.js';
import type { Recognizer } from '../recognizer.js';
import type { UnknownTyper } from './sentence.js';
import { recognizeSegment } from './sentence.js';

// Configured once at module load, never per document (compromise's world is global).
nlp.addWords(Object.fromEntries([...entityLexicon(languagePack('eng')).titles.keys()].map((title) => [title, 'Honorific'])));

interface Offset {
  offset: { start: number; length: number };
}

/** compromise's people, places and organisations of a sentence, as typed UTF-16 spans. */
function compromiseSpans(text: string): { start: number; end: number; type: EntityType }[] {
  const doc = nlp(text);
  const spans: { start: number; end: number; type: EntityType }[] = [];
  const add = (items: Offset[], type: EntityType): void => {
    for (const item of items) spans.push({ start: item.offset.start, end: item.offset.start + item.offset.length, type });
  };
  add(doc.people().json({ offset: true }) as Offset[], 'PERSON');
  add(doc.places().json({ offset: true }) as Offset[], 'GPE');
  add(doc.organizations().json({ offset: true }) as Offset[], 'ORG');
  return spans;
}

/** compromise's word list (word -> tag or tags), read once. */
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Whether compromise's lexicon tags a word (or phrase) as a name or place. */
function namedInLexicon(word: string): boolean {
  const tags = compromiseLexicon[word];
  return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAGS.has(tag));
}

/** A word with each "f" read as the long s it may stand for ("Ruffia" -> "Russia"); same length. */
function unLongS(word: string): string {
  return word.replace(/f/g, 's');
}

/** Lexicon tags that make a parse worth running. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'Company', 'SportsTeam']);

/** Characters of context compromise sees on each side of a run. */
const WINDOW = 40;

/**
 * Types leftover runs with compromise, run on a window around each run rather than the
 * whole sentence (its cost grows with the words it tags); a sentence-initial run needs a
 * person or place tag.
 */
const compromiseTyper: UnknownTyper = {
  name: 'compromise',
  type: (text, runs) =>
    runs.map((run) => {
      // Parse only where compromise's lexicon knows the run or one of its words as a name
      // or place: elsewhere its tagger types nothing, and each parse costs milliseconds.
      // A word broken at a line end is looked up whole ("Classi¬ cal" -> "classical").
      const surface = text.slice(run.start, run.end).toLowerCase().replace(/[-‑¬]\s?(?=\p{Ll})/gu, '');
      const words = surface.split(/[\s-]+/);
      const named = (list: readonly string[]): boolean => list.some((word) => namedInLexicon(word.replace(/['’]s$/u, '')));
      // Old print's long s, scanned as "f" ("Ruffia", "Long-Ifland"), is put back when
      // only that makes the run a name; the swap keeps every offset.
      const longS = !named([surface, ...words]) && surface.includes('f') && named([surface, ...words].map(unLongS));
      if (!longS && !named([surface, ...words])) {
        // Every word a known common word ("Physician", "Certain"): not a name.
        return words.every((word) => compromiseLexicon[word] !== undefined) ? 'common' : null;
      }
      const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, run.start - WINDOW)) + 1);
      const to = Math.min(text.length, run.end + WINDOW);
      const window = longS ? text.slice(from, run.start) + unLongS(text.slice(run.start, run.end)) + text.slice(run.end, to) : text.slice(from, to);
      const spans = compromiseSpans(window).map((span) => ({ ...span, start: span.start + from, end: span.end + from }));
      // compromise's span must end within the run (it may add a trailing mark); it may
      // start earlier on lower-case words ("county of Philadelphia").
      const hit = spans.find((span) => span.start < run.end && span.end > run.start && span.end <= run.end + 2);
      if (!hit) return null;
      // Short acronyms are too ambiguous to type by their shape alone.
      if (/^\p{Lu}{1,3}$/u.test(text.slice(run.start, run.end))) return null;
      if (run.initial && hit.type === 'ORG') return null;
      return hit.type;
    }),
};

/** compromise plus the rule patterns, for English sentences. */
export const compromiseRecognizer: Recognizer = {
  name: 'compromise',
  languages: ['eng'],
  recognize: (segment, document, context) => recognizeSegment(segment, document, context, 'eng', compromiseTyper),
};
