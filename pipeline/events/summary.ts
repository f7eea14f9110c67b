/**
 * Rule 9 — summary: one English line from the event's type and arguments, also for
 * Tagalog evidence, so a reader of English can scan the whole corpus:
 * "Attack by Japan on Soviet Union at Lake Khasan, 1938-07-29 (2 figures: 759 killed, …)."
 * The wording of each type is data (`lang/eng/event-summaries.json`).
 */
import type { EventDate, EventMention, EventType, Participant, Quantity } from '../model.js';
import type { StageContext } from '../stage.js';
import { stringTable } from '../lang/index.js';

/** Figures named in a summary at most. */
const MAX_FIGURES = 3;

/** The parts of an event a summary is made of. */
export interface SummaryParts {
  type: EventType;
  participants: readonly Pick<Participant, 'name' | 'role'>[];
  location: Pick<NonNullable<EventMention['location']>, 'name'> | null;
  date: Pick<EventDate, 'value' | 'text'> | null;
  quantities: readonly Pick<Quantity, 'value' | 'category' | 'qualifier' | 'side'>[];
}

/**
 * A one-line English summary.
 *
 * @param parts type, participants, location, date and figures.
 * @param context gives the English wording table.
 * @example summarize({ type: 'capture', participants: [{ name: 'Japan', role: 'agent' }], location: { name: 'Zaozernaya' }, date: { value: '1938-07-31', text: 'July 31' }, quantities: [] }, context)
 * // 'Capture by Japan at Zaozernaya, 1938-07-31.'
 */
export function summarize(parts: SummaryParts, context: StageContext): string {
  const wording = context.lang('eng').read('event-summaries', stringTable, {});
  const [noun, preposition] = (wording[parts.type] ?? 'Event|involving').split('|');
  const names = (role: Participant['role']): string => join(unique(parts.participants.filter((p) => p.role === role).map((p) => p.name)));
  const agents = names('agent');
  // A report of losses without named participants is about the sides its figures count.
  const sides = join(unique(parts.quantities.map((q) => q.side).filter((side): side is string => side !== null)));
  const patients = names('patient') || names('participant') || (agents ? '' : sides);
  let line = noun ?? 'Event';
  if (agents) line += ` by ${agents}`;
  if (patients) line += ` ${preposition ?? 'involving'} ${patients}`;
  if (parts.location) line += ` at ${parts.location.name}`;
  if (parts.date?.value) line += `, ${parts.date.value}`;
  const figures = parts.quantities.slice(0, MAX_FIGURES).map(figure);
  if (figures.length > 0) {
    const more = parts.quantities.length > MAX_FIGURES ? ', …' : '';
    line += ` (${figures.join(', ')}${more})`;
  }
  return `${line}.`;
}

function figure(quantity: Pick<Quantity, 'value' | 'category' | 'qualifier' | 'side'>): string {
  const bound = quantity.qualifier ? `${quantity.qualifier.replace(/_/g, ' ')} ` : '';
  return `${bound}${quantity.value ?? '?'} ${quantity.category.replace(/_/g, ' ')}`;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function join(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
