import { describe, expect, it } from 'vitest';
import { raiseRedFlags, TERMINOLOGY_MINIMUM } from '../../../lib/analysis/red-flags';
import type { Relevance } from '../../../lib/analysis/relevance';
import type { Level, SpecialtyId } from '../../../lib/analysis/schema';
import { GLOSSARY } from '../../../lib/glossary';
import type { Term } from '../../../lib/glossary/schema';
import { compileMatcher } from '../../../lib/matching/matcher';

const matcher = compileMatcher(GLOSSARY);
const byId = new Map(GLOSSARY.map((t) => [t.id, t]));
const termOf = (id: string) => byId.get(id) as Term;

function flags(text: string, relevance: Relevance = 'some') {
  return raiseRedFlags({ text, matches: matcher.findAll(text), relevance, termOf });
}
const ids = (text: string, relevance?: Relevance) => flags(text, relevance).map((f) => f.id);

describe('red flags', () => {
  it('raises all four, in order, with their title, message and question, on a page with nothing to show', () => {
    const raised = flags('');
    expect(raised.map((f) => f.id)).toEqual([
      'no-regulations',
      'no-claims',
      'weak-terminology',
      'no-compliance',
    ]);
    for (const flag of raised) {
      expect(Object.keys(flag)).toEqual(['id', 'title', 'message', 'question']);
      expect(flag.title).not.toBe('');
      expect(flag.question).not.toBe('');
    }
    expect(raised[0]?.message).toBe(
      'Looked for healthcare regulations and government programs (HIPAA, CMS, Medicare and Medicaid rules, ERISA, ACA, NCQA) and found none.',
    );
  });
});

describe('no-regulations', () => {
  it('is raised without a regulation term or phrase', () => {
    expect(ids('Answered member calls about benefits')).toContain('no-regulations');
  });

  it('is cleared by a regulation term', () => {
    expect(ids('Enrolled Medicare Advantage members')).not.toContain('no-regulations');
    expect(ids('Kept records under HIPAA')).not.toContain('no-regulations');
  });

  it('counts a shared regulation word only on a health-care line', () => {
    expect(ids('Reported to CMS for our health plan members')).not.toContain('no-regulations');
    expect(ids('Built a CMS for the credit union website')).toContain('no-regulations');
    expect(ids('Built a CMS for the website')).toContain('no-regulations');
    // A health cue on another line does not make this one about health care.
    expect(ids('Health care worker\nBuilt a CMS for the credit union website')).toContain('no-regulations');
  });

  it('is cleared by a phrase naming regulations, on any line once the page has health-plan substance', () => {
    expect(ids('Followed state and federal regulations', 'some')).not.toContain('no-regulations');
    expect(ids('Followed state and federal regulations', 'none')).toContain('no-regulations');
    expect(ids('Followed state and federal regulations for patients', 'none')).not.toContain(
      'no-regulations',
    );
    expect(ids('Knows healthcare regulations', 'some')).not.toContain('no-regulations');
  });
});

describe('no-claims', () => {
  it('is raised without claims work', () => {
    expect(ids('Answered member calls about benefits')).toContain('no-claims');
  });

  it('is cleared by a claims term', () => {
    expect(ids('Adjudicated claims')).not.toContain('no-claims');
  });

  it('counts a shared claims word only on a health-care line that is not about another field', () => {
    expect(ids('Processed claims for health plan members')).not.toContain('no-claims');
    expect(ids('Processed auto claims for policyholders')).toContain('no-claims');
    expect(ids('Processed claims for patients')).not.toContain('no-claims');
    expect(ids('Processed claims for patients and for the pension fund')).toContain('no-claims');
    expect(ids('Processed claims daily')).toContain('no-claims');
    expect(ids('Health plan member services\nProcessed claims daily')).toContain('no-claims');
  });

  it('is not cleared by claims phrases alone, whatever the relevance', () => {
    expect(ids('Processed claims daily', 'strong')).toContain('no-claims');
  });
});

describe('weak-terminology', () => {
  const message = (text: string) => flags(text).find((f) => f.id === 'weak-terminology')?.message;

  it(`is raised under ${TERMINOLOGY_MINIMUM} distinct terms, and says how many were found`, () => {
    expect(message('')).toBe(
      'Found no managed-care terms (5 or more expected on an experienced resume) and no mention of medical terminology.',
    );
    expect(message('HMO HMO HMO HMO HMO')).toBe(
      'Found only 1 managed-care term (5 or more expected on an experienced resume) and no mention of medical terminology.',
    );
    expect(message('HMO, PPO, EPO and capitation')).toBe(
      'Found only 4 managed-care terms (5 or more expected on an experienced resume) and no mention of medical terminology.',
    );
  });

  it(`is cleared by ${TERMINOLOGY_MINIMUM} distinct terms`, () => {
    expect(ids('HMO, PPO, EPO, capitation and prior authorization')).not.toContain('weak-terminology');
  });

  it('is cleared by a mention of medical terminology', () => {
    expect(ids('Fluent in medical terminology', 'none')).not.toContain('weak-terminology');
  });

  it('counts a shared word only on a health-care line', () => {
    expect(ids('HMO, PPO, EPO and capitation\nProcessed claims for patients')).not.toContain(
      'weak-terminology',
    );
    expect(message('HMO, PPO, EPO and capitation\nProcessed claims for the pension fund')).toMatch(
      /^Found only 4 managed-care terms/,
    );
  });
});

