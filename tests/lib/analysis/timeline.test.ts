import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/analysis/schema';
import { careerTimeline, monthLabel } from '../../../lib/analysis/timeline';

const TODAY = new Date(Date.UTC(2026, 5, 15));

function role(title: string, start: string, end: string, relevant = true): Role {
  return {
    title,
    employer: 'Acme Health Plan',
    start,
    end,
    years: null,
    relevant,
    setting: relevant ? 'health-plan' : 'other',
    lines: [],
  };
}

describe('careerTimeline', () => {
  it('puts consecutive roles in one lane, oldest first, ending today', () => {
    const t = careerTimeline(
      [role('Claims Examiner II', '03/2019', 'present'), role('Claims Processor', '01/2016', '03/2019')],
      TODAY,
    );
    expect(t.bars.map((b) => [b.role.title, monthLabel(b.from), monthLabel(b.to), b.lane])).toEqual([
      ['Claims Processor', '01/2016', '03/2019', 0],
      ['Claims Examiner II', '03/2019', '06/2026', 0],
    ]);
    expect(t.lanes).toBe(1);
    expect(t.gaps).toEqual([]);
    expect(monthLabel(t.start)).toBe('01/2016');
    expect(monthLabel(t.today)).toBe('06/2026');
  });

  it('stacks overlapping roles in a second lane and frees it again', () => {
    const t = careerTimeline(
      [
        role('Member Services Lead', '01/2018', '12/2022'),
        role('Weekend Pharmacy Tech', '06/2019', '06/2020', false),
        role('Enrollment Specialist', '01/2023', 'present'),
      ],
      TODAY,
    );
    expect(t.bars.map((b) => [b.role.title, b.lane])).toEqual([
      ['Member Services Lead', 0],
      ['Weekend Pharmacy Tech', 1],
      ['Enrollment Specialist', 0],
    ]);
    expect(t.lanes).toBe(2);
  });

  it('shows a break of three months or more as a gap, and ignores a shorter one', () => {
    const t = careerTimeline(
      [
        role('Provider Relations Rep', '01/2015', '06/2017'),
        role('Network Analyst', '08/2017', '01/2020'),
        role('Network Manager', '09/2020', 'present'),
      ],
      TODAY,
    );
    expect(t.gaps.map((g) => [monthLabel(g.from), monthLabel(g.to)])).toEqual([['01/2020', '09/2020']]);
  });

  it('keeps roles without usable dates aside instead of inventing them', () => {
    const t = careerTimeline(
      [
        role('Case Manager', '2019', 'present'),
        role('Volunteer', '', ''),
        role('Intern', '05/2030', 'present'),
      ],
      TODAY,
    );
    expect(t.bars.map((b) => b.role.title)).toEqual(['Case Manager']);
    expect(t.undated.map((r) => r.title)).toEqual(['Volunteer', 'Intern']);
  });

  it('has an empty axis ending today when nothing is dated', () => {
    const t = careerTimeline([role('Claims Clerk', 'unknown', 'unknown')], TODAY);
    expect(t.bars).toEqual([]);
    expect(t.start).toBe(t.today);
    expect(t.lanes).toBe(1);
  });
});
