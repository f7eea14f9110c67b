import { describe, expect, it } from 'vitest';
import { analyze } from '../../pipeline/events/morphology.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { testContext } from './helpers.js';

const context = testContext();
const tgl = eventLexicon('tgl', context);
const eng = eventLexicon('eng', context);

describe('analyze', () => {
  it.each([
    ['sumalakay', 'salakay', 'actor'],
    ['sinalakay', 'salakay', 'object'],
    ['sumasalakay', 'salakay', 'actor'],
    ['umatras', 'atras', 'actor'],
    ['binomba', 'bomba', 'object'],
    ['nilagdaan', 'lagda', 'object'],
    ['iniutos', 'utos', 'object'],
    ['pinalibutan', 'palibot', 'object'],
    ['ginawaran', 'gawad', 'object'],
    ['nagpulong', 'pulong', 'actor'],
    ['mag-urong', 'urong', 'actor'],
  ])('should find the Tagalog root of %s', (word, root, focus) => {
    expect(analyze(word, tgl)).toContainEqual(expect.objectContaining({ root, focus }));
  });

  it.each([
    ['pagpupulong', 'pulong'],
    ['pambobomba', 'bomba'],
    ['pag-atras', 'atras'],
  ])('should find the root of the Tagalog noun %s without a verbal focus', (word, root) => {
    expect(analyze(word, tgl)).toContainEqual(expect.objectContaining({ root, focus: null }));
  });

  it.each([
    ['driven', 'drive'],
    ['fought', 'fight'],
    ['began', 'begin'],
    ['hostilities', 'hostility'],
    ['captured', 'capture'],
  ])('should find the English lemma of %s', (word, lemma) => {
    expect(analyze(word, eng).map((a) => a.root)).toContain(lemma);
  });

  it.each([
    ['day', 'die'],
    ['bridge', 'bridg'],
    ['Ito', 'it'],
  ])('should not take %s for a form of %s', (word, wrong) => {
    expect(analyze(word.toLowerCase(), eng).map((a) => a.root)).not.toContain(wrong);
  });

  it('should keep the word itself first and never repeat a root', () => {
    const roots = analyze('pinalibutan', tgl).map((a) => a.root);
    expect(roots[0]).toBe('pinalibutan');
    expect(new Set(roots).size).toBe(roots.length);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should give a long reduplicated word few analyses, itself first, no root twice', () => {
    const word = `nagpa${'pa'.repeat(200)}sinalakayan`;
    const roots = analyze(word, tgl).map((a) => a.root);
    expect(roots[0]).toBe(word);
    expect(new Set(roots).size).toBe(roots.length);
    // Peeling one affix at a time gives at most a few analyses per position, not all combinations.
    expect(roots.length).toBeLessThan(word.length);
  });
});
