import type { RedFlag } from './schema';

type RedFlagText = Omit<RedFlag, 'message'> & { message: (detail: string) => string };

/** The seeds' four red flags: what was looked for, and what to ask to probe it. */
const RED_FLAGS: Record<RedFlag['id'], RedFlagText> = {
  'no-regulations': {
    id: 'no-regulations',
    title: 'No knowledge of healthcare regulations',
    message: () =>
      'Looked for healthcare regulations and government programs (HIPAA, CMS, Medicare and Medicaid rules, ERISA, ACA, NCQA) and found none.',
    question:
      'Which state or federal rules shaped your day-to-day work, and how did you make sure you followed them?',
  },
  'no-claims': {
    id: 'no-claims',
    title: 'Lack of experience with insurance claims processing',
    message: () =>
      'Looked for health claims work (processing or adjudicating claims, EOBs, coordination of benefits, CPT or ICD-10 codes) and found none.',
    question:
      'Walk me through what happens to a medical claim from the moment it arrives until it is paid or denied.',
  },
  'weak-terminology': {
    id: 'weak-terminology',
    title: 'Poor understanding of medical terminology',
    message: (detail) =>
      `Found ${detail} (5 or more expected on an experienced resume) and no mention of medical terminology.`,
    question:
      'What do a referral, a prior authorization and an EOB mean for a member, and when is each needed?',
  },
  'no-compliance': {
    id: 'no-compliance',
    title: 'No familiarity with healthcare compliance requirements',
    message: () =>
      'Looked for compliance work (HIPAA, audits, accreditation, appeals and grievances, fraud/waste/abuse) and found none.',
    question:
      'Tell me about a time you caught or prevented a compliance problem. Which rule was at stake, and what did you do?',
  },
};

export interface SkillEvidence {
  regulation: boolean;
  claims: boolean;
  compliance: boolean;
  /** Distinct glossary terms that count as health-plan vocabulary. */
  distinctTerms: number;
  mentionsMedicalTerminology: boolean;
}

export const TERMINOLOGY_MINIMUM = 5;

export function raiseRedFlags(evidence: SkillEvidence): RedFlag[] {
  const raised: Array<[RedFlag['id'], string]> = [];
  if (!evidence.regulation) raised.push(['no-regulations', '']);
  if (!evidence.claims) raised.push(['no-claims', '']);
  if (evidence.distinctTerms < TERMINOLOGY_MINIMUM && !evidence.mentionsMedicalTerminology)
    raised.push([
      'weak-terminology',
      evidence.distinctTerms === 0
        ? 'no managed-care terms'
        : `only ${evidence.distinctTerms} managed-care term${evidence.distinctTerms === 1 ? '' : 's'}`,
    ]);
  if (!evidence.compliance) raised.push(['no-compliance', '']);
  return raised.map(([id, detail]) => {
    const flag = RED_FLAGS[id];
    return { id, title: flag.title, message: flag.message(detail), question: flag.question };
  });
}
