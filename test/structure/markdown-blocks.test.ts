import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../pipeline/structure/markdown-blocks.js';

describe('markdownBlocks', () => {
  it('should read headings, paragraphs and list items without their markup', () => {
    const blocks = markdownBlocks('# Title\n\nSome *text*\nwrapped.\n\n## Part\n\n1. First\n2. Second\n\n> Quoted.\n');
    expect(blocks.map(({ syntax, text, depth, marker }) => ({ syntax, text, depth, marker }))).toEqual([
      { syntax: 'heading', text: 'Title', depth: 1, marker: null },
      { syntax: 'paragraph', text: 'Some *text*\nwrapped.', depth: null, marker: null },
      { syntax: 'heading', text: 'Part', depth: 2, marker: null },
      { syntax: 'list-item', text: 'First', depth: null, marker: '1.' },
      { syntax: 'list-item', text: 'Second', depth: null, marker: '2.' },
      { syntax: 'paragraph', text: 'Quoted.', depth: null, marker: null },
    ]);
  });

  it('should convert remark offsets to code points after non-BMP characters', () => {
    const text = '# 😀 𝔸 Title\n\nAfter 😀 the emoji.\n';
    const [heading, paragraph] = markdownBlocks(text);
    expect(heading).toMatchObject({ start: 2, end: 11 });
    expect(paragraph).toMatchObject({ start: 13, end: 31, text: 'After 😀 the emoji.' });
    expect([...text].slice(paragraph?.start, paragraph?.end).join('')).toBe('After 😀 the emoji.');
  });

  it('should not read code blocks or HTML as prose', () => {
    expect(markdownBlocks('```\ncode. More code.\n```\n\n<div>x</div>\n')).toEqual([]);
  });

  it('should mark blocks that follow a blank line', () => {
    expect(markdownBlocks('- a\n- b\n\nText.').map((block) => block.gapBefore)).toEqual([true, false, true]);
  });
});
