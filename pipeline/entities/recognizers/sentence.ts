/**
 * The rule pipeline of one sentence, shared by the rule recognisers: patterns, overlap
 * resolution, then the capitalised runs left over, typed by a backend's typer (compromise
 * for English) or by the evidence of their words and neighbours.
 */
import type { Document, EntityType, LanguageCode, Segment } from '../../model.js';
import type { StageContext } from '../../stage.js';
import type { Gazetteer } from '../gazetteer.js';
import { gazetteer } from '../gazetteer.js';
import type { EntityLexicon } from '../lexicon.js';
import { entityLexicon } from '../lexicon.js';
import type { MentionCandidate } from '../recognizer.js';
import { resolveOverlaps } from '../merge.js';
import { normalizeName } from '../names.js';
import { citation } from '../patterns/document.js';
import type { Found, PatternInput } from '../patterns/found.js';
import { regionAfter } from '../patterns/region-after.js';
import { patterns } from '../patterns/index.js';
import type { UnknownName } from '../patterns/unknown-names.js';
import { placeFromCue, typeFromEvidence, unknownNames } from '../patterns/unknown-names.js';
import { tokenize } from '../tokens.js';
import { segmentLine, toCandidates } from './candidates.js';
import { documentSurnames } from '../document-people.js';

/** Where award names are: nothing inside them is a mention ("Lenin" in "Order of Lenin"), unless the gazetteer knows it. */
function awardSpans(text: string, lexicon: EntityLexicon): [number, number][] {
  const spans: [number, number][] = [];
  for (const award of lexicon.awards) {
    for (let at = text.indexOf(award); at >= 0; at = text.indexOf(award, at + 1)) spans.push([at, at + award.length]);
  }
  return spans;
}

function inside(span: { start: number; end: number }, spans: readonly [number, number][]): boolean {
  return spans.some(([start, end]) => span.start >= start && span.end <= end);
}

/** A backend that types the leftover runs of a sentence (compromise for English). */
export interface UnknownTyper {
  /** Provenance of what it types, e.g. `compromise`. */
  readonly name: string;
  /**
   * One answer per run: a type, null (no opinion: the evidence rules decide) or
   * `common` (the backend knows every word as a common word: not a name).
   */
  type(text: string, runs: readonly UnknownName[]): (EntityType | null | 'common')[];
}

/**
 * Finds the entity spans of one sentence.
 *
 * @param text The sentence.
 * @param lineRest The sentence to the end of its line (for citation lines).
 * @param lexicon The language's entity data.
 * @param gazetteer The gazetteer.
 * @param surnames The document's people named in full, read on demand.
 * @param typer Optional backend typing of leftover runs, tried before the evidence rules.
 * @returns Kept spans in UTF-16 offsets of `text`, sorted.
 */
function findInSentence(
  text: string,
  lineRest: string,
  lexicon: EntityLexicon,
  gazetteer: Gazetteer,
  surnames: () => ReadonlySet<string>,
  typer?: UnknownTyper,
): Found[] {
  const tokens = tokenize(text);
  const input: PatternInput = { text, tokens, lexicon, gazetteer };
  const found = patterns.flatMap((pattern) => pattern(input));
  found.push(...citation({ ...input, lineRest }));
  const awards = awardSpans(text, lexicon);
  const kept = resolveOverlaps(found.filter((span) => span.gazetteer || !inside(span, awards)));
  const runs = unknownNames(input, kept).filter((run) => !inside(run, awards));
  if (runs.length === 0) return kept.map(finish(text, lexicon));
  // The document's people, read only for a sentence that holds a one-word run.
  const evidence: PatternInput = runs.some((run) => run.first === run.last) ? { ...input, surnames: surnames() } : input;
  const typed = typer ? typer.type(text, runs) : runs.map(() => null);
  const extra: Found[] = [];
  const add = (run: UnknownName, type: EntityType, rule: string): void => {
    extra.push({ start: run.start, end: run.end, type, rule, normalized: normalizeName(text.slice(run.start, run.end), type, lexicon), gazetteer: null, score: 0.6 });
  };
  // The backend's types first, then evidence; a list typed on one side passes its type
  // along ("Rizup Rawls, Riddick Gatling, John Willey"), a few rounds at most.
  let open: UnknownName[] = [];
  runs.forEach((run, k) => {
    // A place cue outweighs a tagger that reads a person's name or a common word ("at
    // Palanan, Isabela", "at Sedan"): the evidence rules type the run.
    const cued = (typed[k] === 'PERSON' || (typed[k] === 'common' && !run.initial)) && placeFromCue(input, run, kept) !== null;
    const tag = cued ? null : (typed[k] ?? null);
    // Too short to tell a name from an abbreviation or a scanning error ("J", "Au").
    if (tag === 'common' || (tag === null && text.slice(run.start, run.end).replace(/[^\p{L}]/gu, '').length < 3)) return;
    if (tag && typer) add(run, tag, typer.name);
    else open.push(run);
  });
  for (let round = 0; round < 3 && open.length > 0; round++) {
    const guessed = [...extra];
    const still = open.filter((run) => {
      const type = typeFromEvidence(evidence, run, kept, guessed);
      if (type) add(run, type, 'evidence');
      return !type;
    });
    if (still.length === open.length) break;
    open = still;
  }
  return resolveOverlaps([...kept, ...extra]).map(finish(text, lexicon));
}

