import type { Skill, Term } from '../glossary/schema';
import type { TermMatch } from '../matching/matcher';
import { hasHealthCue, isHealthSetting } from './health-context';
import { lineAround } from './line-around';
import type { Relevance } from './relevance';
import type { RedFlag } from './schema';

/** What the flags are judged on. */
interface FlagEvidence {
  text: string;
  /** One per match: the glossary terms found, shared words only where their line is about health care. */
  counted: readonly Term[];
  /** Lines a phrase may count on: all of them once the page has any health-plan substance, else those with a health cue. */
  healthLines: readonly string[];
}

const hasSkill = (e: FlagEvidence, skill: Skill) => e.counted.some((t) => t.skills.includes(skill));
const distinctTerms = (e: FlagEvidence) => new Set(e.counted.map((t) => t.id)).size;

export const TERMINOLOGY_MINIMUM = 5;

const REGULATION_PHRASE = /\b(?:state and federal|federal and state|healthcare|health care) regulations?\b/i;
const COMPLIANCE_PHRASE = /\b(?:compliance|compliant|audits?|auditing|accreditation)\b/i;
const MEDICAL_TERMINOLOGY = /\bmedical terminology\b/i;

interface RedFlagRule extends Omit<RedFlag, 'message'> {
  /** Whether the page shows what the flag looks for. */
  cleared: (e: FlagEvidence) => boolean;
  message: (e: FlagEvidence) => string;
}

/** The seeds' four red flags: what clears each, what was looked for, and what to ask to probe it. */
const RED_FLAGS: readonly RedFlagRule[] = [
  {
    id: 'no-regulations',
    title: 'No knowledge of healthcare regulations',
    cleared: (e) => hasSkill(e, 'regulation') || e.healthLines.some((l) => REGULATION_PHRASE.test(l)),
    message: () =>
      'Looked for healthcare regulations and government programs (HIPAA, CMS, Medicare and Medicaid rules, ERISA, ACA, NCQA) and found none.',
    question:
      'Which state or federal rules shaped your day-to-day work, and how did you make sure you followed them?',
  },
  {
    id: 'no-claims',
    title: 'Lack of experience with insurance claims processing',
    cleared: (e) => hasSkill(e, 'claims'),
    message: () =>
      'Looked for health claims work (processing or adjudicating claims, EOBs, coordination of benefits, CPT or ICD-10 codes) and found none.',
    question:
      'Walk me through what happens to a medical claim from the moment it arrives until it is paid or denied.',
  },
  {
    id: 'weak-terminology',
    title: 'Poor understanding of medical terminology',
    cleared: (e) => distinctTerms(e) >= TERMINOLOGY_MINIMUM || MEDICAL_TERMINOLOGY.test(e.text),
    message: (e) => {
      const n = distinctTerms(e);
      const found = n === 0 ? 'no managed-care terms' : `only ${n} managed-care term${n === 1 ? '' : 's'}`;
      return `Found ${found} (${TERMINOLOGY_MINIMUM} or more expected on an experienced resume) and no mention of medical terminology.`;
    },
    question:
      'What do a referral, a prior authorization and an EOB mean for a member, and when is each needed?',
  },
  {
    id: 'no-compliance',
    title: 'No familiarity with healthcare compliance requirements',
    cleared: (e) => hasSkill(e, 'compliance') || e.healthLines.some((l) => COMPLIANCE_PHRASE.test(l)),
    message: () =>
      'Looked for compliance work (HIPAA, audits, accreditation, appeals and grievances, fraud/waste/abuse) and found none.',
    question:
      'Tell me about a time you caught or prevented a compliance problem. Which rule was at stake, and what did you do?',
  },
];

export interface RedFlagInput {
  text: string;
  /** Every glossary match in `text`. */
  matches: readonly TermMatch[];
  relevance: Relevance;
  termOf: (termId: string) => Term;
  /** What a match's setting is judged on; its line when not given. */
  contextOf?: (at: number) => string;
}

function flagEvidence({ text, matches, relevance, termOf, contextOf }: RedFlagInput): FlagEvidence {
  const lineOf = contextOf ?? lineAround(text);
  const counted: Term[] = [];
  for (const m of matches) {
    const term = termOf(m.termId);
    if (term.specificity !== 'shared' || isHealthSetting(lineOf(m.start))) counted.push(term);
  }
  const healthLines = text.split('\n').filter((line) => relevance !== 'none' || hasHealthCue(line));
  return { text, counted, healthLines };
}

/** The red flags the page raises, in the seeds' order. */
export function raiseRedFlags(input: RedFlagInput): RedFlag[] {
  const evidence = flagEvidence(input);
  return RED_FLAGS.filter((flag) => !flag.cleared(evidence)).map((flag) => ({
    id: flag.id,
    title: flag.title,
    message: flag.message(evidence),
    question: flag.question,
  }));
}
