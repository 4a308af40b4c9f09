import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { summarize } from '../../../lib/analysis/summary';

const TODAY = new Date('2026-11-25T00:00:00Z');
const run = (lines: string[]) => analyze(lines.join('\n'), { today: TODAY });

// Issue 13's layouts 5 and 6 and its two precision misses, in lines made up for these tests.
describe('health-plan judgement on resumes as they come', () => {
  it('5: judges a wrapped duty at a named health plan on the role, not the physical line', () => {
    const a = run([
      'Experience',
      'Customer Care Advocate 02/2016 - 08/2022',
      'Anthem, Inc. – Richmond, VA',
      'Answered member questions about benefits, eligibility and',
      'claims, spending accounts and correspondence.',
    ]);
    expect(a.roles.map((r) => [r.employer, r.setting])).toEqual([['Anthem, Inc.', 'health-plan']]);
    expect(a.redFlags.map((f) => f.id)).not.toContain('no-claims');
  });

  it('5: follows a sentence across wrapped lines outside any role', () => {
    const a = run([
      'Summary',
      'Answered questions from health plan members about benefits and',
      'claims, spending accounts and correspondence.',
      'Reviewed freight damage reports for the loading dock.',
      'Filed claims for damaged pallets.',
    ]);
    // Counted once: from the wrapped health-plan sentence, not from the freight one.
    expect(a.terms.find((t) => t.id === 'claim')?.count).toBe(1);
  });

  it('6: recognises health-plan employers however they are spelled', () => {
    for (const employer of [
      'BlueCross BlueShield of Tennessee',
      'Blue Cross/Blue Shield of Illinois',
      'UnitedHealthcare',
      'Anthem, Inc.',
    ]) {
      const a = run([
        'Experience',
        `Customer Service Representative, ${employer} 2015 - 2019`,
        '• Took calls',
      ]);
      expect(a.roles.map((r) => [r.employer, r.relevant])).toEqual([[employer, true]]);
    }
  });

  it('7: keeps provider-side billing out of the health-plan years and says why', () => {
    const a = run([
      'Experience',
      'Patient Account Representative 2016 - 2022',
      'Lakeview Regional Hospital – Macon, GA',
      '• Billed Medicare, Medicaid and commercial payers using CPT and ICD-10 codes',
      '• Worked claim denials and EOBs, appealed underpaid claims',
      'Medical Biller, Riverside Family Medicine 2014 - 2016',
      '• Submitted claims to insurance carriers and posted payments from EOBs',
    ]);
    expect(a.roles.map((r) => [r.title, r.setting, r.relevant])).toEqual([
      ['Patient Account Representative', 'provider', false],
      ['Medical Biller', 'provider', false],
    ]);
    expect(a.yearsOfExperience).toBe(8);
    expect(a.relevantYears).toBe(0);
    const notes = a.evidence.map((e) => e.text);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Patient Account Representative \(Lakeview Regional Hospital\), 2016–2022: provider-side \(Lakeview Regional Hospital is a care provider, not a health plan\); 6 yrs not counted as health-plan \(payer\) years/,
      ),
    );
    expect(a.level).toBe('unknown');
    expect(notes).toContain(
      'No level suggested: no health-plan (payer) roles; 8 yrs of provider-side work is background, not payer years.',
    );
  });

  it('7: names provider-side years beside the payer years they do not add to', () => {
    const a = run([
      'Experience',
      'Claims Examiner, Lakeside Health Plan 2022 - 2025',
      '• Adjudicated HMO claims and coordination of benefits',
      'Medical Biller, Riverside Family Medicine 2014 - 2022',
      '• Submitted claims to insurance carriers and posted payments from EOBs',
    ]);
    expect(a.relevantYears).toBe(3);
    expect(a.evidence.map((e) => e.text)).toContain(
      '3 yrs of health-plan experience (plus 8 yrs provider-side, not counted: the level counts years working for a health plan): mid (2–5 years)',
    );
  });

  it('7: still counts a health plan that names itself like a provider', () => {
    const a = run([
      'Experience',
      'Claims Examiner, Kaiser Permanente Medical Group 2018 - 2022',
      '• Adjudicated HMO claims and coordination of benefits',
    ]);
    expect(a.roles[0]?.setting).toBe('health-plan');
  });

  it('8: a page with no managed-care substance shows no red flags and no level, and says so', () => {
    for (const lines of [
      [
        'Experience',
        'Freight Claims Specialist, Summit Logistics 2015 - 2022',
        '• Processed claims for damaged freight and carrier liability',
      ],
      [
        'Experience',
        'HR Generalist, Northgate Manufacturing 2016 - 2023',
        '• Ran open enrollment for employee benefits each fall',
      ],
      [
        'Experience',
        'Case Manager, Harbor Family Services 2012 - 2020',
        '• Case manager for homeless families seeking housing assistance',
      ],
    ]) {
      const a = run(lines);
      expect(a.relevance).toBe('none');
      expect(a.level).toBe('unknown');
      expect(a.redFlags).toEqual([]);
      expect(a.terms.filter((t) => t.id === 'claim' || t.id === 'case-manager')).toEqual([]);
      expect(a.evidence.map((e) => e.text)).toContainEqual(
        expect.stringMatching(/^Not a managed-care profile/),
      );
      expect(summarize('x.txt', a)).toContain('Not a managed-care profile');
    }
  });
});
