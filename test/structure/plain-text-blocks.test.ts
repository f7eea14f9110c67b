import { describe, expect, it } from 'vitest';
import { plainTextBlocks } from '../../pipeline/structure/plain-text-blocks.js';

const texts = (input: string): string[] => plainTextBlocks(input).map((block) => block.text);

describe('plainTextBlocks', () => {
  it.each([
    ['lines without blank lines', 'Una. Pangalawa.\nIkatlo.\nIkaapat.', ['Una. Pangalawa.', 'Ikatlo.', 'Ikaapat.']],
    ['backticks', 'Ang iba`t ibang yunit.\nAt `iba pa`.', ['Ang iba`t ibang yunit.', 'At `iba pa`.']],
    ['a numbered line in capitals', '3. SOVIET-JAPANESE CONFLICT (1938) The text.\nNext line.', ['3. SOVIET-JAPANESE CONFLICT (1938) The text.', 'Next line.']],
    ['a title above a line', 'ORDER\nPeople of the Commissariat', ['ORDER', 'People of the Commissariat']],
    ['Markdown-looking lines', '# Title\n- item\n> quote', ['# Title', '- item', '> quote']],
    ['a reference wrapped over three lines', 'Smith J.K. Northern railways and\ntheir builders. - Moscow,\n1999. - Nauka.', ['Smith J.K. Northern railways and\ntheir builders. - Moscow,\n1999. - Nauka.']],
    [
      'hard-wrapped text',
      `${'word '.repeat(14)}and the\nSoviet side answered ${'word '.repeat(10)}in\nMay.`,
      [`${'word '.repeat(14)}and the\nSoviet side answered ${'word '.repeat(10)}in\nMay.`],
    ],
    [
      'one paragraph a line, one ending without a period',
      `${'Salita '.repeat(10)}noong 1939\nAng sumunod ${'na salita '.repeat(6)}ay dumating.\n${'Iba pa '.repeat(10)}.`,
      [`${'Salita '.repeat(10)}noong 1939`, `Ang sumunod ${'na salita '.repeat(6)}ay dumating.`, `${'Iba pa '.repeat(10)}.`],
    ],
    ['a marker after a wrapped line', 'The council found, in short,\n1. Repairs were late.', ['The council found, in short,', '1. Repairs were late.']],
  ])('should read %s', (_, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('should not join lines across a blank line', () => {
    expect(texts('The line ends in and\n\nthe next one is separate.')).toEqual(['The line ends in and', 'the next one is separate.']);
  });

  it('should trim blocks and give code-point offsets after non-BMP characters', () => {
    const blocks = plainTextBlocks('😀 𝔸\n\n   Indented line.  \nNext.');
    expect(blocks.map(({ start, end, gapBefore }) => ({ start, end, gapBefore }))).toEqual([
      { start: 0, end: 3, gapBefore: true },
      { start: 8, end: 22, gapBefore: true },
      { start: 25, end: 30, gapBefore: false },
    ]);
    expect(blocks[1]?.text).toBe('Indented line.');
  });

  it('should read nothing from blank text', () => {
    expect(plainTextBlocks('\n \n\t\n')).toEqual([]);
  });
});
