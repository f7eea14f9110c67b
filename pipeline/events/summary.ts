/**
 * Rule 9 — summary: one English line from the event's type and arguments, also for
 * Tagalog evidence, so a reader of English can scan the whole corpus:
 * "Japan attacked Soviet Union at Lake Khasan (1938-07-29)." or
 * "Soviet Union losses: 759 killed, 2,752 wounded (Lake Khasan, 1938)."
 * The wording of each type is data (`lang/eng/event-summaries.json`: one template for each
 * combination of agent and patient); with both, the event word's own English verb comes
 * first (`trigger-verbs.json`: "sinakop" → "occupied"). Where the event has neither, the line says what the
 * event word says in English: the English word itself, or its gloss from the evidence
 * language's `trigger-glosses.json` ("pinalibutan" → "Encirclement at Khalkhin Gol").
 */
import type { EventDate, EventMention, EventType, LanguageCode, Participant, Quantity } from '../model.js';
import type { StageContext } from '../stage.js';
import { stringTable } from '../lang/index.js';

/** Figures named in a summary at most. */
const MAX_FIGURES = 3;
/** Names of one role in a summary at most; more become "and others". */
const MAX_NAMES = 4;
/** Words of an English event noun that still make a short head ("armistice negotiations"). */
const MAX_HEAD_WORDS = 3;

/** The event word as the evidence has it. */
export interface SummaryTrigger {
  /** The words in the evidence. */
  text: string;
  /** The lexicon phrase that matched ("salakay", "labanan + tuloy"). */
  phrase: string;
  /** Whether the word is a noun (a verb makes no head without its arguments). */
  nominal: boolean;
  language: LanguageCode;
}

/** The parts of an event a summary is made of. */
export interface SummaryParts {
  type: EventType;
  participants: readonly Pick<Participant, 'name' | 'role'>[];
  /** The place, with its entity type where known: a state is "in", a site "at". */
  location: (Pick<NonNullable<EventMention['location']>, 'name'> & { type?: string | null }) | null;
  date: Pick<EventDate, 'value' | 'text'> | null;
  /** Figures; a vague one (no value) is told by the magnitude its text states ("hundreds"). */
  quantities: readonly SummaryQuantity[];
  trigger?: SummaryTrigger | null;
}

/**
 * The event word of a mention, for its summary.
 *
 * @param mention an event mention (its trigger, rule and evidence language).
 * @returns the trigger's text, lexicon phrase, part of speech and language.
 * @example triggerOf(mention) // { text: 'pinalibutan', phrase: 'palibot', nominal: false, language: 'tgl' }
 */
export function triggerOf(mention: Pick<EventMention, 'trigger' | 'rule' | 'evidence'>): SummaryTrigger {
  // The rule is `events/<lang>/<kind>:<phrase>` (see index.ts).
  const [, kind = '', phrase = ''] = /^[^:]*\/([a-z]+):(.*)$/.exec(mention.rule) ?? [];
  return { text: mention.trigger.text, phrase, nominal: kind === 'noun', language: mention.evidence.language };
}

/**
 * A one-line English summary.
 *
 * @param parts type, participants, location, date, figures and the event word.
 * @param context gives the English wording table and the evidence language's glosses.
 * @returns one sentence ending in a full stop.
 * @example summarize({ type: 'capture', participants: [{ name: 'Japan', role: 'agent' }], location: { name: 'Zaozernaya' }, date: { value: '1938-07-31', text: 'July 31' }, quantities: [] }, context)
 * // 'Japan made a capture at Zaozernaya (1938-07-31).'
 */
