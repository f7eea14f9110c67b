/**
 * The block tree both readers produce (remark for Markdown, the line reader for plain
 * text): a flat, ordered list of blocks with code-point spans into the document text.
 */
import type { Span } from '../model.js';

/** What the markup (or, in plain text, the layout) says a block is. */
export type BlockSyntax = 'paragraph' | 'heading' | 'list-item';

/** A block of text with code-point offsets; `text` is its exact slice. */
export interface Block extends Span {
  syntax: BlockSyntax;
  text: string;
  /** Heading depth from markup (`##` → 2); null when the text has no markup for it. */
  depth: number | null;
  /** List marker from markup (`1.`, `-`); null when none (plain text keeps it in `text`). */
  marker: string | null;
  /** Whether a blank line separates this block from the one before. */
  gapBefore: boolean;
}
