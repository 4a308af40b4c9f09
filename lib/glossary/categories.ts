/** Glossary categories and how the UI names them. No zod here: the content script imports this. */
export const CATEGORIES = [
  'plan-type',
  'hmo-model',
  'care-role',
  'operations',
  'coverage',
  'finance',
  'regulation',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  'plan-type': 'Plan type',
  'hmo-model': 'HMO model',
  'care-role': 'Care role',
  operations: 'Plan operations',
  coverage: 'Coverage & cost sharing',
  finance: 'Finance & payment',
  regulation: 'Regulation & accreditation',
};
