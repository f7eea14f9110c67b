import { describe, expect, it } from 'vitest';
import { documentSurnames } from '../../pipeline/entities/document-people.js';
import { documentOf, testContext } from './helpers.js';

const context = testContext();

describe('documentSurnames', () => {
  it.each<[string, string, string[], string[]]>([
    ['should take the surname of a titled full name', 'eng', ['General Emilio Aguinaldo proclaimed it.'], ['aguinaldo']],
    ['should take the surname of a name with initials and a suffix', 'eng', ['Major General Edward P. King Jr. surrendered.'], ['king']],
    ['should take the surname of a given-name run', 'eng', ['Apolinario Mabini became adviser.'], ['mabini']],
    ['should take the surname after a Tagalog marker', 'tgl', ['Nahalal si Emilio Aguinaldo bilang pangulo.'], ['aguinaldo']],
    ['should take the surname after a non-BMP character', 'eng', ['😀 General Emilio Aguinaldo proclaimed it.'], ['aguinaldo']],
    ['should take nothing from a bare surname', 'eng', ['Later Aguinaldo left.'], []],
    ['should take nothing from a title alone before a surname', 'eng', ['General Aguinaldo left.'], []],
    ['should take nothing from a place or a body', 'tgl', ['Nagpulong sila sa Tejeros at sa Pangkalahatang Kawani.'], []],
  ])('%s (%s)', (_name, language, sentences, surnames) => {
    expect([...documentSurnames(documentOf(sentences, language), context, language)].sort()).toEqual(surnames);
  });

  it('should read a document once per language', () => {
    const document = documentOf(['General Emilio Aguinaldo proclaimed it.'], 'eng');
    expect(documentSurnames(document, context, 'eng')).toBe(documentSurnames(document, context, 'eng'));
  });

  it('should find nothing in long runs of dots, dashes and capitals', () => {
    const document = documentOf([`${'.'.repeat(5000)} ${'-'.repeat(5000)} ${'General '.repeat(2000)}x`], 'eng');
    expect([...documentSurnames(document, context, 'eng')]).toEqual([]);
  });
});
