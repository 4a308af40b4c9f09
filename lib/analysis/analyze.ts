import { GLOSSARY } from '../glossary';
import type { Term } from '../glossary/schema';
import { compiledMatcher } from '../matching/compiled-matcher';
import { countMatches, type Matcher } from '../matching/matcher';
import { mergedYears, roundYears } from './experience-dates';
import { experienceYears } from './experience-years';
import { isHealthSetting } from './health-context';
import { healthPlanWorkText, judgeRoles } from './health-plan-roles';
import { questionsFor } from './interview-questions';
import { suggestLevel } from './level';
import { findIndicators, indicatorEvidence } from './level-indicators';
import { matchContext } from './match-context';
import { findPlanContexts } from './plan-context';
import { raiseRedFlags } from './red-flags';
import { judgePageRelevance } from './relevance';
import { LayoutSchema, type LineLayout } from './resume-layout';
import type { Analysis } from './schema';
import { searchKeywords } from './search-keywords';
import { booleanSearch, xraySearch } from './search-strings';
import { findSpecialties, latestFirst } from './specialty';
import { limitText } from './text-limit';
import {
  ANALYSIS_TIME_LIMIT_MS,
  type AnalysisStopped,
  type Clock,
  OutOfTime,
  type TimeBudget,
  timeBudget,
  UNLIMITED,
} from './time-budget';
import { searchTitles } from './titles/search-titles';

export interface AnalyzeOptions {
  /** What "Present" means; defaults to now. */
  today?: Date;
  glossary?: readonly Term[];
  /**
   * For text extracted from a PDF: each line's page, position, size and weight (lib/extract/pdf-text.ts
   * gives them), which help tell titles from duties. Facts that fail the schema are ignored, not fatal.
   */
  layout?: readonly LineLayout[];
  /** Checked between stages and inside the costly ones; see `analyzeInTime`. */
  budget?: TimeBudget;
}

const compiledGlossaries = new WeakMap<
  readonly Term[],
  { matcher: Matcher; termOf: (termId: string) => Term }
>();

/** The glossary's matcher and term lookup, compiled once per glossary. */
function compiled(glossary: readonly Term[]) {
  let entry = compiledGlossaries.get(glossary);
  if (!entry) {
    const byId = new Map(glossary.map((t) => [t.id, t]));
    entry = { matcher: compiledMatcher(glossary), termOf: (id) => byId.get(id) as Term };
    compiledGlossaries.set(glossary, entry);
  }
  return entry;
}

const rounded = (years: number | null) => (years === null ? null : roundYears(years));

/**
 * Everything the popup and the CLI show, computed from the plain text of a resume or profile: at most its
 * first `MAX_ANALYSIS_TEXT` characters, which bounds the work one page can cause.
 */
export function analyze(fullText: string, options: AnalyzeOptions = {}): Analysis {
  const { text, cut } = limitText(fullText);
  const today = options.today ?? new Date();
  const { matcher, termOf } = compiled(options.glossary ?? GLOSSARY);
  const layout = options.layout ? LayoutSchema.safeParse(options.layout) : undefined;
  const budget = options.budget ?? UNLIMITED;
  budget.check();
  const work = judgeRoles(text, today, matcher, termOf, layout?.success ? layout.data : [], budget);
  budget.check();
  // Shared words (claims, open enrollment, case manager) count only where their role or sentence is about
  // health care; the term list and the red flags both use this one set.
  const contextOf = matchContext(text, work.healthPlanRoleLines);
  const matches = matcher.findAll(text).filter((m) => {
    const term = termOf(m.termId);
    return term.specificity !== 'shared' || isHealthSetting(contextOf(m.start));
  });
  const termCounts = countMatches(matches);
  budget.check();

  const healthPlanRoles = work.roles.filter((r) => r.relevant);
  const { relevance, evidence: relevanceEvidence } = judgePageRelevance(
    [...termCounts.keys()].map(termOf),
    healthPlanRoles.length,
  );
  const years = experienceYears({
    text,
    spans: work.spans,
    relevantSpans: work.relevantSpans,
    relevance,
    matcher,
  });
  budget.check();
  // Indicators, specialty and plan context come from what was done in health-plan work, not other jobs.
  const workText = relevance === 'none' ? '' : healthPlanWorkText(text, work.otherWorkLines);
  const indicators = relevance === 'none' ? [] : findIndicators(workText);
  const suggested = suggestLevel({
    relevance,
    relevantYears: years.relevant,
    indicators,
    providerYears: work.providerSpans.length > 0 ? mergedYears(work.providerSpans) : null,
  });
  const latestHealthPlanTitles = latestFirst(healthPlanRoles).map((r) => r.title);
  const specialties =
    relevance === 'none' ? [] : findSpecialties({ titles: latestHealthPlanTitles, workText, budget });
  const planContexts = relevance === 'none' ? [] : findPlanContexts(workText);
  const titles = searchTitles({
    level: suggested.level,
    specialties: specialties.map((s) => s.id),
    ownTitles: latestHealthPlanTitles,
  });
  const keywords = searchKeywords(specialties, workText);
  const searchParts = { titles, keywords, contexts: planContexts };
  budget.check();

  return {
    level: suggested.level,
    yearsOfExperience: rounded(years.total),
    relevantYears: rounded(years.relevant),
    relevance,
    evidence: [
      ...work.evidence,
      ...years.evidence,
      ...relevanceEvidence,
      ...indicators.map(indicatorEvidence),
      suggested.evidence,
    ],
    roles: work.roles,
    indicators,
    // Red flags judge a managed-care candidate; on a page with no managed-care substance they say nothing.
    redFlags:
      relevance === 'none'
        ? []
        : raiseRedFlags({
            text,
            matches,
            relevance,
            termOf,
            contextOf,
            specialties: specialties.map((s) => s.id),
            level: suggested.level,
            indicatorIds: indicators.map((i) => i.id),
          }),
    specialties,
    planContexts,
    searchTitles: titles,
    searchKeywords: keywords,
    searchString: booleanSearch(searchParts),
    xraySearchString: xraySearch(searchParts),
    interviewQuestions:
      relevance === 'none'
        ? []
        : questionsFor(
            suggested.level,
            specialties.map((s) => s.id),
          ),
    terms: [...termCounts].map(([id, count]) => {
      const term = termOf(id);
      return { id, term: term.term, category: term.category, count };
    }),
    textRead: { chars: text.length, cut },
  };
}

/** An analysis that ran to its end, or one stopped because its time ran out. */
export type AnalysisOutcome =
  | { kind: 'done'; analysis: Analysis }
  | { kind: 'too-slow'; stopped: AnalysisStopped };

export interface TimedAnalyzeOptions extends Omit<AnalyzeOptions, 'budget'> {
  clock: Clock;
  limitMs?: number;
}

/**
 * `analyze` within a time limit (`ANALYSIS_TIME_LIMIT_MS` unless told): a page that would take longer is
 * reported as too slow instead of holding up whoever waits for the answer (every other tab's popup).
 */
export function analyzeInTime(fullText: string, options: TimedAnalyzeOptions): AnalysisOutcome {
  const { clock, limitMs = ANALYSIS_TIME_LIMIT_MS, ...rest } = options;
  try {
    return { kind: 'done', analysis: analyze(fullText, { ...rest, budget: timeBudget(limitMs, clock) }) };
  } catch (error) {
    if (error instanceof OutOfTime) return { kind: 'too-slow', stopped: { afterMs: error.afterMs } };
    throw error;
  }
}
