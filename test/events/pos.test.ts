import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { nominalTokens } from '../../pipeline/events/pos.js';
import { eventLexicon } from '../../pipeline/events/lexicon.js';
import { tokenize, type Token } from '../../pipeline/events/tokens.js';
import { findTriggers } from '../../pipeline/events/triggers.js';
import { TextIndex } from '../../pipeline/offsets.js';
import { testContext } from './helpers.js';

const context = testContext();
const eng = eventLexicon('eng', context);
const tgl = eventLexicon('tgl', context);

function nouns(text: string, start = 0, lexicon = eng): string[] {
  const tokens = tokenize({ text, start });
  return [...nominalTokens(tokens, { text, start }, lexicon)].sort((a, b) => a - b).map((k) => (tokens[k] as Token).text);
}

/** Code-point starts of the words `nlp(text)` itself tags as nouns and not verbs. */
function compromiseNounStarts(text: string): number[] {
  const index = new TextIndex(text);
  return (nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[])
    .flatMap((sentence) => sentence.terms)
    .filter((term) => term.tags.includes('Noun') && !term.tags.includes('Verb'))
    .map((term) => index.toCodePoint(term.offset.start));
}

/** The tokens `nlp(text)` itself tags as nouns and not verbs: what the faster tagging must equal. */
function compromiseNouns(text: string): string[] {
  const starts = compromiseNounStarts(text);
  return tokenize({ text, start: 0 }).filter((token) => starts.includes(token.start)).map((token) => token.text);
}

describe('nominalTokens', () => {
  it.each([
    ['The attack was repeated.', 'attack'],
    ['The arrest of the head of the department followed.', 'arrest'],
    ['The plan was approved by the council.', 'plan'],
    ['After the attack the troops withdrew to the hills near the lake.', 'attack'],
  ])('should tag the bare verb trigger in "%s" as a noun', (text, word) => {
    expect(nouns(text)).toContain(word);
  });

  it.each([
    ['They attack at dawn.', 'attack'],
    ['The Japanese plan to attack the hill.', 'attack'],
  ])('should not tag the verb in "%s" as a noun', (text, word) => {
    expect(nouns(text)).not.toContain(word);
  });

  it.each([
    ['The attack was repeated.'],
    ['They attack at dawn, and the arrest of the officers followed in May.'],
    ['Soviet troops plan an attack; the plan was approved. The Japanese attack again!'],
    ['“Attack,” he said — the order to attack came at 5 a.m. on July 29, 1938.'],
    ['The report says 865 killed in the attack at Lake Khasan, the Japanese retreat.'],
  ])('should find the same nouns as compromise run on its own in "%s"', (text) => {
    expect(nouns(text)).toEqual(compromiseNouns(text));
  });

  it.each([
    ['The attack was repeated.'],
    ['The Japanese attacked the post.'],
    ['They plan an attack; the plan was approved.'],
  ])('should tag the same with the triggers found beforehand: "%s"', (text) => {
    const tokens = tokenize({ text, start: 0 });
    const triggers = findTriggers(tokens, () => '', eng);
    expect(nominalTokens(tokens, { text, start: 0 }, eng, triggers)).toEqual(nominalTokens(tokens, { text, start: 0 }, eng));
  });

  it('should give document code-point offsets after a non-BMP character', () => {
    const text = '𝔸 The attack was repeated.';
    const tokens = tokenize({ text, start: 10 });
    const found = [...nominalTokens(tokens, { text, start: 10 }, eng)].map((k) => tokens[k] as Token);
    expect(found.map((token) => [token.text, token.start, token.end])).toContainEqual(['attack', 16, 22]);
  });

  it.each([
    ['The Japanese attacked the post.', eng],
    ['Ang pag-atake ay naulit.', tgl],
  ])('should tag nothing without a bare verb trigger or a tagger: "%s"', (text, lexicon) => {
    expect(nouns(text, 0, lexicon)).toEqual([]);
  });

  it('should decide the trigger words of a sentence past the whole-sentence length as compromise does on all of it', () => {
    const clauses = ['the attack was repeated at dawn by the troops near the lake', 'they attack at dawn and plan an attack on the hill', 'the arrest of the head of the department followed in May'];
    const text = `${Array.from({ length: 30 }, (_, i) => clauses[i % clauses.length]).join('; ')}.`;
    const tokens = tokenize({ text, start: 0 });
    const triggerWords = findTriggers(tokens, () => '', eng).filter((trigger) => trigger.kind !== 'noun').map((trigger) => trigger.first);
    const nominal = nominalTokens(tokens, { text, start: 0 }, eng);
    const whole = new Set(compromiseNounStarts(text));
    const asNouns = triggerWords.filter((k) => whole.has(tokens[k]!.start));
    expect(text.length).toBeGreaterThan(1000);
    expect(triggerWords.filter((k) => nominal.has(k))).toEqual(asNouns);
    expect(asNouns.length).toBeGreaterThan(10);
    expect(asNouns.length).toBeLessThan(triggerWords.length);
  });

  // Timing on this input lives in bench/pathological.ts; here, what it must produce.
  it('should tag the noun and not the verb around long runs of dots, dashes and spaces', () => {
    const text = `The attack ${'. '.repeat(2000)}${'-'.repeat(2000)}${' '.repeat(2000)} was repeated.`;
    const found = nouns(text);
    expect(found).toContain('attack');
    expect(found).not.toContain('repeated');
    expect(found).not.toContain('.');
  });
});
