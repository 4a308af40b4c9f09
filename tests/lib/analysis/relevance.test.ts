import { describe, expect, it } from 'vitest';
import { healthPlanScore, judgePageRelevance } from '../../../lib/analysis/relevance';

const terms = (high: number, medium: number, shared = 0) => [
  ...Array.from({ length: high }, () => ({ specificity: 'high' as const })),
  ...Array.from({ length: medium }, () => ({ specificity: 'medium' as const })),
  ...Array.from({ length: shared }, () => ({ specificity: 'shared' as const })),
];

describe('page relevance', () => {
  it('is strong with a health-plan role and 3 specific terms, or with 4 high ones, and needs no note', () => {
    expect(judgePageRelevance(terms(1, 2), 1)).toEqual({ relevance: 'strong', evidence: [] });
    expect(judgePageRelevance(terms(4, 0), 0)).toEqual({ relevance: 'strong', evidence: [] });
  });

  it('is some with less, and says how much was found', () => {
    expect(judgePageRelevance(terms(1, 0), 0)).toEqual({
      relevance: 'some',
      evidence: [
        {
          kind: 'relevance',
          text: 'Limited health-plan substance: 1 specific managed-care term, 0 health-plan roles.',
        },
      ],
    });
    expect(judgePageRelevance(terms(0, 2), 1).evidence[0]?.text).toBe(
      'Limited health-plan substance: 2 specific managed-care terms, 1 health-plan role.',
    );
  });

  it('is none without specific terms or roles; shared words do not count', () => {
    expect(judgePageRelevance(terms(0, 0, 5), 0)).toEqual({
      relevance: 'none',
      evidence: [
        {
          kind: 'relevance',
          text: 'No health-plan substance: no managed-care terms and no health-plan roles.',
        },
      ],
    });
    expect(judgePageRelevance(terms(0, 1), 0).evidence[0]?.text).toBe(
      'No health-plan substance: too few managed-care terms and no health-plan roles.',
    );
  });
});

describe('health-plan score of a role', () => {
  it('counts distinct terms by specificity, shared ones only in a health setting, and a health-plan employer', () => {
    const found = [
      { id: 'hmo', specificity: 'high' as const },
      { id: 'hmo', specificity: 'high' as const },
      { id: 'claim', specificity: 'shared' as const },
    ];
    expect(healthPlanScore('HMO claims', found)).toBe(2);
    expect(healthPlanScore('HMO medical claims', found)).toBe(3);
    expect(healthPlanScore('HMO medical claims for the pension fund', found)).toBe(2);
    expect(healthPlanScore('Aetna', [])).toBe(2);
  });
});
