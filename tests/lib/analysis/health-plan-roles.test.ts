import { describe, expect, it } from 'vitest';
import { healthPlanWorkText, judgeRoles } from '../../../lib/analysis/health-plan-roles';
import { GLOSSARY } from '../../../lib/glossary';
import type { Term } from '../../../lib/glossary/schema';
import { compileMatcher } from '../../../lib/matching/matcher';

const matcher = compileMatcher(GLOSSARY);
const byId = new Map(GLOSSARY.map((t) => [t.id, t]));
const termOf = (id: string) => byId.get(id) as Term;
const TODAY = new Date('2026-11-25T00:00:00Z');

const RESUME = [
  'EXPERIENCE',
  'Claims Examiner, Aetna   Jan 2020 – Jan 2024',
  '• Adjudicated HMO and PPO medical claims',
  'Cashier, Target   2015 – 2019',
  '• Supervised a team of 4 cashiers',
].join('\n');

describe('roles judged health-plan work or not', () => {
  const judged = judgeRoles(RESUME, TODAY, matcher, termOf);

  it('keeps each role with its dates, years and whether it counts', () => {
    expect(judged.roles).toEqual([
      {
        title: 'Claims Examiner',
        employer: 'Aetna',
        start: '01/2020',
        end: '01/2024',
        years: 4,
        relevant: true,
        setting: 'health-plan',
        lines: [2, 3],
      },
      {
        title: 'Cashier',
        employer: 'Target',
        start: '2015',
        end: '2019',
        years: 4,
        relevant: false,
        setting: 'other',
        lines: [4, 5],
      },
    ]);
    expect(judged.spans).toHaveLength(2);
    expect(judged.relevantSpans).toEqual([judged.spans[0]]);
  });

  it('says why a role counted, naming up to three terms', () => {
    expect(judged.evidence).toEqual([
      {
        kind: 'role-counted',
        text: 'Claims Examiner (Aetna), 01/2020–01/2024: counted, 4 yrs — Claims examiner, HMO, PPO',
      },
      { kind: 'role-not-counted', text: 'Cashier (Target), 2015–2019: not health-plan work' },
    ]);
  });

  it('leaves the lines of other work out of the health-plan work text', () => {
    expect(healthPlanWorkText(RESUME, judged.otherWorkLines)).toBe(
      'EXPERIENCE\nClaims Examiner, Aetna   Jan 2020 – Jan 2024\n• Adjudicated HMO and PPO medical claims',
    );
  });
});
