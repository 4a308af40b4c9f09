import type { SpecialtyVocabulary } from './types';

/** Provider network and credentialing: the work that builds and keeps the plan's network of providers. */
export const NETWORK: readonly SpecialtyVocabulary[] = [
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
];
