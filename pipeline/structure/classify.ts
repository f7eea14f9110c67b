/**
 * What each block is, read from its wording and layout: a title line, a numbered or
 * lettered clause, a citation opening an excerpt, a bibliographic reference, the line
 * opening an official order, a name caption, or prose.
 */
import type { Attribution } from '../model.js';
import { codePointLength } from '../offsets.js';
import { parseCitation, parseReference } from './attribution.js';
import type { Block } from './block.js';
import type { StructureCues } from './cues.js';

export type BlockRole =
  | 'prose'
  | 'heading'
  | 'caption'
  | 'numbered'
  | 'lettered'
  | 'citation'
  | 'reference'
  | 'order-cue';

/** A block with its role. */
export interface ReadBlock extends Block {
  role: BlockRole;
  /** For headings: 1 for a title that opens an article, 2+ for a heading inside one. */
  level: number;
  /** For numbered and lettered clauses: the number or letter ("3", "a"). */
  label: string | null;
  /** For citations and references: what they say about the work. */
  attribution: Attribution | null;
}

/** Longest title line, in words and code points. */
const headingWords = 12;
const headingLength = 100;

const numbered = /^(\d{1,3})[.)]\s+\S/u;
const lettered = /^(\p{Ll})\)\s+\S/u;
/** "VK. Blucher", "P.I. Mazepov", "Blucher V.K.": a caption naming a person. */
const personCaption =
  /^(?:(?:\p{Lu}{1,2}\p{Ll}?\.\s?){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s(?:\p{Lu}\p{Ll}?\.\s?){1,3})$/u;

/** A short single line that does not end like a sentence or a lead-in. */
export function looksLikeHeading(text: string): boolean {
  if (text.includes('\n') || codePointLength(text) > headingLength) return false;
  if (text.split(/\s+/u).length > headingWords) return false;
  if (/[.,;:]$/u.test(text) || !/\p{L}/u.test(text)) return false;
  return /^[\p{L}\p{N}"'“‘«(]/u.test(text);
}

/** Whether a heading is in title case: its content words all start with a capital. */
export function isTitleCase(text: string, cues: StructureCues): boolean {
  const words = text.split(/\s+/u).filter((word) => /^\p{L}/u.test(word) && !cues.minorWords.has(word.toLowerCase()));
  return words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Whether a line is only an order cue, maybe with a number ("ORDER", "Order No. 0040", "I ORDER:"). */
export function isOrderCue(text: string, cues: StructureCues): boolean {
  if (text.includes('\n')) return false;
  return cues.orderLine.test(text.trim().replace(/[:.]+$/u, '').replace(/\s+/gu, ' ').toLowerCase());
}

interface Role {
  role: BlockRole;
  level: number;
  label: string | null;
  attribution: Attribution | null;
}

const role = (name: BlockRole, level = 0, label: string | null = null, attribution: Attribution | null = null): Role => ({
  role: name,
  level,
  label,
  attribution,
});

function readOne(block: Block, cues: StructureCues, last: boolean): Role {
  if (block.syntax === 'heading') return role('heading', block.depth ?? 1);
  const citation = parseCitation(block.text, cues);
  if (citation) return role('citation', 0, null, citation);
  const marker = block.marker ?? '';
  const number = numbered.exec(block.text) ?? /^(\d{1,3})[.)]$/u.exec(marker);
  if (number) return role('numbered', 0, number[1] ?? null);
  const letter = lettered.exec(block.text) ?? /^(\p{Ll})[.)]$/u.exec(marker);
  if (letter) return role('lettered', 0, letter[1] ?? null);
  if (isOrderCue(block.text, cues)) return role('order-cue');
  const reference = parseReference(block.text, cues);
  if (reference) return role('reference', 0, null, reference);
  // The last line of a text closes it; it heads nothing.
  if (block.syntax === 'paragraph' && !last && looksLikeHeading(block.text)) {
    if (personCaption.test(block.text)) return role('caption');
    return role('heading', isTitleCase(block.text, cues) ? 1 : 2);
  }
  return role('prose');
}

/** A block with a role, built field by field (object spread is slow on long block lists). */
export function withRole(block: Block, read: Role): ReadBlock {
  return {
    syntax: block.syntax,
    start: block.start,
    end: block.end,
    text: block.text,
    depth: block.depth,
    marker: block.marker,
    gapBefore: block.gapBefore,
    role: read.role,
    level: read.level,
    label: read.label,
    attribution: read.attribution,
  };
}

/**
 * Gives every block its role. A title line must be followed by another block (the last
 * line of a text closes it, it does not head anything).
 *
 * @param blocks blocks from either reader, in order
 * @param cues merged structure cues
 * @returns the blocks with roles, in the same order
 */
export function readBlocks(blocks: readonly Block[], cues: StructureCues): ReadBlock[] {
  return blocks.map((block, i) => withRole(block, readOne(block, cues, i === blocks.length - 1)));
}
