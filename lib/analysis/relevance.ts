import type { Specificity } from '../glossary/schema';
import { isHealthSetting, namesHealthPlanEmployer } from './health-context';
import type { Evidence } from './schema';

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
  const sharedCounts = isHealthSetting(text);
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

function pageRelevance(input: { highTerms: number; mediumTerms: number; relevantRoles: number }): Relevance {
  const { highTerms, mediumTerms, relevantRoles } = input;
  if ((relevantRoles >= 1 && highTerms + mediumTerms >= 3) || highTerms >= 4) return 'strong';
  if (highTerms >= 1 || mediumTerms >= 2 || relevantRoles >= 1) return 'some';
  return 'none';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The page's relevance from its distinct glossary terms and its health-plan roles, with a note when it is
 * less than strong (a strong page needs no explaining).
 */
export function judgePageRelevance(
  distinctTerms: readonly Pick<FoundTerm, 'specificity'>[],
  relevantRoles: number,
): { relevance: Relevance; evidence: Evidence[] } {
  const highTerms = distinctTerms.filter((t) => t.specificity === 'high').length;
  const mediumTerms = distinctTerms.filter((t) => t.specificity === 'medium').length;
  const relevance = pageRelevance({ highTerms, mediumTerms, relevantRoles });
  const specific = highTerms + mediumTerms;
  const note =
    relevance === 'none'
      ? `No health-plan substance: ${specific === 0 ? 'no' : 'too few'} managed-care terms and no health-plan roles.`
      : relevance === 'some'
        ? `Limited health-plan substance: ${plural(specific, 'specific managed-care term')}, ${plural(relevantRoles, 'health-plan role')}.`
        : null;
  return { relevance, evidence: note === null ? [] : [{ kind: 'relevance', text: note }] };
}
