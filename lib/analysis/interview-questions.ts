import {
  CLAIMS_QUESTIONS,
  ENROLLMENT_QUESTIONS,
  MEMBER_SERVICES_QUESTIONS,
} from './questions/claims-members-enrollment';
import { GENERAL_QUESTIONS } from './questions/general';
import {
  CARE_MANAGEMENT_QUESTIONS,
  CREDENTIALING_QUESTIONS,
  PROVIDER_NETWORK_QUESTIONS,
} from './questions/network-credentialing-care';
import {
  APPEALS_QUESTIONS,
  COMPLIANCE_QUESTIONS,
  QUALITY_QUESTIONS,
} from './questions/quality-appeals-compliance';
import {
  MEDICARE_SALES_QUESTIONS,
  PHARMACY_QUESTIONS,
  PLAN_OPERATIONS_QUESTIONS,
} from './questions/sales-pharmacy-operations';
import type { QuestionsByLevel } from './questions/schema';
import type { InterviewQuestion, KnownLevel, Level, SpecialtyId } from './schema';

/** Each specialty's questions by level, in our own words; senior ones are about leading and implementing. */
export const QUESTIONS_BY_SPECIALTY: Record<SpecialtyId, QuestionsByLevel> = {
  claims: CLAIMS_QUESTIONS,
  'member-services': MEMBER_SERVICES_QUESTIONS,
  enrollment: ENROLLMENT_QUESTIONS,
  'provider-network': PROVIDER_NETWORK_QUESTIONS,
  credentialing: CREDENTIALING_QUESTIONS,
  'care-management': CARE_MANAGEMENT_QUESTIONS,
  quality: QUALITY_QUESTIONS,
  appeals: APPEALS_QUESTIONS,
  compliance: COMPLIANCE_QUESTIONS,
  'medicare-sales': MEDICARE_SALES_QUESTIONS,
  pharmacy: PHARMACY_QUESTIONS,
  'plan-operations': PLAN_OPERATIONS_QUESTIONS,
};

const LEVELS: readonly KnownLevel[] = ['junior', 'mid', 'senior'];

function asQuestions(byLevel: QuestionsByLevel, specialty: SpecialtyId | null, level: KnownLevel) {
  return byLevel[level].map(
    ([question, expectedAnswer]): InterviewQuestion => ({ level, specialty, question, expectedAnswer }),
  );
}

/**
 * Questions for this candidate: the HMO questions of their level (models, referrals, networks, rules),
 * then their specialties' questions of that level. Every level's when the level is unknown.
 */
export function questionsFor(level: Level, specialties: readonly SpecialtyId[]): InterviewQuestion[] {
  const levels = level === 'unknown' ? LEVELS : [level];
  return levels.flatMap((l) => [
    ...asQuestions(GENERAL_QUESTIONS, null, l),
    ...specialties.flatMap((id) => asQuestions(QUESTIONS_BY_SPECIALTY[id], id, l)),
  ]);
}
