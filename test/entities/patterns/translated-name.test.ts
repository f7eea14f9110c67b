import { describe, expect, it } from 'vitest';
import { translatedName } from '../../../pipeline/entities/patterns/translated-name.js';
import { tokenize } from '../../../pipeline/entities/tokens.js';

describe('translatedName', () => {
  it.each<[string, string, number, number, string, string]>([
    ['should name a Tagalog battle in English', 'Sa Labanan sa Verdun noong 1916', 1, 4, 'Battle', 'Battle of Verdun'],
    ['should name a Tagalog treaty in English', 'ang Kasunduan sa Versailles na', 1, 4, 'Treaty', 'Treaty of Versailles'],
    ['should name a treaty after a non-BMP character', '😀 Kasunduan ng Biak-na-Bato', 0, 5, 'Treaty', 'Treaty of Biak-na-Bato'],
    ['should keep an English name as printed', 'the Battle on the Ice was', 1, 5, 'Battle', 'Battle on the Ice'],
    ['should keep the text when no capitalised name follows', 'ang Kasunduan sa iyo', 1, 4, 'Treaty', 'Kasunduan sa iyo'],
  ])('%s', (_name, text, head, end, normal, expected) => {
    expect(translatedName(text, tokenize(text), head, end, normal)).toBe(expected);
  });
});
