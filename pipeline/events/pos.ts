/**
 * Which words of a sentence are nouns, for languages whose `inflection.json` names a
 * tagger: compromise tags English sentences (ours, never its own splitting), so that a verb
 * trigger used as a noun ("the attack was repeated", "the arrest of the head") counts as a
 * noun. Tagging is the slow part of the stage, so it runs only on sentences where a verb
 * trigger matched a word in its bare form ("attack", "arrest", "plan"), the one form that can
 * be a noun; "attacked" or "launched" need no tagger. Offsets come back in UTF-16 of the
 * sentence and are converted once here. A sentence longer than any ordinary one is tagged in
 * bounded windows around its verb triggers: compromise's tokenizer is quadratic in the length
 * of a run of punctuation (it shifts a word's leading marks off one at a time).
 */
import nlp from 'compromise';
import type { Segment } from '../model.js';
import { TextIndex } from '../offsets.js';
import type { EventLexicon } from './lexicon.js';
import { tokenAt } from './sentence.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { Token } from './tokens.js';

/**
 * Whether a verb trigger of the lexicon matched a word that is its own lemma: the sentences
 * the tagger runs on.
 *
 * @param tokens the sentence's tokens.
 * @param triggers its triggers found without tags (`findTriggers`).
 * @example hasBareVerbTrigger(tokens, findTriggers(tokens, slice, eng)) // true for "The attack was repeated."
 */
export function hasBareVerbTrigger(tokens: readonly Token[], triggers: readonly Trigger[]): boolean {
  return triggers.some(
    (trigger) => trigger.kind !== 'noun' && tokens[trigger.first]?.lower === trigger.phrase.split(' ')[0],
  );
}

/** The parts of compromise's internals the tagging below reads. */
interface TaggedTerm {
  tags: ReadonlySet<string>;
  /** Set by the 'offset' compute: UTF-16 start in the text. */
  offset?: { start: number };
}
interface TaggedView {
  readonly document: TaggedTerm[][];
  compute(hooks: string | readonly string[]): TaggedView;
}
interface CompromiseWorld {
  hooks: readonly string[];
  methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): TaggedTerm[][] } } };
}

const world = nlp.world() as unknown as CompromiseWorld;
/** compromise's document class: what `nlp(text)` wraps its tokens in before it runs its hooks. */
const View = nlp('').constructor as new (document: TaggedTerm[][]) => TaggedView;

/**
 * `nlp(text)` without its last hook, 'chunks', which groups the tagged words into phrases
 * and changes no tag: the tags are the same, for less work.
 */
function tag(text: string): TaggedView {
  const view = new View(world.methods.one.tokenize.fromString(text, world));
  return view.compute(world.hooks.filter((hook) => hook !== 'chunks'));
}

/**
 * Code points of the longest sentence tagged whole: the sources' longest run to about 600
 * and prose sentences seldom pass 1,000; longer ones are runs of marks or unsplit lists.
 */
const WHOLE_SENTENCE = 1000;
/**
 * Code points of context either side of the words a window decides (some 30 words): far
 * more than compromise's patterns look across, which span a few words.
 */
const WINDOW_MARGIN = 200;
/** Code points of words each window of a long sentence decides, from a verb trigger on. */
const WINDOW_SPAN = 600;

/**
 * Indexes of the tokens tagged as nouns and not verbs. In a sentence longer than
 * `WHOLE_SENTENCE`, only the words from each verb trigger to `WINDOW_SPAN` after it are
 * decided, each in a window with `WINDOW_MARGIN` of context either side.
 *
 * @param tokens the sentence's tokens.
 * @param segment the sentence.
 * @param lexicon says which tagger the language has (none: an empty set).
 * @param triggers the sentence's triggers found without tags, when the caller has them already.
 * @example nominalTokens(tokenize(seg), seg, eng) // Set { 1 } for "The attack was repeated."
 */
export function nominalTokens(
  tokens: readonly Token[],
  segment: Pick<Segment, 'text' | 'start'>,
  lexicon: EventLexicon,
  triggers?: readonly Trigger[],
): Set<number> {
  const nominal = new Set<number>();
  if (lexicon.tagger !== 'compromise') return nominal;
  const found = triggers ?? findTriggers(tokens, () => '', lexicon);
  if (!hasBareVerbTrigger(tokens, found)) return nominal;
  const index = new TextIndex(segment.text);
  const end = segment.start + index.length;
  const windows: TagWindow[] = index.length <= WHOLE_SENTENCE ? [{ from: segment.start, to: end, decided: [segment.start, end] }] : triggerWindows(tokens, found, segment.start, end);
  for (const { from, to, decided } of windows) {
    const text = index.slice(from - segment.start, to - segment.start);
    const local = new TextIndex(text);
    for (const term of tag(text).compute('offset').document.flat()) {
      if (!term.tags.has('Noun') || term.tags.has('Verb') || !term.offset) continue;
      const start = from + local.toCodePoint(term.offset.start);
      if (start < decided[0] || start >= decided[1]) continue;
      const at = tokenAt(tokens, start);
      if (tokens[at]?.start === start) nominal.add(at);
    }
  }
  return nominal;
}

/** A stretch of the sentence to tag, `[from, to)`, and the part `[start, end)` it decides. */
interface TagWindow {
  from: number;
  to: number;
  decided: readonly [number, number];
}

/**
 * Windows over a long sentence, in document code points: one from each verb trigger word not
 * yet decided, deciding `WINDOW_SPAN` from it with `WINDOW_MARGIN` either side, cut at whole
 * tokens. Decided parts never overlap, so the windows hold under twice the sentence.
 */
function triggerWindows(tokens: readonly Token[], triggers: readonly Trigger[], start: number, end: number): TagWindow[] {
  const words = triggers.filter((trigger) => trigger.kind !== 'noun').flatMap((trigger) => range(trigger.first, trigger.last));
  const windows: TagWindow[] = [];
  let decidedTo = start;
  for (const word of [...new Set(words)].sort((a, b) => a - b)) {
    const at = tokens[word]!.start;
    if (at < decidedTo) continue;
    decidedTo = Math.min(end, at + WINDOW_SPAN);
    // First token starting inside the margin; last token ending inside it (the word at least).
    const first = tokenAt(tokens, Math.max(start, at - WINDOW_MARGIN));
    const limit = Math.min(end, decidedTo + WINDOW_MARGIN);
    let last = Math.max(word, tokenAt(tokens, limit) - 1);
    while (last > word && tokens[last]!.end > limit) last--;
    windows.push({ from: tokens[first]!.start, to: tokens[last]!.end, decided: [at, decidedTo] });
  }
  return windows;
}

/** The integers `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
