import { describe, expect, it } from 'vitest';
import { resolveOverlaps, type Spanned } from '../../pipeline/entities/merge.js';

type Span = Spanned & { name: string };

const span = (name: string, start: number, end: number, type: Spanned['type'], score: number, gazetteer: string | null = null): Span => ({ name, start, end, type, score, gazetteer });

describe('resolveOverlaps', () => {
  it.each<[string, Span[], { name: string; gazetteer: string | null }[]]>([
    ['should lend a person hit inside a titled name its key', [span('Marshal Blucher', 0, 15, 'PERSON', 0.85), span('Blucher', 8, 15, 'PERSON', 0.95, 'vasily-blyukher')], [{ name: 'Marshal Blucher', gazetteer: 'vasily-blyukher' }]],
    ['should lend no key from a state inside a longer place ("Manila" in "Manila Bay")', [span('Manila Bay', 0, 10, 'LOCATION', 0.85), span('Manila', 0, 6, 'GPE', 0.95, 'manila')], [{ name: 'Manila Bay', gazetteer: null }]],
    ['should drop a shorter label of the same entry inside a body', [span('Imperial Japanese Navy', 0, 22, 'ORG', 0.95, 'ijn'), span('Japanese Navy', 9, 22, 'ORG', 0.95, 'ijn')], [{ name: 'Imperial Japanese Navy', gazetteer: 'ijn' }]],
    ['should keep another entry nested inside a body', [span('Institute of the Far East', 0, 25, 'ORG', 0.8), span('Far East', 17, 25, 'LOCATION', 0.95, 'far-east')], [{ name: 'Institute of the Far East', gazetteer: null }, { name: 'Far East', gazetteer: 'far-east' }]],
  ])('%s', (_name, candidates, expected) => {
    expect(resolveOverlaps(candidates).map(({ name, gazetteer }) => ({ name, gazetteer: gazetteer ?? null }))).toEqual(expected);
  });
});
