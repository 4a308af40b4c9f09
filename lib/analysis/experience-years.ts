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

/** Sentences whose figure is not the person's own working years: a team's, a job ad's, a tool's. */
const NOT_OWN_YEARS =
  /\b(?:combined|collective|cumulative|team'?s?|staff|our|their|company|organi[sz]ation|firm|clients?|requires?|required|requirements?|minimum|preferred|must have|warranty|old|age)\b|\bexperience (?:with|using|on|in) (?:Microsoft|MS|Excel|Word|Office|Outlook|PowerPoint|Access|Salesforce|SQL|Python|Java|SAP|Oracle|Tableau|Epic|Cerner|Meditech|Facets|QNXT|HealthRules|Amisys)\b/i;

/** Whether a "N years of experience" sentence is about the person's overall working experience. */
function aboutOverallExperience(sentence: string): boolean {
  return !NOT_OWN_YEARS.test(sentence);
}

const largest = (list: readonly StatedYears[]) =>
  list.reduce<StatedYears | null>((best, s) => (!best || s.years > best.years ? s : best), null);

/**
 * Years of experience, all and health-plan, from the dated roles. A stated figure ("7+ years of
 * experience") stands in only when no role is dated and only from a sentence about the person's overall
 * experience (not a team's, a job requirement's or a tool's), and the evidence says it was used; it is noted
 * when the dates disagree with it by two years or more. A stated figure counts as health-plan years when its sentence is about health care, or,
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
  const stated = findStatedYears(text).filter((s) => aboutOverallExperience(s.sentence));
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
    evidence: [
      {
        kind: 'stated-years',
        text: `No dated roles, so the years come from the figure the resume states: "${statedTotal.sentence}"`,
      },
    ],
  };
}