export function summarize(parts: SummaryParts, context: StageContext): string {
  const wording = context.lang('eng').read('event-summaries', stringTable, {});
  const word = (key: string, fallback: string): string => wording[`word:${key}`] ?? fallback;
  const and = word('and', 'and');
  const names = (role: Participant['role']): string => {
    const all = unique(parts.participants.filter((p) => p.role === role).map((p) => p.name));
    return join(all.length > MAX_NAMES ? [...all.slice(0, MAX_NAMES), word('others', 'others')] : all, and);
  };
  const agent = names('agent');
  const named = names('patient');
  const patient = named === agent ? '' : named;
  const others = names('participant');
  const templates = (wording[parts.type] ?? wording['other'] ?? '').split('|');
  const told = ranges(parts.quantities);
  const magnitudes = vagueAmounts(parts.trigger?.language ?? 'eng', context);
  const figures = told.slice(0, MAX_FIGURES).map((quantity) => figure(quantity, magnitudes));
  if (told.length > MAX_FIGURES) figures.push('…');
  const date = parts.date?.value ? formatDate(parts.date.value, wording, word('to', 'to'), and) : null;
  const place = parts.location?.name ?? null;

  // Whose losses: the participants, else the sides the figures count.
  // A figure about two sides at once names them joined by '+' ("Philippines+United States").
  const sides = join(unique(parts.quantities.flatMap((q) => (q.side === null ? [] : q.side.split('+')))), and);
  const who = patient || agent || others || sides;
  if (parts.type === 'casualty_report' && (who || figures.length > 0)) {
    const head = who ? fill(templates[1] ?? '', who, who) : (templates[3] ?? parts.type);
    const where = [place, date ?? word('undated', 'undated')].filter((part): part is string => part !== null).join(', ');
    return `${capitalize(head)}${figures.length > 0 ? `: ${figures.join(', ')}` : ''} (${where}).`;
  }

  // Some types name their place as their object ("Japan captured Zaozernaya Hill").
  const placed = place && !patient ? wording[`${parts.type}+place`]?.split('|') : undefined;
  let head: string;
  let placeSaid = false;
  if (placed && agent && placed[0]) [head, placeSaid] = [fill(placed[0], agent, '', place ?? ''), true];
  else if (placed && !agent && !others && placed[1]) [head, placeSaid] = [fill(placed[1], '', '', place ?? ''), true];
  else if (agent && patient) head = fill(verbTemplate(parts.trigger ?? null, context) ?? templates[0] ?? '', agent, patient);
  else if (patient) head = fill(undergoneTemplate(parts.trigger ?? null, context) ?? templates[1] ?? '', agent, patient);
  else if (agent) head = fill(intransitiveTemplate(parts.trigger ?? null, context) ?? templates[2] ?? '', agent, patient);
  else {
    head = gloss(parts.trigger ?? null, context) ?? templates[3] ?? parts.type;
    if (others) head += ` ${word('involving', 'involving')} ${others}`;
  }
  let line = capitalize(head);
  if (place && !placeSaid) line += ` ${word(`at:${parts.location?.type ?? ''}`, word('at', 'at'))} ${place}`;
  if (figures.length > 0) line += `: ${figures.join(', ')}`;
  line += ` (${date ?? word('undated', 'undated')})`;
  return `${line}.`;
}

/**
 * What the event word says in English: the gloss of its phrase in the evidence language's
 * `trigger-glosses.json`, else — in a language without glosses, English — a short noun
 * as written ("battles"). A verb without its arguments makes no head.
 */
function gloss(trigger: SummaryTrigger | null, context: StageContext): string | null {
  if (!trigger) return null;
  const glosses = context.lang(trigger.language).read('trigger-glosses', stringTable, {});
  if (Object.keys(glosses).length > 0) {
    const words = trigger.phrase.split(' + ').map((part) => glosses[part]);
    return words.every((w): w is string => w !== undefined) ? words.join(' ') : null;
  }
  const text = trigger.text.toLowerCase();
  return trigger.nominal && text.split(/\s+/).length <= MAX_HEAD_WORDS ? text : null;
}

/**
 * "{agent} <verb> {patient}" from the event word's English verb phrase in the evidence
 * language's `trigger-verbs.json` ("palibot" → "encircled"), for a word with an entry.
 */
function verbTemplate(trigger: SummaryTrigger | null, context: StageContext): string | null {
  if (!trigger || trigger.nominal) return null;
  const verb = context.lang(trigger.language).read('trigger-verbs', stringTable, {})[trigger.phrase];
  return verb ? `{agent} ${verb} {patient}` : null;
}

/**
 * "{agent} <verb>" from the event word's English verb in the evidence language's
 * `trigger-intransitives.json` ("urong" → "withdrew"), for a word with an entry whose
 * subject is its agent (not one of `trigger-undergoers.json`).
 */
function intransitiveTemplate(trigger: SummaryTrigger | null, context: StageContext): string | null {
  if (!trigger || trigger.nominal || undergone(trigger, context)) return null;
  const verb = context.lang(trigger.language).read('trigger-intransitives', stringTable, {})[trigger.phrase];
  return verb ? `{agent} ${verb}` : null;
}

