import type { SpecialtyId } from '../schema';
import { BUSINESS } from './business';
import { CLINICAL } from './clinical';
import { FRONT_OFFICE } from './front-office';
import { NETWORK } from './network';
import type { SpecialtyVocabulary } from './types';

export type { Concept, SpecialtyVocabulary } from './types';

/**
 * The twelve lines of work inside a health plan, as data. Split by area so each
 * file reads as one part of a plan; the forms are the words sourcers type into LinkedIn Recruiter.
 */
export const SPECIALTIES: readonly SpecialtyVocabulary[] = [
  ...FRONT_OFFICE,
  ...NETWORK,
  ...CLINICAL,
  ...BUSINESS,
];

export function vocabularyOf(id: SpecialtyId): SpecialtyVocabulary {
  const found = SPECIALTIES.find((s) => s.id === id);
  if (!found) throw new Error(`unknown specialty ${id}`);
  return found;
}
