import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { AnalysisSchema } from '../../../lib/analysis/schema';
import { EXPECTED, TODAY } from '../../fixtures/resumes/expected';
import { RESUMES_DIR, resumeText } from '../../support/resume-text';

const fixtures = readdirSync(RESUMES_DIR).filter((f) => /\.(txt|md|html)$/.test(f));

describe('analysis of the fixture resumes', () => {
  it('has an expectation for every fixture, and at least 15 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(name, () => {
      const expected = EXPECTED[name];
      if (!expected) throw new Error(`no expectation for ${name}`);
      const analysis = AnalysisSchema.parse(analyze(resumeText(name), { today: TODAY }));
      expect(analysis.level).toBe(expected.level);
      expect(analysis.relevance).toBe(expected.relevance);
      const close = (actual: number | null, wanted: number | null) => {
        if (wanted === null) expect(actual).toBeNull();
        else expect(Math.abs((actual ?? Number.NaN) - wanted)).toBeLessThanOrEqual(0.5);
      };
      close(analysis.yearsOfExperience, expected.yearsOfExperience);
      close(analysis.relevantYears, expected.relevantYears);
      expect(analysis.redFlags.map((f) => f.id).sort()).toEqual([...expected.redFlags].sort());
    });
  }
});

describe('evidence a recruiter can check', () => {
  it('lists each role as counted or not, with its dates and years', () => {
    const a = analyze(resumeText('long-career-outside-health.txt'), { today: TODAY });
    const roles = a.evidence.filter((e) => e.kind.startsWith('role-')).map((e) => e.text);
    expect(roles).toEqual([
      expect.stringMatching(/^Claims Examiner \(Humana\), 11\/2022–present: counted, 4 yrs/),
      expect.stringMatching(/^Security Officer \(Allied Universal\), 2010–2020: not health-plan work$/),
    ]);
    expect(a.roles).toEqual([
      {
        title: 'Claims Examiner',
        employer: 'Humana',
        start: '11/2022',
        end: 'present',
        years: 4,
        relevant: true,
        setting: 'health-plan',
        lines: expect.any(Array),
      },
      {
        title: 'Security Officer',
        employer: 'Allied Universal',
        start: '2010',
        end: '2020',
        years: 10,
        relevant: false,
        setting: 'other',
        lines: expect.any(Array),
      },
    ]);
  });

  it('takes indicators only from health-plan work', () => {
    const a = analyze(resumeText('long-career-outside-health.txt'), { today: TODAY });
    // The security officer "supervised a team" and "implemented a process": not health-plan leadership.
    expect(a.indicators.map((i) => i.id)).not.toContain('team-leadership');
    expect(a.indicators.map((i) => i.id)).not.toContain('program-implementation');
  });

  it('quotes the indicators that moved a borderline level', () => {
    const a = analyze(resumeText('borderline-senior-um-supervisor.txt'), { today: TODAY });
    expect(a.indicators.filter((i) => i.level === 'senior').map((i) => i.quote)).toEqual([
      expect.stringContaining('Supervised a team of 6 utilization review nurses'),
      expect.stringContaining('Implemented a new concurrent review workflow'),
      expect.stringContaining('Led URAC accreditation readiness'),
    ]);
    expect(a.evidence.find((e) => e.kind === 'level')?.text).toMatch(/just under 5.*senior/);
  });

  it('does not let a title word decide the level', () => {
    const a = analyze(resumeText('junior-claims-processor.txt'), { today: TODAY });
    expect(a.roles[0]?.title).toBe('Senior Claims Processing Associate');
    expect(a.level).toBe('junior');
  });

  it('says plainly when the page has no health-plan substance', () => {
    const a = analyze(resumeText('software-engineer.txt'), { today: TODAY });
    expect(a.level).toBe('unknown');
    expect(a.evidence.map((e) => e.text)).toContain(
      'Not a managed-care profile: no health-plan roles and too few managed-care terms, so no level, red flags or interview questions apply.',
    );
    expect(a.redFlags).toEqual([]);
  });

  it('notes a stated figure the dates do not support', () => {
    const a = analyze(resumeText('senior-hmo-director.txt'), { today: TODAY });
    expect(a.evidence.find((e) => e.kind === 'stated-years')?.text).toMatch(
      /^States "Health plan operations leader with 12 years of managed care experience across HMO, Medicare Advantage and Medicaid managed care lines of business\.", but the dated roles add up to 14\.3 yrs/,
    );
  });
});

