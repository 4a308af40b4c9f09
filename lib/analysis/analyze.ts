import { GLOSSARY } from '../glossary';
import type { Term } from '../glossary/schema';
import { compileMatcher, countMatches, type Matcher } from '../matching/matcher';
import { roundYears } from './experience-dates';
import { experienceYears } from './experience-years';
import { healthPlanWorkText, judgeRoles } from './health-plan-roles';
import { questionsFor } from './interview-questions';
import { suggestLevel } from './level';
import { findIndicators, indicatorEvidence } from './level-indicators';
import { findPlanContexts } from './plan-context';
import { raiseRedFlags } from './red-flags';
import { judgePageRelevance } from './relevance';
import type { Analysis } from './schema';
import { searchKeywords } from './search-keywords';
import { booleanSearch, xraySearch } from './search-strings';
import { findSpecialties, latestFirst } from './specialty';
import { searchTitles } from './titles/search-titles';

export interface AnalyzeOptions {
  /** What "Present" means; defaults to now. */
  today?: Date;
  glossary?: readonly Term[];
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
    entry = { matcher: compileMatcher(glossary), termOf: (id) => byId.get(id) as Term };
    compiledGlossaries.set(glossary, entry);
  }
  return entry;
}

const rounded = (years: number | null) => (years === null ? null : roundYears(years));

/** Everything the popup and the CLI show, computed from the plain text of a resume or profile. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const today = options.today ?? new Date();
  const { matcher, termOf } = compiled(options.glossary ?? GLOSSARY);
  const matches = matcher.findAll(text);
  const termCounts = countMatches(matches);

  const work = judgeRoles(text, today, matcher, termOf);
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
  // Indicators, specialty and plan context come from what was done in health-plan work, not other jobs.
  const workText = relevance === 'none' ? '' : healthPlanWorkText(text, work.otherWorkLines);
  const indicators = relevance === 'none' ? [] : findIndicators(workText);
  const suggested = suggestLevel({ relevance, relevantYears: years.relevant, indicators });
  const latestHealthPlanTitles = latestFirst(healthPlanRoles).map((r) => r.title);
  const specialties =
    relevance === 'none' ? [] : findSpecialties({ titles: latestHealthPlanTitles, workText });
  const planContexts = relevance === 'none' ? [] : findPlanContexts(workText);
  const titles = searchTitles({
    level: suggested.level,
    specialties: specialties.map((s) => s.id),
    ownTitles: latestHealthPlanTitles,
  });
  const keywords = searchKeywords(specialties, workText);
  const searchParts = { titles, keywords, contexts: planContexts };

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
    redFlags: raiseRedFlags({
      text,
      matches,
      relevance,
      termOf,
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
    interviewQuestions: questionsFor(
      suggested.level,
      specialties.map((s) => s.id),
    ),
    terms: [...termCounts].map(([id, count]) => {
      const term = termOf(id);
      return { id, term: term.term, category: term.category, count };
    }),
  };
}
