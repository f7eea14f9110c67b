/**
 * Text that names events without telling them: a title of a work ("the book Thunder at Kars",
 * "sa aklat na \"Labanan sa Niyebe\""), a sentence that cites one, an event remembered on an
 * anniversary ("the 80th anniversary of the bombing"), a web page's title bar ("The Siege of
 * Kars 1855 | Crimean Notes | Home > Caucasus"), a header section, and a news dateline
 * ("KARS, Turkey — "). Their triggers make no record (`work-titles.json`,
 * `commemoration-words.json`).
 */
import type { EventLexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Trigger } from './triggers.js';

/** Separators of a title bar or breadcrumb: language-neutral page furniture. */
const BAR_SEPARATORS = new Set(['|', '>', '»', '›']);
/** Dashes that close a news dateline. */
const DATELINE_DASHES = new Set(['—', '–', '--']);
/** Tokens a dateline may have before its dash ("KARS, Turkey"). */
const DATELINE_REACH = 6;
/** Opening quotation marks and the marks that close them. */
const QUOTES = new Map([['"', '"'], ['“', '”'], ['«', '»'], ["'", "'"], ['‘', '’']]);
/** Lower-case words at most between capitalized words of an unquoted title ("Miracle at Midway"). */
const TITLE_JOIN_LENGTH = 3;

/** Where the sentence stands: in a header section, or in a heading. */
export interface Placement {
  /** The sentence's section is a page or document header. */
  header: boolean;
}

/**
 * The triggers of a sentence that tell events: without those inside a title of a work or a
 * dateline; without the event nouns of a sentence citing a work, of a title bar or header,
 * and of an event remembered ("anniversary of").
 *
 * @param tokens the sentence's tokens.
 * @param triggers its triggers.
 * @param lexicon its lexicon's nouns of works and commemoration words.
 * @param placement where the sentence stands.
 * @returns the triggers kept, in their order.
 * @example narrativeTriggers(tokenize('The film Kars Burning was shown.'), triggers, eventLexicon('eng', context), { header: false }) // no 'burning'
 */
export function narrativeTriggers(tokens: readonly Token[], triggers: readonly Trigger[], lexicon: Pick<EventLexicon, 'workTitles' | 'commemorations'>, placement: Placement): Trigger[] {
  const remembering = lexicon.commemorations;
  const titles = workTitles(tokens, lexicon.workTitles);
  const dateline = datelineEnd(tokens);
  // A sentence about a work, a title bar or a header names events without telling them: only its verbs tell.
  const naming = titles.length > 0 || placement.header || isTitleBar(tokens);
  return triggers.filter((trigger) => {
    if (titles.some(([first, last]) => trigger.first >= first && trigger.last <= last)) return false;
    if (trigger.last < dateline || remembered(tokens, trigger.first, remembering)) return false;
    return trigger.kind !== 'noun' || !naming;
  });
}

/**
 * Token ranges [first, last] of the titles of works: a quoted span, or a run of capitalized
 * words, after a noun of a work and its links ("the book Thunder at Kars", "aklat na \"X\"").
 */
export function workTitles(tokens: readonly Token[], works: Readonly<Record<string, string>>): [number, number][] {
  const titles: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (works[(tokens[i] as Token).lower] !== 'work') continue;
    let k = i + 1;
    while (k < tokens.length && works[(tokens[k] as Token).lower] === 'link') k++;
    const open = tokens[k];
    if (open === undefined) break;
    const close = QUOTES.get(open.text);
    if (close !== undefined) {
      const end = tokens.findIndex((token, n) => n > k && token.text === close);
      if (end > k + 1) titles.push([k + 1, end - 1]);
      continue;
    }
    const last = capitalizedRun(tokens, k);
    if (last >= k) titles.push([k, last]);
  }
  return titles;
}

/** The last token of a run of capitalized words from k (short lower-case joiners inside), or k - 1. */
function capitalizedRun(tokens: readonly Token[], k: number): number {
  let last = k - 1;
  for (let n = k; n < tokens.length; n++) {
    const token = tokens[n] as Token;
    if (capitalized(token)) last = n;
    else if (token.kind !== 'word' || token.text.length > TITLE_JOIN_LENGTH || n === k || !capitalized(tokens[n + 1])) break;
  }
  return last;
}

function capitalized(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** Whether the sentence is a title bar or breadcrumb: page separators and no sentence end. */
function isTitleBar(tokens: readonly Token[]): boolean {
  const end = tokens.at(-1)?.text ?? '';
  return tokens.some((token) => BAR_SEPARATORS.has(token.text)) && !['.', '!', '?'].includes(end);
}

/** The index of a dateline's dash ("KARS, Turkey —" at the sentence start), or 0 when there is none. */
function datelineEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (first === undefined || first.kind !== 'word' || first.text.length < 2 || first.text !== first.text.toUpperCase()) return 0;
  const dash = tokens.findIndex((token, n) => n <= DATELINE_REACH && DATELINE_DASHES.has(token.text));
  return dash > 0 ? dash : 0;
}

/** Whether a commemoration word and its joiner stand right before token `at`, a determiner between allowed. */
function remembered(tokens: readonly Token[], at: number, remembering: Readonly<Record<string, string>>): boolean {
  for (let k = at - 2; k >= Math.max(0, at - 3); k--) {
    const joiner = remembering[(tokens[k] as Token).lower];
    if (joiner !== undefined && tokens[k + 1]?.lower === joiner) return true;
  }
  return false;
}
