import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../pipeline/language/detect.js';

const CANDIDATES = ['eng', 'tgl'];

describe('detectLanguage', () => {
  it.each([
    ['The troops were driven back after a heated battle on the hill.', 'eng'],
    ['I love bananas.', 'eng'],
    ['Hindi papasok sa loob si Tom.', 'tgl'],
    ['Sinakop ng mga tropa ang bahagi ng hangganan noong taglagas.', 'tgl'],
    ['Ang pananaw ay nailahad sa The Official History of the Great East Asia War.', 'tgl'],
  ])('should identify %j as %s', (text, language) => {
    const result = detectLanguage(text, CANDIDATES);
    expect(result.language).toBe(language);
    expect(result.confidence).toBeGreaterThanOrEqual(0.6);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['', 0],
    ['1938 — 162', 0],
  ])('should say und with confidence %s for %j', (text, confidence) => {
    expect(detectLanguage(text, CANDIDATES)).toEqual({ language: 'und', confidence });
  });

  it('should say und for a lone unknown name', () => {
    const result = detectLanguage('Mazepov', CANDIDATES);
    expect(result.language).toBe('und');
    expect(result.confidence).toBeGreaterThan(0);
  });

  it('should be less confident on a short text than on a long one', () => {
    const short = detectLanguage('Good night!', CANDIDATES).confidence;
    const long = detectLanguage('Good night, and thank you all for coming to the meeting of the council.', CANDIDATES).confidence;
    expect(short).toBeLessThan(long);
  });

  it('should choose only among the candidates given', () => {
    expect(detectLanguage('Sinakop ng mga tropa ang bahagi ng hangganan.', ['eng']).language).not.toBe('tgl');
  });

  it('should throw for a language the detector does not know', () => {
    expect(() => detectLanguage('text', ['eng', 'xyz'])).toThrow();
  });
});
