import type { SeedTitle } from './schema';

/**
 * The seed's typical title and its alternates: a general vocabulary that goes after the specialty's own
 * titles, and only for the specialties and levels it suits.
 */
export const SEED_TITLES: readonly SeedTitle[] = [
  {
    title: 'HMO Coordinator',
    levels: ['junior', 'mid'],
    specialties: ['member-services', 'enrollment', 'care-management', 'plan-operations'],
  },
  { title: 'Healthcare Coordinator', levels: ['junior', 'mid'], specialties: ['care-management'] },
  {
    title: 'Managed Care Specialist',
    levels: ['mid', 'senior'],
    specialties: ['provider-network', 'compliance', 'plan-operations'],
  },
  { title: 'HMO Administrator', levels: ['senior'], specialties: ['plan-operations'] },
  { title: 'Insurance Coordinator', levels: ['junior', 'mid'], specialties: ['enrollment', 'claims'] },
  { title: 'Member Services Representative', levels: ['junior'], specialties: ['member-services'] },
  {
    title: 'Benefits Coordinator',
    levels: ['mid'],
    specialties: ['enrollment', 'member-services', 'claims'],
  },
  {
    title: 'Healthcare Insurance Specialist',
    levels: ['mid', 'senior'],
    specialties: ['claims', 'enrollment', 'appeals'],
  },
];
