import type { SpecialtyVocabulary } from './types';

/** Care management, quality and appeals: the clinical and review side of a plan. */
export const CLINICAL: readonly SpecialtyVocabulary[] = [
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
];
