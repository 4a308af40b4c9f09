import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../../lib/analysis/titles/clean-title';

describe('cleanTitle', () => {
  it.each([
    ['Senior Claims Processing Associate', 'Claims Processing Associate'],
    ['Member Services Representative II', 'Member Services Representative'],
    ['Sr. Claims Examiner III', 'Claims Examiner'],
    ['Claims Examiner 2', 'Claims Examiner'],
    ['Claims Examiner, Level II', 'Claims Examiner'],
    ['Level 2 Claims Analyst', 'Claims Analyst'],
    ['Lead Enrollment Specialist (Remote)', 'Enrollment Specialist'],
    ['Provider Relations Rep - Remote', 'Provider Relations Rep'],
    ['Director, HMO Operations', 'Director of HMO Operations'],
    ['Senior Director, Network Management', 'Director of Network Management'],
    ['Associate Director, Quality', 'Associate Director of Quality'],
    ['Manager, Provider Network', 'Provider Network Manager'],
    ['\u201cClaims\u201d Examiner', 'Claims Examiner'],
    ['Utilization Management Nurse Supervisor', 'Utilization Management Nurse Supervisor'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it('gives nothing for what is not a title', () => {
    expect(cleanTitle('II')).toBeNull();
    expect(cleanTitle('  ( ) ')).toBeNull();
    expect(cleanTitle('Processed 120 medical claims per day for HMO members and more')).toBeNull();
  });
});
