import type { SpecialtyId } from './schema';

/** An idea a specialty's resumes mention, with the forms a search uses and others that only show it. */
export interface Concept {
  label: string;
  /** How it is searched for, the spelled-out form first: `("coordination of benefits" OR COB)`. */
  forms: readonly string[];
  /** Other ways resumes write it, which show the idea but make poor search terms on their own. */
  also?: readonly string[];
}

export interface SpecialtyVocabulary {
  id: SpecialtyId;
  label: string;
  short: string;
  /** Words in a job title that name this line of work. Titles are short lines, so no pattern here can run long. */
  title: RegExp;
  /** The specialty's ideas, the most telling first: the search keywords are taken from the front. */
  concepts: readonly Concept[];
}

/**
 * The twelve lines of work inside a health plan, as data. Kept in one table so the judgement can be
 * read and adjusted in one place; the forms are the words sourcers type into LinkedIn Recruiter.
 */
export const SPECIALTIES: readonly SpecialtyVocabulary[] = [
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
  {
    id: 'provider-network',
    label: 'Provider network, relations & contracting',
    short: 'Provider network',
    title: /\b(?:network|contracting|provider(?! enrollment))\b/i,
    concepts: [
      {
        label: 'Provider contracting',
        forms: ['provider contracting'],
        also: ['provider contracts', 'contract negotiations', 'negotiated contracts'],
      },
      {
        label: 'Provider relations',
        forms: ['provider relations'],
        also: ['provider education', 'provider engagement'],
      },
      {
        label: 'Network management',
        forms: ['network management', 'network development'],
        also: ['provider network'],
      },
      { label: 'Network adequacy', forms: ['network adequacy'] },
      { label: 'Capitation', forms: ['capitation'], also: ['capitated'] },
      { label: 'Independent practice association', forms: ['independent practice association', 'IPA'] },
      { label: 'Fee schedules', forms: ['fee schedule'], also: ['reimbursement rates', 'rate negotiations'] },
      { label: 'Provider directory', forms: ['provider directory'], also: ['provider data'] },
    ],
  },
  {
    id: 'credentialing',
    label: 'Credentialing',
    short: 'Credentialing',
    title: /\b(?:credential\w*|provider enrollment|medical staff services)\b/i,
    concepts: [
      {
        label: 'Credentialing',
        forms: ['credentialing'],
        also: ['recredentialing', 're-credentialing', 'credentialed'],
      },
      { label: 'CAQH', forms: ['CAQH'] },
      { label: 'Primary source verification', forms: ['primary source verification', 'PSV'] },
      { label: 'NCQA standards', forms: ['NCQA'] },
      { label: 'Provider enrollment', forms: ['provider enrollment'] },
      { label: 'Sanction screening', forms: ['sanction screening', 'NPDB'], also: ['OIG exclusion'] },
      { label: 'Credentialing committee', forms: ['credentialing committee'] },
    ],
  },
  {
    id: 'care-management',
    label: 'Utilization, case & care management',
    short: 'Care management',
    title:
      /\b(?:utilization|case manag\w*|care manag\w*|care coordinat\w*|concurrent review|prior auth\w*|authorizations?|intake|disease manag\w*|transitions? of care|population health)\b/i,
    concepts: [
      { label: 'Utilization management', forms: ['utilization management', 'utilization review'] },
      {
        label: 'Prior authorization',
        forms: ['prior authorization', 'prior auth'],
        also: ['preauthorization', 'pre-authorization', 'precertification'],
      },
      { label: 'Case management', forms: ['case management'], also: ['case manager', 'care management'] },
      { label: 'Concurrent review', forms: ['concurrent review'], also: ['inpatient review'] },
      { label: 'Medical necessity', forms: ['medical necessity'], also: ['InterQual', 'MCG'] },
      {
        label: 'Care coordination',
        forms: ['care coordination'],
        also: ['transitions of care', 'discharge planning'],
      },
      { label: 'Certified case manager', forms: ['certified case manager', 'CCM'] },
    ],
  },
  {
    id: 'quality',
    label: 'Quality, HEDIS & Stars',
    short: 'Quality',
    title: /\b(?:quality|hedis|stars?|accreditation|performance improvement)\b/i,
    concepts: [
      {
        label: 'HEDIS',
        forms: ['HEDIS'],
        also: ['chart abstraction', 'medical record abstraction', 'hybrid measures'],
      },
      { label: 'Star Ratings', forms: ['Star Ratings', 'Stars'] },
      {
        label: 'Quality improvement',
        forms: ['quality improvement'],
        also: ['QI', 'performance improvement project'],
      },
      { label: 'Gaps in care', forms: ['gaps in care', 'care gaps'], also: ['gap closure'] },
      { label: 'CAHPS', forms: ['CAHPS'], also: ['HOS'] },
      { label: 'NCQA accreditation', forms: ['NCQA accreditation'], also: ['NCQA'] },
    ],
  },
  {
    id: 'appeals',
    label: 'Appeals & grievances',
    short: 'Appeals & grievances',
    title: /\b(?:appeals?|grievances?|complaints?|disputes?)\b/i,
    concepts: [
      {
        label: 'Appeals and grievances',
        forms: ['appeals and grievances', 'A&G'],
        also: ['appeals', 'grievances'],
      },
      {
        label: 'Provider disputes',
        forms: ['provider disputes'],
        also: ['payment disputes', 'claim disputes'],
      },
      {
        label: 'Coverage determinations',
        forms: ['organization determination', 'coverage determination'],
        also: ['reconsideration', 'reconsiderations'],
      },
      { label: 'Independent review', forms: ['independent review', 'IRE'], also: ['external review'] },
      { label: 'Member complaints', forms: ['member complaints'], also: ['complaint resolution'] },
    ],
  },
  {
    id: 'compliance',
    label: 'Compliance & regulatory',
    short: 'Compliance',
    title:
      /\b(?:compliance|regulatory|fwa|fraud|privacy|delegation oversight|special investigations?|siu)\b/i,
    concepts: [
      {
        label: 'Regulatory compliance',
        forms: ['regulatory compliance'],
        also: ['compliance program', 'compliance audits'],
      },
      {
        label: 'CMS program audits',
        forms: ['CMS audit', 'program audit'],
        also: ['audit readiness', 'mock audits'],
      },
      {
        label: 'Fraud, waste and abuse',
        forms: ['fraud, waste and abuse', 'FWA'],
        also: ['fraud waste and abuse', 'fraud, waste, and abuse', 'SIU'],
      },
      {
        label: 'Delegation oversight',
        forms: ['delegation oversight'],
        also: ['delegated entities', 'delegated vendors'],
      },
      { label: 'Corrective action plans', forms: ['corrective action plan'] },
      { label: 'HIPAA', forms: ['HIPAA'], also: ['privacy office'] },
      {
        label: 'Regulatory filings',
        forms: ['regulatory filings'],
        also: ['DMHC', 'Knox-Keene', 'department of insurance'],
      },
    ],
  },
  {
    id: 'medicare-sales',
    label: 'Medicare Advantage / Part D sales & operations',
    short: 'Medicare sales',
    title:
      /\b(?:sales|agent|broker|telesales|producer|medicare (?:advantage )?(?:operations|product|growth|marketing|retention))\b/i,
    concepts: [
      {
        label: 'Medicare sales',
        forms: ['Medicare sales', 'Medicare Advantage sales'],
        also: ['sold Medicare'],
      },
      {
        label: 'Annual enrollment period',
        forms: ['annual enrollment period', 'AEP'],
        also: ['special enrollment period', 'SEP', 'OEP'],
      },
      { label: 'AHIP certification', forms: ['AHIP'], also: ['AHIP certified', 'AHIP certification'] },
      {
        label: 'Medicare marketing rules',
        forms: ['Medicare marketing guidelines'],
        also: ['scope of appointment', 'MCMG', 'marketing guidelines'],
      },
      {
        label: 'Broker channel',
        forms: ['broker channel'],
        also: ['brokers', 'FMO', 'field marketing organization'],
      },
      { label: 'Member retention', forms: ['member retention'], also: ['disenrollment', 'retention'] },
      {
        label: 'Licensed agent',
        forms: ['licensed insurance agent'],
        also: ['health insurance license', 'life and health license'],
      },
    ],
  },
  {
    id: 'pharmacy',
    label: 'Pharmacy benefits (PBM)',
    short: 'Pharmacy benefits',
    title: /\b(?:pharmac\w*|pbm|formulary|rx|drug)\b/i,
    concepts: [
      {
        label: 'Pharmacy benefit management',
        forms: ['pharmacy benefit manager', 'PBM'],
        also: ['pharmacy benefits'],
      },
      { label: 'Formulary', forms: ['formulary'], also: ['formularies', 'P&T'] },
      { label: 'Medicare Part D', forms: ['Part D'], also: ['PDE', 'prescription drug event'] },
      {
        label: 'Step therapy',
        forms: ['step therapy', 'quantity limits'],
        also: ['drug prior authorization'],
      },
      { label: 'Pharmacy claims', forms: ['pharmacy claims'], also: ['NCPDP', 'rejected claims'] },
      { label: 'Drug rebates', forms: ['drug rebates'], also: ['rebates', 'specialty pharmacy'] },
      {
        label: 'Pharmacy technician',
        forms: ['certified pharmacy technician', 'CPhT'],
        also: ['PharmD', 'pharmacist'],
      },
    ],
  },
  {
    id: 'plan-operations',
    label: 'Plan operations leadership',
    short: 'Plan operations',
    title:
      /\b(?:operations|administrator|coo|chief operating officer|general manager|executive director|plan president)\b/i,
    concepts: [
      {
        label: 'Health plan operations',
        forms: ['health plan operations'],
        also: ['plan operations', 'managed care operations', 'HMO operations'],
      },
      { label: 'P&L ownership', forms: ['P&L'], also: ['profit and loss', 'operating budget', 'budget'] },
      { label: 'Strategic planning', forms: ['strategic planning'], also: ['strategic plan'] },
      { label: 'Medical loss ratio', forms: ['medical loss ratio', 'MLR'], also: ['administrative cost'] },
      { label: 'Vendor management', forms: ['vendor management'], also: ['vendor oversight', 'BPO'] },
      {
        label: 'Operational performance',
        forms: ['operational excellence'],
        also: ['KPIs', 'service levels', 'SLAs', 'turnaround time'],
      },
    ],
  },
];

export function vocabularyOf(id: SpecialtyId): SpecialtyVocabulary {
  const found = SPECIALTIES.find((s) => s.id === id);
  if (!found) throw new Error(`unknown specialty ${id}`);
  return found;
}