/**
 * "{patient} <verb>" for an event word whose subject undergoes it (`trigger-undergoers.json`:
 * "Seoul fell", "the garrison surrendered"), from its English verb in `trigger-intransitives.json`.
 */
function undergoneTemplate(trigger: SummaryTrigger | null, context: StageContext): string | null {
  if (!trigger || trigger.nominal || !undergone(trigger, context)) return null;
  const verb = context.lang(trigger.language).read('trigger-intransitives', stringTable, {})[trigger.phrase];
  return verb ? `{patient} ${verb}` : null;
}

/** Whether the event word's subject undergoes it: its agent alone is the one it yields to, never its subject. */
function undergone(trigger: SummaryTrigger, context: StageContext): boolean {
  return context.lang(trigger.language).read('trigger-undergoers', stringTable, {})[trigger.phrase] !== undefined;
}

function fill(template: string, agent: string, patient: string, place = ''): string {
  return template.replace('{agent}', agent).replace('{patient}', patient).replace('{place}', place).trim();
}

/** A figure as a summary tells it. */
export type SummaryQuantity = Pick<Quantity, 'value' | 'category' | 'qualifier' | 'side'> & Partial<Pick<Quantity, 'text'>>;

type Told = SummaryQuantity & { upper?: number | null };

/** The two ends of a range (at_least then at_most, same category and side) told as one figure. */
function ranges(quantities: readonly SummaryQuantity[]): Told[] {
  const told: Told[] = [];
  for (const quantity of quantities) {
    const previous = told.at(-1);
    if (previous && previous.qualifier === 'at_least' && quantity.qualifier === 'at_most' && previous.category === quantity.category && previous.side === quantity.side && previous.upper === undefined) {
      told[told.length - 1] = { ...previous, qualifier: null, upper: quantity.value };
    } else told.push(quantity);
  }
  return told;
}

/** Each language's sorted vague amounts, keyed by the table the pack read once. */
const sortedAmounts = new WeakMap<Readonly<Record<string, string>>, readonly [string, string][]>();

/** The evidence language's vague amounts with the English magnitude each states, longest first. */
function vagueAmounts(language: LanguageCode, context: StageContext): readonly [string, string][] {
  const table = context.lang(language).read('vague-amounts', stringTable, {});
  let sorted = sortedAmounts.get(table);
  if (!sorted) sortedAmounts.set(table, (sorted = Object.entries(table).sort(([a], [b]) => b.length - a.length)));
  return sorted;
}

function figure(quantity: Told, magnitudes: readonly [string, string][]): string {
  const bound = quantity.qualifier ? `${quantity.qualifier.replace(/_/g, ' ')} ` : '';
  const text = quantity.text?.toLowerCase() ?? '';
  const vague = magnitudes.find(([phrase]) => text.includes(phrase))?.[1];
  const value = quantity.value === null ? (vague ?? '?') : group(quantity.value);
  const upper = quantity.upper === undefined ? '' : `–${quantity.upper === null ? '?' : group(quantity.upper)}`;
  return `${bound}${value}${upper} ${quantity.category.replace(/_/g, ' ')}`;
}

/** 2752 → "2,752"; decimals kept ("6.5"). */
function group(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * An EDTF or ISO value as a reader writes it: a time after a space, a season by name, an
 * interval with "to", a set as a list.
 *
 * @example formatDate('1931-23', wording, 'to', 'and') // 'autumn 1931'
 */
function formatDate(value: string, wording: Readonly<Record<string, string>>, to: string, and: string): string {
  const one = (part: string): string => {
    const season = /^(\d{4})-(2[1-4])$/.exec(part);
    const name = season ? wording[`season-${season[2]}`] : undefined;
    if (season && name) return `${name} ${season[1]}`;
    return part.replace('T', ' ');
  };
  const set = /^[{[](.*)[}\]]$/.exec(value);
  if (set) return join((set[1] ?? '').split(',').map(one), and);
  const interval = value.split('/');
  if (interval.length === 2) return `${one(interval[0] ?? '')} ${to} ${one(interval[1] ?? '')}`;
  return one(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function join(names: readonly string[], and: string): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
