import type { Skill, Term } from '../glossary/schema';
import type { TermMatch } from '../matching/matcher';
import { hasHealthCue, isHealthSetting } from './health-context';
import { lineAround } from './line-around';
import type { Relevance } from './relevance';
import type { KnownLevel, Level, RedFlag, SpecialtyId } from './schema';

/** What the flags are judged on. */
interface FlagEvidence {
  text: string;
  /** One per match: the glossary terms found, shared words only where their line is about health care. */
  counted: readonly Term[];
  /** Lines a phrase may count on: all of them once the page has any health-plan substance, else those with a health cue. */
  healthLines: readonly string[];
  level: Level;
  /** Ids of the level indicators found in health-plan work. */
  indicatorIds: ReadonlySet<string>;
}

const hasSkill = (e: FlagEvidence, skill: Skill) => e.counted.some((t) => t.skills.includes(skill));
const distinctTerms = (e: FlagEvidence) => new Set(e.counted.map((t) => t.id)).size;

export const TERMINOLOGY_MINIMUM = 5;
/** A junior resume is short: fewer terms are expected on it. */
const JUNIOR_TERMINOLOGY_MINIMUM = 3;
const terminologyMinimum = (e: FlagEvidence) =>
  e.level === 'junior' ? JUNIOR_TERMINOLOGY_MINIMUM : TERMINOLOGY_MINIMUM;

const REGULATION_PHRASE = /\b(?:state and federal|federal and state|healthcare|health care) regulations?\b/i;
const COMPLIANCE_PHRASE = /\b(?:compliance|compliant|audits?|auditing|accreditation)\b/i;
const MEDICAL_TERMINOLOGY = /\bmedical terminology\b/i;
const CLINICAL_LICENSE =
  /\b(?:RN|LPN|LVN|LCSW|LMSW|LPC|CCM|BSN|MSN|APRN)\b|\b(?:registered nurses?|nurses?|licensed (?:practical|vocational|clinical|master)\b)/i;
const SALES_LICENSE =
  /\b(?:AHIP|licensed (?:insurance )?(?:agent|producer)|(?:health|life (?:and|&) health|insurance) licen[sc]es?d?)\b/i;
/** Level indicators that show leading, implementing or managing: what a senior hire is for. */
const SENIOR_WORK = [
  'team-leadership',
  'program-implementation',
  'regulatory-compliance-management',
  'strategic-planning',
];

const ALL: readonly KnownLevel[] = ['junior', 'mid', 'senior'];
const MID_UP: readonly KnownLevel[] = ['mid', 'senior'];
const SENIOR: readonly KnownLevel[] = ['senior'];
const everySpecialty = (levels: readonly KnownLevel[]) => () => levels;

/**
 * Where a flag means something: the levels it applies at for each specialty. Without a specialty (too
 * little to tell the line of work) the seed's four flags apply as the seed wrote them.
 */
interface Applies {
  seed: boolean;
  levelsFor: (specialty: SpecialtyId) => readonly KnownLevel[];
}

interface RedFlagRule extends Omit<RedFlag, 'message'> {
  applies: Applies;
  /** Whether the page shows what the flag looks for. */
  cleared: (e: FlagEvidence) => boolean;
  message: (e: FlagEvidence) => string;
}

