import { describe, expect, it } from 'vitest';
import { UND_BELOW, combineEvidence, decide, textEvidence } from '../../pipeline/language/evidence.js';
import { languagePack } from '../../pipeline/lang/index.js';

const LANGUAGES = ['eng', 'tgl'];
const evidence = (text: string) => textEvidence(text, LANGUAGES, languagePack);

describe('textEvidence', () => {
  it.each([
    ['English function words', 'the of and with from', 0],
    ['Tagalog function words', 'ang ng mga sa ay', 1],
  ])('should favour the language of %s', (_name, text, favoured) => {
    const { logits } = evidence(text);
    expect(logits[favoured]).toBeGreaterThan(logits[1 - favoured]!);
  });

  it('should count function words shared by both languages for neither', () => {
    const { logits } = evidence('at may');
    const functionOnly = evidence('the at may');
    expect(functionOnly.logits[0]! - functionOnly.logits[1]!).toBeGreaterThan(logits[0]! - logits[1]!);
  });

  it('should count letters, not digits or punctuation', () => {
    expect(evidence('1938 — 𝔸b.').letters).toBe(2);
  });
});

describe('combineEvidence', () => {
  it('should add the parts', () => {
    const a = evidence('Ang mga tropa ay umatras.');
    const b = evidence('Sinakop nila ang lungsod.');
    const both = combineEvidence(LANGUAGES, [a, b]);
    expect(both.letters).toBe(a.letters + b.letters);
    both.logits.forEach((logit, i) => expect(logit).toBeCloseTo(a.logits[i]! + b.logits[i]!, 10));
  });

  it('should give no evidence for no parts', () => {
    expect(combineEvidence(LANGUAGES, [])).toEqual({ languages: LANGUAGES, logits: [0, 0], letters: 0 });
  });
});

describe('decide', () => {
  it('should say und with confidence 0 when there are no letters', () => {
    expect(decide(evidence('1938.'))).toMatchObject({ language: 'und', confidence: 0 });
  });

  it('should say und when the best candidate is below the bar, and follow a confident context', () => {
    const alone = decide(evidence('Smushkevich'));
    expect(alone.language).toBe('und');
    expect(alone.confidence).toBeLessThan(UND_BELOW);
    expect(decide(evidence('Smushkevich'), [0.01, 0.99]).language).toBe('tgl');
    expect(decide(evidence('Smushkevich'), [0.99, 0.01]).language).toBe('eng');
  });

  it('should let strong evidence of its own beat the context', () => {
    const guess = decide(evidence('The troops were driven back from the hill after a heated battle.'), [0.01, 0.99]);
    expect(guess.language).toBe('eng');
  });

  it('should give a distribution that sums to 1', () => {
    const { distribution } = decide(evidence('Ang mga tropa ay umatras.'));
    expect(distribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
