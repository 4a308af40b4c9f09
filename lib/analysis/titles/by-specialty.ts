import type { KnownLevel, SpecialtyId } from '../schema';
import type { TitleEntry } from './schema';

const J: KnownLevel[] = ['junior'];
const JM: KnownLevel[] = ['junior', 'mid'];
const M: KnownLevel[] = ['mid'];
const MS: KnownLevel[] = ['mid', 'senior'];
const S: KnownLevel[] = ['senior'];

const at = (levels: KnownLevel[], ...titles: string[]): TitleEntry[] =>
  titles.map((title) => ({ title, levels }));

/**
 * Titles health plans use for the same work, by specialty and the levels they hire at, the closest
 * first. A sourcer ORs them, so each is a title people really hold, not a description.
 */
export const TITLES_BY_SPECIALTY: Record<SpecialtyId, readonly TitleEntry[]> = {
  claims: [
    ...at(JM, 'Claims Examiner', 'Claims Adjudicator', 'Claims Processor'),
    ...at(J, 'Claims Representative', 'Claims Associate'),
    ...at(M, 'Claims Analyst', 'Claims Auditor', 'COB Specialist', 'Payment Integrity Analyst'),
    ...at(M, 'Claims Recovery Specialist'),
    ...at(MS, 'Claims Supervisor'),
    ...at(S, 'Claims Manager', 'Claims Operations Manager', 'Payment Integrity Manager'),
    ...at(S, 'Director of Claims Operations'),
  ],
  'member-services': [
    ...at(
      J,
      'Member Services Representative',
      'Customer Service Representative',
      'Member Services Associate',
    ),
    ...at(J, 'Call Center Representative'),
    ...at(JM, 'Member Services Specialist', 'Member Advocate'),
    ...at(M, 'Member Services Team Lead', 'Member Engagement Specialist', 'Escalations Specialist'),
    ...at(MS, 'Member Services Supervisor'),
    ...at(S, 'Member Services Manager', 'Member Experience Manager', 'Call Center Manager'),
    ...at(S, 'Director of Member Services'),
  ],
  enrollment: [
    ...at(JM, 'Enrollment Specialist', 'Eligibility Specialist'),
    ...at(J, 'Enrollment Representative', 'Enrollment Processor', 'Enrollment Coordinator'),
    ...at(M, 'Eligibility Analyst', 'Enrollment Analyst', 'Membership Accounting Specialist'),
    ...at(MS, 'Enrollment Supervisor'),
    ...at(S, 'Enrollment Manager', 'Eligibility and Enrollment Manager', 'Director of Enrollment Operations'),
  ],
  'provider-network': [
    ...at(J, 'Provider Services Representative', 'Provider Data Specialist'),
    ...at(JM, 'Network Coordinator', 'Provider Network Coordinator'),
    ...at(
      M,
      'Provider Relations Representative',
      'Provider Network Specialist',
      'Provider Contracting Specialist',
    ),
    ...at(M, 'Network Development Specialist'),
    ...at(MS, 'Provider Network Manager', 'Provider Relations Manager'),
    ...at(S, 'Director of Network Management', 'Network Management Director', 'VP Network Development'),
    ...at(S, 'Provider Contracting Manager'),
  ],
  credentialing: [
    ...at(JM, 'Credentialing Specialist', 'Credentialing Coordinator', 'Provider Enrollment Specialist'),
    ...at(J, 'Credentialing Assistant', 'Credentialing Representative'),
    ...at(M, 'Credentialing Analyst', 'Recredentialing Specialist', 'Credentialing Auditor'),
    ...at(MS, 'Credentialing Supervisor'),
    ...at(S, 'Credentialing Manager', 'Director of Credentialing', 'Provider Data and Credentialing Manager'),
  ],
  'care-management': [
    ...at(J, 'Utilization Management Coordinator', 'Prior Authorization Specialist', 'Intake Coordinator'),
    ...at(JM, 'Care Coordinator'),
    ...at(
      M,
      'Utilization Review Nurse',
      'Utilization Management Nurse',
      'Nurse Case Manager',
      'Case Manager',
    ),
    ...at(M, 'Concurrent Review Nurse', 'Care Manager'),
    ...at(MS, 'Utilization Management Nurse Supervisor', 'Case Management Supervisor'),
    ...at(S, 'Utilization Management Manager', 'Care Management Manager', 'Director of Care Management'),
    ...at(S, 'Director of Utilization Management'),
  ],
  quality: [
    ...at(J, 'Quality Coordinator', 'Quality Improvement Coordinator', 'Medical Record Reviewer'),
    ...at(JM, 'HEDIS Abstractor'),
    ...at(M, 'HEDIS Analyst', 'Quality Improvement Specialist', 'Stars Analyst', 'Quality Nurse Reviewer'),
    ...at(MS, 'Quality Improvement Supervisor'),
    ...at(S, 'Quality Improvement Manager', 'Stars Program Manager', 'HEDIS Manager'),
    ...at(S, 'Director of Quality Improvement', 'Director of Stars'),
  ],
  appeals: [
    ...at(JM, 'Appeals Coordinator', 'Grievance Coordinator'),
    ...at(J, 'Appeals Representative', 'Appeals and Grievances Representative'),
    ...at(
      M,
      'Appeals and Grievances Specialist',
      'Appeals Analyst',
      'Appeals Nurse',
      'Grievance Investigator',
    ),
    ...at(MS, 'Appeals and Grievances Supervisor'),
    ...at(S, 'Appeals and Grievances Manager', 'Director of Appeals and Grievances'),
  ],
  compliance: [
    ...at(J, 'Compliance Coordinator', 'Compliance Assistant', 'Compliance Associate'),
    ...at(JM, 'Compliance Specialist'),
    ...at(M, 'Compliance Analyst', 'Regulatory Compliance Analyst', 'Compliance Auditor'),
    ...at(M, 'Delegation Oversight Analyst', 'Regulatory Affairs Specialist'),
    ...at(S, 'Compliance Manager', 'Compliance Officer', 'Medicare Compliance Officer'),
    ...at(S, 'Director of Regulatory Compliance'),
  ],
  'medicare-sales': [
    ...at(J, 'Licensed Insurance Agent', 'Medicare Sales Agent', 'Medicare Telesales Agent'),
    ...at(JM, 'Medicare Sales Representative'),
    ...at(
      M,
      'Medicare Advantage Sales Executive',
      'Broker Relations Specialist',
      'Medicare Product Specialist',
    ),
    ...at(M, 'Medicare Operations Analyst'),
    ...at(S, 'Medicare Sales Manager', 'Medicare Advantage Operations Manager', 'Director of Medicare Sales'),
    ...at(S, 'Director of Medicare Operations'),
  ],
  pharmacy: [
    ...at(J, 'Pharmacy Technician', 'Prior Authorization Pharmacy Technician'),
    ...at(J, 'Pharmacy Help Desk Representative'),
    ...at(JM, 'Pharmacy Benefits Coordinator'),
    ...at(
      M,
      'Formulary Analyst',
      'Pharmacy Benefit Analyst',
      'Pharmacy Claims Analyst',
      'Clinical Pharmacist',
    ),
    ...at(S, 'Pharmacy Operations Manager', 'Pharmacy Benefits Manager', 'Director of Pharmacy Benefits'),
    ...at(S, 'Clinical Pharmacy Manager', 'Formulary Manager'),
  ],
  'plan-operations': [
    ...at(J, 'Health Plan Operations Coordinator', 'Operations Coordinator'),
    ...at(JM, 'Health Plan Operations Specialist'),
    ...at(M, 'Health Plan Operations Analyst', 'Managed Care Operations Analyst', 'Operations Supervisor'),
    ...at(
      S,
      'Director of Health Plan Operations',
      'Director of Managed Care Operations',
      'VP Health Plan Operations',
    ),
    ...at(S, 'Health Plan Operations Manager', 'Chief Operating Officer'),
  ],
};
