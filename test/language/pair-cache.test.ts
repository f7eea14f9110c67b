import { describe, expect, it } from 'vitest';
import { languagePack } from '../../pipeline/lang/index.js';
import { perPair, remember } from '../../pipeline/language/pair-cache.js';

describe('perPair', () => {
  it('should build the data of each ordered pair once', () => {
    const built: string[] = [];
    const data = perPair((matrix, foreign) => {
      built.push(`${matrix.code}>${foreign.code}`);
      return { pair: `${matrix.code}>${foreign.code}` };
    });
    const [eng, tgl] = [languagePack('eng'), languagePack('tgl')];
    const first = data(eng, tgl);
    expect(data(eng, tgl)).toBe(first);
    expect(data(tgl, eng).pair).toBe('tgl>eng');
    expect(data(tgl, eng)).not.toBe(first);
    expect(built).toEqual(['eng>tgl', 'tgl>eng']);
  });
});

describe('remember', () => {
  it('should keep a value and return it', () => {
    const memo = new Map<string, number>([['𝔸gubat', 0.2]]);
    expect(remember(memo, 'gubat', 0.9)).toBe(0.9);
    expect([...memo]).toEqual([['𝔸gubat', 0.2], ['gubat', 0.9]]);
  });

  it('should start again empty when full, never growing without end', () => {
    const memo = new Map<string, number>();
    for (let i = 0; i < 250_000; i++) remember(memo, `w${i}`, i);
    expect(memo.size).toBeLessThanOrEqual(100_000);
    expect(memo.get('w249999')).toBe(249_999);
    expect(memo.has('w0')).toBe(false);
  });
});