describe('analysis edge cases', () => {
  it('returns nulls, not guesses, for empty or date-less text', () => {
    for (const text of ['', '   \n\n', 'HMO PPO capitation prior authorization referrals']) {
      const a = AnalysisSchema.parse(analyze(text, { today: TODAY }));
      expect(a.yearsOfExperience).toBeNull();
      expect(a.relevantYears).toBeNull();
      expect(a.level).toBe('unknown');
    }
  });

  it('reads "present" against the given date', () => {
    const text =
      'EXPERIENCE\nClaims Examiner, Aetna   Jan 2020 – Present\n• Adjudicated HMO and PPO medical claims';
    expect(analyze(text, { today: new Date('2021-01-15T00:00:00Z') }).relevantYears).toBe(1);
    expect(analyze(text, { today: new Date('2026-01-15T00:00:00Z') }).relevantYears).toBe(6);
  });

  it('counts terms with their glossary names', () => {
    const a = analyze('HMO, HMOs and a Health Maintenance Organization; one PPO.', { today: TODAY });
    expect(a.terms).toEqual([
      { id: 'hmo', term: 'HMO', category: 'plan-type', count: 3 },
      { id: 'ppo', term: 'PPO', category: 'plan-type', count: 1 },
    ]);
  });

  it('gives the interview questions of the suggested level and specialty', () => {
    const a = analyze(resumeText('mid-member-services.md'), { today: TODAY });
    expect(new Set(a.interviewQuestions.map((q) => q.level))).toEqual(new Set(['mid']));
    expect(a.interviewQuestions[0]?.question).toBe(
      'How does an HMO differ from a PPO, for the member and for the plan?',
    );
    const undated = analyze('Claims examiner: HMO, PPO, prior authorization, EOB, capitation.', {
      today: TODAY,
    });
    expect(undated.level).toBe('unknown');
    expect(new Set(undated.interviewQuestions.map((q) => q.level))).toEqual(
      new Set(['junior', 'mid', 'senior']),
    );
    expect(analyze(resumeText('software-engineer.txt'), { today: TODAY }).interviewQuestions).toEqual([]);
  });

  it('builds search titles from the candidate\u2019s own title, specialty and level', () => {
    const member = analyze(resumeText('mid-member-services.md'), { today: TODAY });
    expect(member.searchTitles[0]).toBe('Member Services Representative');
    expect(member.searchTitles).not.toContain('Director of Member Services');
    const senior = analyze(resumeText('senior-hmo-director.txt'), { today: TODAY });
    expect(senior.searchTitles[0]).toBe('Director of HMO Operations');
    expect(senior.searchTitles).not.toContain('Member Services Representative');
    expect(senior.searchTitles.length).toBeLessThanOrEqual(8);
  });

  it('ANDs the specialty\u2019s keywords and the candidate\u2019s lines of business with the titles', () => {
    const claims = analyze(resumeText('junior-claims-processor.txt'), { today: TODAY });
    expect(claims.searchKeywords.map((k) => k.label)).toEqual([
      'Coordination of benefits',
      'Claims processing',
      'Medical coding',
    ]);
    expect(claims.searchString).toContain('("coordination of benefits" OR COB)');
    expect(claims.searchString).toMatch(/ AND \(HMO OR "Health Maintenance Organization" OR PPO\)$/);
    const member = analyze(resumeText('mid-member-services.md'), { today: TODAY });
    expect(member.searchString).toMatch(/ AND \("Medicare Advantage" OR MAPD OR Medicaid OR "Medi-Cal"\)$/);
  });
});
