import type { SpecialtyVocabulary } from './types';

/** Claims, member services and enrollment: the work that touches members and their claims day to day. */
export const FRONT_OFFICE: readonly SpecialtyVocabulary[] = [
  {
    id: 'claims',
    label: 'Claims & payment integrity',
    short: 'Claims',
    title: /\b(?:claims?|adjudicat\w*|payment integrity|cob|subrogation|overpayment|recovery)\b/i,
    concepts: [
      { label: 'Claims adjudication', forms: ['claims adjudication'], also: ['adjudicated', 'adjudicating'] },
      { label: 'Coordination of benefits', forms: ['coordination of benefits', 'COB'] },
      {
        label: 'Claims processing',
        forms: ['claims processing'],
        also: ['processed claims', 'medical claims'],
      },
      { label: 'Payment integrity', forms: ['payment integrity'], also: ['overpayment', 'recoveries'] },
      { label: 'Medical coding', forms: ['CPT', 'ICD-10'], also: ['HCPCS'] },
      { label: 'Claim forms', forms: ['CMS-1500', 'UB-04'], also: ['837'] },
      { label: 'Subrogation', forms: ['subrogation'], also: ['third-party liability'] },
    ],
  },
  {
    id: 'member-services',
    label: 'Member & customer services',
    short: 'Member services',
    title: /\b(?:member(?!ship)|customer|call cent(?:er|re)|contact cent(?:er|re)|concierge)\b/i,
    concepts: [
      { label: 'Member services', forms: ['member services'], also: ['member service'] },
      { label: 'Customer service', forms: ['customer service'], also: ['call center', 'contact center'] },
      {
        label: 'Member inquiries',
        forms: ['member inquiries'],
        also: ['member calls', 'inbound calls', 'benefit questions', 'benefits questions'],
      },
      { label: 'Explanation of benefits', forms: ['explanation of benefits', 'EOB'] },
      { label: 'First call resolution', forms: ['first call resolution', 'FCR'] },
      {
        label: 'PCP selection',
        forms: ['PCP selection'],
        also: ['choose a PCP', 'PCP changes', 'PCP assignment'],
      },
    ],
  },
  {
    id: 'enrollment',
    label: 'Enrollment & eligibility',
    short: 'Enrollment',
    title: /(?<!provider )\b(?:enrol(?:l)?ment|eligibility|membership)\b/i,
    concepts: [
      { label: 'Enrollment', forms: ['enrollment'], also: ['enrolment', 'enrolled', 'enrollments'] },
      { label: 'Eligibility', forms: ['eligibility verification', 'eligibility'] },
      { label: 'EDI 834 files', forms: ['EDI 834', '834 file'], also: ['834 transactions'] },
      {
        label: 'Premium billing',
        forms: ['premium billing'],
        also: ['membership accounting', 'premium reconciliation'],
      },
      {
        label: 'Enrollment reconciliation',
        forms: ['enrollment reconciliation'],
        also: ['TRR', 'CMS reconciliation'],
      },
      { label: 'Open enrollment', forms: ['open enrollment'] },
    ],
  },
];
