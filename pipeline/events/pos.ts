/**
 * Which words of a sentence are nouns, for languages whose `inflection.json` names a
 * tagger: compromise tags English sentences (ours, never its own splitting), so that a verb
 * trigger used as a noun ("the attack was repeated", "the arrest of the head") counts as a
 * noun. Tagging is the slow part of the stage, so it runs only on sentences where a verb
 * trigger matched a word in its bare form ("attack", "arrest", "plan"), the one form that can
 * be a noun; "attacked" or "launched" need no tagger. Offsets come back in UTF-16 of the
 * sentence and are converted once here.
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
 * Indexes of the tokens tagged as nouns and not verbs.
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
  if (!hasBareVerbTrigger(tokens, triggers ?? findTriggers(tokens, () => '', lexicon))) return nominal;
  const index = new TextIndex(segment.text);
  const view = tag(segment.text).compute('offset');
  for (const term of view.document.flat()) {
    if (!term.tags.has('Noun') || term.tags.has('Verb') || !term.offset) continue;
    const start = segment.start + index.toCodePoint(term.offset.start);
    const at = tokenAt(tokens, start);
    if (tokens[at]?.start === start) nominal.add(at);
  }
  return nominal;
}
