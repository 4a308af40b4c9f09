import { describe, expect, it } from 'vitest';
import { definedTerms } from '../../../lib/analysis/defined-terms';

const found = [
  { id: 'hedis', term: 'HEDIS', category: 'regulation', count: 3 },
  { id: 'ncqa', term: 'NCQA', category: 'regulation', count: 1 },
] as const;

describe('the terms the analysis found, with their definitions', () => {
  it('looks each definition up by the term id, keeping the analysis order and counts', () => {
    const definitions: Record<string, string> = {
      hedis: 'A set of quality measures.',
      ncqa: 'An accreditor.',
    };
    expect(definedTerms([...found], (id) => definitions[id])).toEqual([
      {
        id: 'hedis',
        term: 'HEDIS',
        category: 'regulation',
        count: 3,
        definition: 'A set of quality measures.',
      },
      { id: 'ncqa', term: 'NCQA', category: 'regulation', count: 1, definition: 'An accreditor.' },
    ]);
  });

  it('gives a term without a definition an empty one', () => {
    expect(definedTerms([...found], (id) => (id === 'ncqa' ? 'An accreditor.' : undefined))).toEqual([
      { ...found[0], definition: '' },
      { ...found[1], definition: 'An accreditor.' },
    ]);
  });
});