/**
 * A rule recogniser's candidates for one segment: the sentence pipeline on the segment and
 * the rest of its line, with a language's data and the project gazetteer.
 *
 * @param language Whose entity data to read; candidates are tagged `entities/<language>/<rule>`.
 * @param typer Optional backend typing of leftover runs.
 * @example recognizeSegment(segment, document, context, 'tgl')
 */
export function recognizeSegment(segment: Segment, document: Document, context: StageContext, language: LanguageCode, typer?: UnknownTyper): MentionCandidate[] {
  const line = segmentLine(segment, document);
  const found = findInSentence(segment.text, line.text, entityLexicon(context.lang(language)), gazetteer(), () => documentSurnames(document, context, language), typer);
  return toCandidates(found, segment, line.index, `entities/${language}`);
}

/** The last touches on a kept span: possessive off, name suffix, post-nominal and region on. */
function finish(text: string, lexicon: EntityLexicon): (span: Found) => Found {
  const possessive = withoutPossessive(text);
  const suffix = withNameSuffix(text, lexicon);
  const postNominal = withPostNominal(text, lexicon);
  const region = withRegion(text, lexicon);
  return (span) => region(postNominal(suffix(possessive(span))));
}

/**
 * A person's name takes a generational suffix after it, with its dot ("Benigno Aquino Jr.",
 * "Edward P. King Jr.", "Napoleon III"), or the dot of one it already ends with.
 */
function withNameSuffix(text: string, lexicon: EntityLexicon): (span: Found) => Found {
  return (span) => {
    if (span.type !== 'PERSON' || lexicon.nameSuffixes.size === 0) return span;
    const last = /(\p{Lu}\p{L}*)$/u.exec(text.slice(span.start, span.end));
    if (last && lexicon.nameSuffixes.has(last[1]!.toLowerCase())) {
      return text.charAt(span.end) === '.' && !/^\p{L}/u.test(text.slice(span.end + 1)) ? { ...span, end: span.end + 1, normalized: `${span.normalized}.` } : span;
    }
    const match = /^,?\s(\p{Lu}\p{L}{0,2})(\.?)/u.exec(text.slice(span.end, span.end + 8));
    if (!match || !lexicon.nameSuffixes.has(match[1]!.toLowerCase()) || /^\p{L}/u.test(text.slice(span.end + match[0].length))) return span;
    return { ...span, end: span.end + match[0].length, normalized: `${span.normalized} ${match[1]}${match[2]}` };
  };
}

/**
 * A place takes the region abbreviation after it ("Essex county, Va."); so does a name
 * only a tagger typed, which the abbreviation shows to be a place ("Alexandria, D. C.").
 */
function withRegion(text: string, lexicon: EntityLexicon): (span: Found) => Found {
  return (span) => {
    const place = span.type === 'GPE' || span.type === 'LOCATION';
    const guessed = span.score < 0.7 && span.gazetteer === null && span.type === 'PERSON';
    if (!place && !guessed) return span;
    const end = regionAfter(text, span.end, lexicon);
    if (end === null) return span;
    return guessed ? { ...span, end, type: 'GPE', normalized: normalizeName(text.slice(span.start, span.end), 'GPE', lexicon) } : { ...span, end };
  };
}

/** A person's name takes a post-nominal ("W. Stallings, Esq.") or a closing title ("W. COWPER, Chairman") after a comma. */
function withPostNominal(text: string, lexicon: EntityLexicon): (span: Found) => Found {
  return (span) => {
    if (span.type !== 'PERSON' || lexicon.postNominals.size === 0) return span;
    const match = /^,\s?(\p{L}+)(\.?)/u.exec(text.slice(span.end, span.end + 16));
    if (!match) return span;
    const word = match[1]!.toLowerCase();
    const rest = text.slice(span.end + match[0].length);
    // A post-nominal anywhere; a capitalised title only where the clause ends ("W. COWPER,
    // Chairman."; not "Stern, deputy. People's Commissar").
    const capital = /^\p{Lu}/u.test(match[1]!);
    const fits = lexicon.postNominals.has(word) ? !/^\p{L}/u.test(rest) : capital && lexicon.titles.has(word) && /^\s*(?:[.,;:)]|$)/u.test(rest);
    if (!fits) return span;
    // The dot is the title's own only when the title is an abbreviation ("Esq.", "Capt.").
    const title = lexicon.titles.get(word);
    const own = lexicon.postNominals.has(word) || (title?.endsWith('.') ?? false);
    return { ...span, end: span.end + match[0].length - (own ? 0 : match[2]!.length) };
  };
}

/** A name ends before its possessive ending ("Gen. Jackson's" -> "Gen. Jackson"), as NER conventions mark it. */
function withoutPossessive(text: string): (span: Found) => Found {
  return (span) => (span.end - span.start > 3 && /^['’]s$/u.test(text.slice(span.end - 2, span.end)) ? { ...span, end: span.end - 2 } : span);
}
