import type { SpecialtyVocabulary } from './types';

/** Compliance, Medicare sales, pharmacy benefits and plan operations: the regulated and leadership side. */
export const BUSINESS: readonly SpecialtyVocabulary[] = [
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