/** The seed's four red flags and three for particular specialties and levels: where each applies, what clears it, what was looked for, and what to ask. */
const RED_FLAGS: readonly RedFlagRule[] = [
  {
    id: 'no-regulations',
    title: 'No knowledge of healthcare regulations',
    // Front-line claims, member and provider service staff follow rules others interpret for them.
    applies: {
      seed: true,
      levelsFor: (id) =>
        ['claims', 'member-services', 'provider-network', 'pharmacy', 'plan-operations'].includes(id)
          ? MID_UP
          : ALL,
    },
    cleared: (e) => hasSkill(e, 'regulation') || e.healthLines.some((l) => REGULATION_PHRASE.test(l)),
    message: () =>
      'Looked for healthcare regulations and government programs (HIPAA, CMS, Medicare and Medicaid rules, ERISA, ACA, NCQA) and found none.',
    question:
      'Which state or federal rules shaped your day-to-day work, and how did you make sure you followed them?',
  },
  {
    id: 'no-claims',
    title: 'Lack of experience with insurance claims processing',
    // Only where claims are the work or its raw material; a credentialing or quality hire need not have it.
    applies: {
      seed: true,
      levelsFor: (id) =>
        ['claims', 'member-services', 'appeals', 'provider-network', 'pharmacy', 'plan-operations'].includes(
          id,
        )
          ? ALL
          : [],
    },
    cleared: (e) => hasSkill(e, 'claims'),
    message: () =>
      'Looked for health claims work (processing or adjudicating claims, EOBs, coordination of benefits, CPT or ICD-10 codes) and found none.',
    question:
      'Walk me through what happens to a medical claim from the moment it arrives until it is paid or denied.',
  },
  {
    id: 'weak-terminology',
    title: 'Poor understanding of medical terminology',
    applies: { seed: true, levelsFor: everySpecialty(ALL) },
    cleared: (e) => distinctTerms(e) >= terminologyMinimum(e) || MEDICAL_TERMINOLOGY.test(e.text),
    message: (e) => {
      const n = distinctTerms(e);
      const found = n === 0 ? 'no managed-care terms' : `only ${n} managed-care term${n === 1 ? '' : 's'}`;
      const expected = e.level === 'junior' ? 'a junior resume' : 'an experienced resume';
      return `Found ${found} (${terminologyMinimum(e)} or more expected on ${expected}) and no mention of medical terminology.`;
    },
    question:
      'What do a referral, a prior authorization and an EOB mean for a member, and when is each needed?',
  },
  {
    id: 'no-compliance',
    title: 'No familiarity with healthcare compliance requirements',
    // Expected of everyone from mid level; from day one where the work is itself regulated.
    applies: {
      seed: true,
      levelsFor: (id) =>
        ['compliance', 'appeals', 'credentialing', 'medicare-sales', 'quality'].includes(id) ? ALL : MID_UP,
    },
    cleared: (e) => hasSkill(e, 'compliance') || e.healthLines.some((l) => COMPLIANCE_PHRASE.test(l)),
    message: () =>
      'Looked for compliance work (HIPAA, audits, accreditation, appeals and grievances, fraud/waste/abuse) and found none.',
    question:
      'Tell me about a time you caught or prevented a compliance problem. Which rule was at stake, and what did you do?',
  },
  {
    id: 'no-leadership',
    title: 'No leadership shown for a senior candidate',
    applies: { seed: false, levelsFor: everySpecialty(SENIOR) },
    cleared: (e) => SENIOR_WORK.some((id) => e.indicatorIds.has(id)),
    message: () =>
      'Looked for leading a team, implementing a program, managing audits or compliance, or strategic planning in the health-plan roles and found none: the years alone make this level.',
    question:
      'Tell me about a team or a project you led in a health plan: how many people, what changed, and how you measured it.',
  },
  {
    id: 'no-clinical-license',
    title: 'No clinical licence shown',
    applies: { seed: false, levelsFor: (id) => (id === 'care-management' ? MID_UP : []) },
    cleared: (e) => CLINICAL_LICENSE.test(e.text),
    message: () =>
      'Looked for a clinical licence or credential (RN, LPN, LVN, LCSW, CCM, nurse) and found none: utilization and case management reviews at this level usually need one.',
    question: 'Which clinical licence do you hold, in which states, and is it active and unrestricted?',
  },
  {
    id: 'no-sales-license',
    title: 'No insurance licence or AHIP certification shown',
    applies: { seed: false, levelsFor: (id) => (id === 'medicare-sales' ? ALL : []) },
    cleared: (e) => SALES_LICENSE.test(e.text),
    message: () =>
      'Looked for a state health or life-and-health insurance licence, a licensed agent, or AHIP certification and found none: selling Medicare plans needs them.',
    question:
      'Which state insurance licences do you hold, and have you completed this year\u2019s AHIP certification?',
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
  /** The candidate's specialties; none means the seed's four flags as written. */
  specialties?: readonly SpecialtyId[];
  level?: Level;
  /** Ids of the level indicators found in the health-plan work. */
  indicatorIds?: readonly string[];
}

function flagEvidence(input: RedFlagInput): FlagEvidence {
  const { text, matches, relevance, termOf, contextOf, level, indicatorIds } = input;
  const lineOf = contextOf ?? lineAround(text);
  const counted: Term[] = [];
  for (const m of matches) {
    const term = termOf(m.termId);
    if (term.specificity !== 'shared' || isHealthSetting(lineOf(m.start))) counted.push(term);
  }
  const healthLines = text.split('\n').filter((line) => relevance !== 'none' || hasHealthCue(line));
  return { text, counted, healthLines, level: level ?? 'unknown', indicatorIds: new Set(indicatorIds ?? []) };
}

function applies(flag: RedFlagRule, specialties: readonly SpecialtyId[], level: Level): boolean {
  if (specialties.length === 0) return flag.applies.seed;
  // An unknown level is judged as mid: the flags a typical hire would be asked about.
  const at: KnownLevel = level === 'unknown' ? 'mid' : level;
  return specialties.some((id) => flag.applies.levelsFor(id).includes(at));
}

/** The red flags that mean something for this candidate's specialty and level and that the page raises. */
export function raiseRedFlags(input: RedFlagInput): RedFlag[] {
  const evidence = flagEvidence(input);
  const specialties = input.specialties ?? [];
  const raised = RED_FLAGS.filter((flag) => applies(flag, specialties, evidence.level));
  return raised
    .filter((flag) => !flag.cleared(evidence))
    .map((flag) => ({
      id: flag.id,
      title: flag.title,
      message: flag.message(evidence),
      question: flag.question,
    }));
}
