import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../pipeline/events/quantities.js';
import { codePointIndex, makeDocument, sentenceOf } from './helpers.js';

function figuresOf(text: string, language: string): { value: number | null; category: string; text: string; start: number }[] {
  return findQuantities(sentenceOf(makeDocument({ paragraphs: [text], language }))).map(({ value, category, text: span, start }) => ({ value, category, text: span, start }));
}

describe('losses told in other words', () => {
  it.each([
    ['eng', 'The fort fell with the loss of 812 lives.', 812, 'killed'],
    ['eng', 'The storm of the breach cost 4,100 lives.', 4100, 'killed'],
    ['eng', 'A shell struck the magazine, killing 31 of the gunners.', 31, 'killed'],
    ['eng', 'The mine exploded under the bow, wounding 14 of her crew.', 14, 'wounded'],
    ['eng', 'In all 410 Turkish infantrymen, gunners and cavalrymen were killed.', 410, 'killed'],
    ['eng', 'Some 90 airmen and seamen were reported missing.', 90, 'missing'],
    ['eng', 'Two frigates were sunk in the harbour.', 2, 'ships_lost'],
    ['tgl', 'Sumabog ang imbakan ng pulbura na ikinamatay ng 31 artilyero.', 31, 'killed'],
    ['tgl', 'Lumubog ang tatlong barko ng kaaway sa daungan.', 3, 'ships_lost'],
    ['tgl', 'Mga 1,200 sundalo ng kuta ang nabihag ng mga kaaway.', 1200, 'captured'],
    ['eng', 'About 300 Dutch, French and Belgian soldiers were taken prisoner.', 300, 'captured'],
    ['tgl', 'Humigit-kumulang 5,000 sundalong Olandes, Ingles at Pranses sa kuta ang nabihag ng mga Aleman.', 5000, 'captured'],
    ['tgl', 'Mga 300 sundalong Olandes at Pranses ang napatay sa ilog.', 300, 'killed'],
  ])('should read the %s loss in "%s"', (language, text, value, category) => {
    expect(figuresOf(text, language).map(({ value: v, category: c }) => ({ value: v, category: c }))).toContainEqual({ value, category });
  });

  it.each([
    ['eng', 'Two of the soldiers spoke to the press.'],
    ['eng', 'Three of her sisters lived in the town.'],
    ['eng', 'The museum holds 40 lifeboats.'],
    ['tgl', 'Tatlo sa mga sundalo ang nagsalita sa plasa.'],
    ['eng', 'About 300 Dutch, French and Belgian soldiers marched home.'],
    ['tgl', 'Mga 300 sundalong Olandes at Pranses ang umuwi, at napatay ang kanilang kabayo.'],
  ])('should find no loss in the %s text "%s"', (language, text) => {
    expect(figuresOf(text, language).filter((figure) => /killed|wounded|captured|lost|losses/.test(figure.category))).toEqual([]);
  });

  it('should count ships that are not lost as ships', () => {
    expect(figuresOf('Twelve destroyers escorted the convoy.', 'eng').map((figure) => figure.category)).toEqual(['ships']);
  });

  it('should give code-point offsets after non-BMP characters', () => {
    const text = '𝔸😀 The raid ended, killing 20 of his men.';
    const [figure] = figuresOf(text, 'eng');
    expect(figure?.category).toBe('killed');
    expect(figure?.start).toBe(codePointIndex(text, 'killing'));
    expect(figure?.text).toBe('killing 20 of his men');
  });

  it('should not join a figure to its noun across a long run of coordinated nouns and dashes', () => {
    expect(figuresOf(`${'sailors, '.repeat(2000)}and 5 ${'— '.repeat(2000)}airmen were killed.`, 'eng')).toEqual([]);
  });
});
