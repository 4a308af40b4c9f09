import type { Specificity } from '../glossary/schema';
import { hasHealthCue, hasOtherFieldCue, namesHealthPlanEmployer } from './health-context';

export interface FoundTerm {
  id: string;
  specificity: Specificity;
}

/**
 * How much health-plan substance a piece of text carries. Distinct terms count, not repeats: a `high` term
 * 2, a `medium` one 1, a `shared` one 1 only beside a health cue and never in another field's setting
 * (auto claims, a pension fund's member services). Naming a health-plan employer adds 2.
 */
export function healthPlanScore(text: string, terms: readonly FoundTerm[]): number {
  const sharedCounts = hasHealthCue(text) && !hasOtherFieldCue(text);
  const seen = new Set<string>();
  let score = namesHealthPlanEmployer(text) ? 2 : 0;
  for (const term of terms) {
    if (seen.has(term.id)) continue;
    seen.add(term.id);
    if (term.specificity === 'high') score += 2;
    else if (term.specificity === 'medium') score += 1;
    else if (sharedCounts) score += 1;
  }
  return score;
}

/** A role counts as health-plan work from this score up. */
export const RELEVANT_ROLE_SCORE = 2;

export type Relevance = 'strong' | 'some' | 'none';

export function pageRelevance(input: {
  highTerms: number;
  mediumTerms: number;
  relevantRoles: number;
}): Relevance {
  const { highTerms, mediumTerms, relevantRoles } = input;
  if ((relevantRoles >= 1 && highTerms + mediumTerms >= 3) || highTerms >= 4) return 'strong';
  if (highTerms >= 1 || mediumTerms >= 2 || relevantRoles >= 1) return 'some';
  return 'none';
}