describe('no-compliance', () => {
  it('is raised without compliance work', () => {
    expect(ids('Answered member calls about benefits')).toContain('no-compliance');
  });

  it('is cleared by a compliance term', () => {
    expect(ids('Handled credentialing files')).not.toContain('no-compliance');
  });

  it('counts a shared compliance word only on a health-care line', () => {
    expect(ids('Reported to CMS for our health plan members')).not.toContain('no-compliance');
    expect(ids('Built a CMS for the credit union website')).toContain('no-compliance');
  });

  it('is cleared by a compliance phrase, on any line once the page has health-plan substance', () => {
    expect(ids('Prepared the office for audits', 'some')).not.toContain('no-compliance');
    expect(ids('Prepared the office for audits', 'none')).toContain('no-compliance');
    expect(ids('Prepared the clinic for audits', 'none')).not.toContain('no-compliance');
    expect(ids('Kept the team compliant', 'strong')).not.toContain('no-compliance');
  });
});

describe('flags that fit the specialty and level', () => {
  const fitted = (text: string, specialties: SpecialtyId[], level: Level, indicatorIds: string[] = []) =>
    raiseRedFlags({
      text,
      matches: matcher.findAll(text),
      relevance: 'strong',
      termOf,
      specialties,
      level,
      indicatorIds,
    }).map((f) => f.id);

  it('asks a front-line claims processor about claims, not about regulations or compliance', () => {
    expect(fitted('Keyed data', ['claims'], 'junior')).toEqual(['no-claims', 'weak-terminology']);
    expect(fitted('Keyed data', ['claims'], 'mid')).toEqual([
      'no-regulations',
      'no-claims',
      'weak-terminology',
      'no-compliance',
    ]);
  });

  it('never asks a credentialing or quality hire about claims processing', () => {
    for (const id of ['credentialing', 'quality', 'enrollment', 'care-management'] as const) {
      expect(fitted('Keyed data', [id], 'mid'), id).not.toContain('no-claims');
    }
  });

  it('expects fewer terms of a junior resume', () => {
    const threeTerms = 'HMO, PPO and capitation';
    expect(fitted(threeTerms, ['member-services'], 'junior')).not.toContain('weak-terminology');
    expect(fitted(threeTerms, ['member-services'], 'mid')).toContain('weak-terminology');
  });

  it('asks a senior candidate with no leading or implementing work about leadership', () => {
    expect(fitted('HMO claims', ['claims'], 'senior')).toContain('no-leadership');
    expect(fitted('HMO claims', ['claims'], 'senior', ['team-leadership'])).not.toContain('no-leadership');
    expect(fitted('HMO claims', ['claims'], 'mid')).not.toContain('no-leadership');
    const flag = raiseRedFlags({
      text: '',
      matches: [],
      relevance: 'strong',
      termOf,
      specialties: ['claims'],
      level: 'senior',
    }).find((f) => f.id === 'no-leadership');
    expect(flag?.message).toMatch(/^Looked for leading a team/);
  });

  it('asks a utilization or case manager for a clinical licence, and a Medicare agent for a sales licence', () => {
    expect(fitted('Concurrent review', ['care-management'], 'mid')).toContain('no-clinical-license');
    expect(fitted('Concurrent review, RN', ['care-management'], 'mid')).not.toContain('no-clinical-license');
    expect(fitted('Concurrent review', ['care-management'], 'junior')).not.toContain('no-clinical-license');
    expect(fitted('Sold Medicare plans', ['medicare-sales'], 'junior')).toContain('no-sales-license');
    expect(fitted('Sold Medicare plans; AHIP certified', ['medicare-sales'], 'junior')).not.toContain(
      'no-sales-license',
    );
    expect(fitted('Sold Medicare plans', ['claims'], 'junior')).not.toContain('no-sales-license');
  });

  it('keeps the seed\u2019s four flags when no specialty is known', () => {
    expect(fitted('', [], 'senior')).toEqual([
      'no-regulations',
      'no-claims',
      'weak-terminology',
      'no-compliance',
    ]);
  });
});
