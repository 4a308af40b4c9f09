import type { Matcher } from '../matching/matcher';
import {
  findStatedYears,
  formatYears,
  type MonthSpan,
  mergedYears,
  type StatedYears,
} from './experience-dates';
import { hasHealthCue } from './health-context';
import type { Relevance } from './relevance';
import type { Evidence } from './schema';

export interface ExperienceYears {
  /** Unrounded; null when neither dates nor a stated figure give one. */
  total: number | null;
  relevant: number | null;
  evidence: Evidence[];
}

const largest = (list: readonly StatedYears[]) =>
  list.reduce<StatedYears | null>((best, s) => (!best || s.years > best.years ? s : best), null);

/**
 * Years of experience, all and health-plan, from the dated roles. A stated figure ("7+ years of
 * experience") stands in only when no role is dated, and is noted when the dates disagree with it by two
 * years or more. A stated figure counts as health-plan years when its sentence is about health care, or,
 * failing that, when the page as a whole is strongly health-plan.
 */
export function experienceYears(input: {
  text: string;
  spans: readonly MonthSpan[];
  relevantSpans: readonly MonthSpan[];
  relevance: Relevance;
  matcher: Matcher;
}): ExperienceYears {
  const { text, spans, relevantSpans, relevance, matcher } = input;
  const stated = findStatedYears(text);
  const statedTotal = largest(stated);
  if (spans.length > 0) {
    const total = mergedYears(spans);
    const disagrees = statedTotal && Math.abs(statedTotal.years - total) >= 2;
    return {
      total,
      relevant: mergedYears(relevantSpans),
      evidence: disagrees
        ? [
            {
              kind: 'stated-years',
              text: `States "${statedTotal.sentence}", but the dated roles add up to ${formatYears(total)}: worth asking.`,
            },
          ]
        : [],
    };
  }
  if (!statedTotal) return { total: null, relevant: null, evidence: [] };
  const statedRelevant = largest(
    stated.filter((s) => hasHealthCue(s.sentence) || matcher.findAll(s.sentence).length > 0),
  );
  return {
    total: statedTotal.years,
    relevant: statedRelevant?.years ?? (relevance === 'strong' ? statedTotal.years : null),
    evidence: [{ kind: 'stated-years', text: `No dated roles; states "${statedTotal.sentence}"` }],
  };
}
