/**
 * The forms a word can be matched by: itself, and its lemmas or roots. English lemmas come
 * from compromise's inflection data (attacked → attack, driven → drive, hostilities →
 * hostility), else from the regular endings of `lemma-endings.json` (repulsed → repulse);
 * Tagalog roots from stripping the affixes of `affixes.json` (sumalakay →
 * salakay, pinalibutan → palibot, pagpupulong → pulong), with the focus the affixes give.
 * Which analysis a language gets is data (`inflection.json`), not a branch on its code.
 */
import nlp from 'compromise';
import type { Affix, EventLexicon, Focus } from './lexicon.js';

/** A root of a word and how it was reached. */
export interface Analysis {
  root: string;
  /** Affixes stripped to reach the root, outermost first; empty for the bare word. */
  affixes: string[];
  /** Focus of the outermost focus-bearing affix, or null. */
  focus: Focus | null;
}

interface Inflector {
  verb: {
    toInfinitive(word: string, model: unknown, tense?: string): string;
    conjugate(word: string, model: unknown): Record<string, string>;
  };
  noun: {
    toSingular(word: string, model: unknown): string;
    toPlural(word: string, model: unknown): string;
  };
}

const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: Inflector } } };
const transform = world.methods.two.transform;

const cache = new WeakMap<EventLexicon, Map<string, Analysis[]>>();

/**
 * Every analysis of a lower-case word in a language: the word itself first, then lemmas or
 * roots, without repeats.
 *
 * @example analyze('sinalakay', tgl) // [{ root: 'sinalakay', … }, { root: 'salakay', affixes: ['-in-'], focus: 'object' }, …]
 */
export function analyze(word: string, lexicon: EventLexicon): Analysis[] {
  let memo = cache.get(lexicon);
  if (!memo) cache.set(lexicon, (memo = new Map()));
  const known = memo.get(word);
  if (known) return known;
  const found: Analysis[] = [{ root: word, affixes: [], focus: null }];
  if (lexicon.lemmas === 'compromise') found.push(...englishLemmas(word));
  else if (lexicon.lemmas === 'affixes') found.push(...stripAffixes(word, lexicon.affixes, [], 0));
  // Regular endings only where the inflection data knows no lemma.
  if (found.length === 1) found.push(...regularLemmas(word, lexicon));
  const unique = dedupe(found);
  memo.set(word, unique);
  return unique;
}

/** Lemmas whose own inflections give the word back: "day" is no form of "die". */
function englishLemmas(word: string): Analysis[] {
  if (!/^[a-z][a-z'-]*$/.test(word)) return [];
  const verbs = [
    transform.verb.toInfinitive(word, world.model, 'PastTense'),
    transform.verb.toInfinitive(word, world.model, 'Participle'),
    transform.verb.toInfinitive(word, world.model),
  ].filter((lemma) => lemma && lemma !== word && Object.values(transform.verb.conjugate(lemma, world.model)).includes(word));
  const noun = transform.noun.toSingular(word, world.model);
  const nouns = noun && noun !== word && transform.noun.toPlural(noun, world.model) === word ? [noun] : [];
  return [...verbs, ...nouns].map((root) => ({ root, affixes: ['inflection'], focus: null }));
}

/** Minimal length of a stem left by a regular ending. */
const MIN_STEM = 3;

/** Lemmas from the longest regular ending of `lemma-endings.json` ("repulsed" → "repuls", "repulse"). */
function regularLemmas(word: string, lexicon: EventLexicon): Analysis[] {
  const match = lexicon.lemmaEndings.find(([ending]) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM);
  if (!match) return [];
  const [ending, replacements] = match;
  const stem = word.slice(0, -ending.length);
  return replacements.map((replacement) => ({ root: `${stem}${replacement}`, affixes: ['inflection'], focus: null }));
}

const VOWEL = /^[aeiou]/;
const MIN_ROOT = 3;
const MAX_DEPTH = 4;

/** Peels affixes off recursively (bounded depth), collecting every candidate root. */
function stripAffixes(word: string, affixes: readonly Affix[], peeled: Affix[], depth: number): Analysis[] {
  if (depth >= MAX_DEPTH) return [];
  const out: Analysis[] = [];
  const add = (root: string, affix: Affix): void => {
    if (root.length < MIN_ROOT) return;
    const chain = [...peeled, affix];
    out.push({ root, affixes: chain.map(label), focus: chain.find((a) => a.focus !== 'none')?.focus ?? null });
    out.push(...stripAffixes(root, affixes, chain, depth + 1));
  };
  const hyphen = word.indexOf('-');
  for (const affix of affixes) {
    if (affix.slot === 'prefix') {
      // "pag-atake", "mag-urong": the hyphen only separates the prefix from a vowel.
      if (hyphen === affix.form.length && word.startsWith(affix.form)) add(word.slice(hyphen + 1), affix);
      else if (hyphen < 0 && word.startsWith(affix.form)) add(word.slice(affix.form.length), affix);
    } else if (affix.slot === 'infix') {
      if (word.startsWith(affix.form) && VOWEL.test(word.slice(affix.form.length))) add(word.slice(affix.form.length), affix);
      else if (!VOWEL.test(word) && word.slice(1).startsWith(affix.form)) add(word[0] + word.slice(1 + affix.form.length), affix);
    } else if (affix.slot === 'suffix') {
      if (word.endsWith(affix.form)) {
        const stem = word.slice(0, -affix.form.length);
        add(stem, affix);
        // Stress shift before a suffix: palibot → palibutan, gawad → gawaran.
        const lowered = stem.replace(/u([^aeiou]*)$/, 'o$1');
        if (lowered !== stem) add(lowered, affix);
        if (stem.endsWith('r')) add(`${stem.slice(0, -1)}d`, affix);
      }
    } else {
      const syllable = /^([^aeiou]?[aeiou])/.exec(word)?.[1];
      if (syllable && word.slice(syllable.length).startsWith(syllable)) add(word.slice(syllable.length), affix);
    }
  }
  return out;
}

function label(affix: Affix): string {
  if (affix.slot === 'prefix') return `${affix.form}-`;
  if (affix.slot === 'infix') return `-${affix.form}-`;
  if (affix.slot === 'suffix') return `-${affix.form}`;
  return 'CV-';
}

function dedupe(analyses: Analysis[]): Analysis[] {
  const seen = new Set<string>();
  return analyses.filter((analysis) => {
    if (seen.has(analysis.root)) return false;
    seen.add(analysis.root);
    return true;
  });
}
