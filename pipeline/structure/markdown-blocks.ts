/**
 * The block reader for Markdown: `unified` + `remark-parse` give the mdast tree, whose
 * headings, paragraphs and list items become blocks. mdast offsets are UTF-16; they are
 * converted to code points here, once. Spans cover a block's content, not its markup
 * (`## ` or a list marker), so sentences do not start with syntax.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import { TextIndex } from '../offsets.js';
import type { Block, BlockSyntax } from './block.js';

const parser = unified().use(remarkParse);

/** UTF-16 start and end of a node, or null for generated nodes without a position. */
function unitsOf(node: Nodes): [number, number] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : [start, end];
}

/** UTF-16 range of a node's children (its content without markup), or the node's own. */
function contentUnits(node: Nodes): [number, number] | null {
  if ('children' in node && node.children.length > 0) {
    const first = unitsOf(node.children[0] as Nodes);
    const last = unitsOf(node.children[node.children.length - 1] as Nodes);
    if (first && last) return [first[0], last[1]];
  }
  return unitsOf(node);
}

/**
 * Reads the blocks of a Markdown document.
 *
 * @param text the document text (NFC, `\n` line endings)
 * @returns heading, paragraph and list-item blocks in document order, in code points
 * @example markdownBlocks('# Title\n\nText.')[0] // { syntax: 'heading', depth: 1, text: 'Title', … }
 */
export function markdownBlocks(text: string): Block[] {
  const index = new TextIndex(text);
  const tree = parser.parse(text) as Root;
  const blocks: Block[] = [];
  let previousEnd = 0;

  const push = (syntax: BlockSyntax, units: [number, number], depth: number | null, marker: string | null): void => {
    const between = text.slice(previousEnd, units[0]);
    const start = index.toCodePoint(units[0]);
    const end = index.toCodePoint(units[1]);
    blocks.push({
      syntax,
      start,
      end,
      text: index.slice(start, end),
      depth,
      marker,
      gapBefore: blocks.length === 0 || /\n[ \t>]*\n/.test(between),
    });
    previousEnd = units[1];
  };

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        const units = contentUnits(node);
        if (units) push('heading', units, node.depth, null);
        return;
      }
      case 'paragraph': {
        const units = unitsOf(node);
        if (units) push('paragraph', units, null, null);
        return;
      }
      case 'listItem': {
        const [first, ...rest] = node.children;
        const own = unitsOf(node);
        const content = first ? unitsOf(first) : null;
        if (first?.type === 'paragraph' && own && content) {
          push('list-item', content, null, text.slice(own[0], content[0]).trim() || null);
        } else if (first) visit(first);
        for (const child of rest) visit(child);
        return;
      }
      case 'root':
      case 'blockquote':
      case 'list':
        for (const child of node.children) visit(child);
        return;
      default:
        return; // code, html, thematic breaks, definitions: not prose
    }
  };
  visit(tree);
  return blocks;
}
