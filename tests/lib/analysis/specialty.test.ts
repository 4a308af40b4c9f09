import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { findPlanContexts } from '../../../lib/analysis/plan-context';
import { SpecialtyIdSchema } from '../../../lib/analysis/schema';
import { SPECIALTIES } from '../../../lib/analysis/specialties';
import { findSpecialties, latestFirst } from '../../../lib/analysis/specialty';
import { TODAY } from '../../fixtures/resumes/expected';
import { resumeText } from '../../support/resume-text';

const ids = (titles: string[], workText = '') => findSpecialties({ titles, workText }).map((s) => s.id);

describe('the specialty vocabulary', () => {
  it('covers every specialty once, each with ideas to search for', () => {
    expect(SPECIALTIES.map((s) => s.id).sort()).toEqual([...SpecialtyIdSchema.options].sort());
    for (const s of SPECIALTIES) expect(s.concepts.length, s.id).toBeGreaterThanOrEqual(5);
  });
});

describe('specialty', () => {
  it('follows the latest health-plan title', () => {
    expect(ids(['Claims Examiner II'])).toEqual(['claims']);
    expect(ids(['Credentialing Coordinator'])).toEqual(['credentialing']);
    expect(ids(['Provider Enrollment Specialist'])).toEqual(['credentialing']);
    expect(ids(['Enrollment Specialist'])).toEqual(['enrollment']);
    expect(ids(['Appeals and Grievances Coordinator'])).toEqual(['appeals']);
    expect(ids(['HEDIS Abstractor'])).toEqual(['quality']);
    expect(ids(['Formulary Analyst'])).toEqual(['pharmacy']);
  });

  it('weighs the latest title over older ones, and names a second line of work close behind', () => {
    const workText = 'Negotiated provider contracts and monitored network adequacy for the IPA network.';
    expect(ids(['Director, HMO Operations', 'Manager, Provider Network'], workText)).toEqual([
      'plan-operations',
      'provider-network',
    ]);
    expect(ids(['Director, HMO Operations', 'Manager, Provider Network'])).toEqual(['plan-operations']);
  });

  it('reads the work when the title says little', () => {
    const workText = 'Adjudicated claims, resolved coordination of benefits, keyed CPT and ICD-10 codes.';
    expect(ids(['Associate'], workText)).toEqual(['claims']);
    expect(findSpecialties({ titles: [], workText })[0]?.reason).toBe(
      'Claims adjudication, Coordination of benefits, Medical coding',
    );
  });

  it('names nothing on too little', () => {
    expect(ids([], 'Answered phones.')).toEqual([]);
    expect(ids([], 'Some HEDIS work.')).toEqual([]);
  });

  it('puts roles latest first whatever order they are written in', () => {
    const roles = [
      { start: '2012', end: '2014', title: 'a' },
      { start: '03/2019', end: 'present', title: 'b' },
      { start: '01/2015', end: '12/2018', title: 'c' },
    ];
    expect(latestFirst(roles).map((r) => r.title)).toEqual(['b', 'c', 'a']);
  });

  it('is found for the fixture resumes, and not for pages outside health plans', () => {
    const specialtyOf = (name: string) =>
      analyze(resumeText(name), { today: TODAY }).specialties.map((s) => s.id);
    expect(specialtyOf('junior-claims-processor.txt')).toEqual(['claims']);
    expect(specialtyOf('mid-member-services.md')).toEqual(['member-services']);
    expect(specialtyOf('borderline-senior-um-supervisor.txt')).toEqual(['care-management']);
    expect(specialtyOf('senior-hmo-director.txt')).toEqual(['plan-operations', 'provider-network']);
    expect(specialtyOf('software-engineer.txt')).toEqual([]);
    expect(specialtyOf('pc-claims-adjuster.txt')).toEqual([]);
  });
});

describe('plan context', () => {
  it('names the lines of business the work mentions', () => {
    const found = findPlanContexts('Answered Medicare Advantage and Medi-Cal calls for HMO members.');
    expect(found.map((c) => c.id)).toEqual(['medicare-advantage', 'medicaid', 'commercial']);
    expect(found[1]?.forms).toEqual(['Medicaid', 'Medi-Cal']);
  });

  it('needs acronyms in capitals and whole words', () => {
    expect(findPlanContexts('a shmo of snp and hmo words')).toEqual([]);
  });
});
