import { GLOSSARY } from '../glossary';
import type { Term } from '../glossary/schema';
import { compileMatcher, type Matcher, type TermMatch } from '../matching/matcher';
import {
  findStatedYears,
  formatResumeDate,
  type MonthSpan,
  mergedYears,
  rangeSpan,
  type StatedYears,
} from './experience-dates';
import { hasHealthCue, hasOtherFieldCue } from './health-context';
import { questionsFor } from './interview-questions';
import { findIndicators } from './level-indicators';
import { raiseRedFlags } from './red-flags';
import { type FoundTerm, healthPlanScore, pageRelevance, RELEVANT_ROLE_SCORE } from './relevance';
import { extractRoles } from './roles';
import type { Analysis, Evidence, Level, Role } from './schema';
import { booleanSearch, rankSearchTitles, xraySearch } from './search-strings';

export interface AnalyzeOptions {
  /** What "Present" means; defaults to now. */
  today?: Date;
  glossary?: readonly Term[];
}

const matchers = new WeakMap<readonly Term[], { matcher: Matcher; byId: Map<string, Term> }>();

function compiled(glossary: readonly Term[]) {
  let entry = matchers.get(glossary);
  if (!entry) {
    entry = { matcher: compileMatcher(glossary), byId: new Map(glossary.map((t) => [t.id, t])) };
    matchers.set(glossary, entry);
  }
  return entry;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const yrs = (n: number) => `${round1(n)} yr${round1(n) === 1 ? '' : 's'}`;

/** Level boundaries from the seeds: junior 0-2 years, mid 2-5, senior 5+. */
function baseLevel(years: number): Exclude<Level, 'unknown'> {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  return 'senior';
}

const LEVEL_RANGE = { junior: '0\u20132 years', mid: '2\u20135 years', senior: '5+ years' } as const;

/** How far either side of a match its context reaches when its line is very long (a page read as one line). */
const CONTEXT_REACH = 240;

/**
 * The line a match sits on, cut to a few hundred characters around it so long lines cost no more. Line
 * ends are found once per text: searching back from every match would be quadratic on a page read as one
 * long line.
 */
function linesOf(text: string): (at: number) => string {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (at) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo > 0 ? (breaks[lo - 1] as number) + 1 : 0;
    const lineEnd = lo < breaks.length ? (breaks[lo] as number) : text.length;
    return text.slice(Math.max(lineStart, at - CONTEXT_REACH), Math.min(lineEnd, at + CONTEXT_REACH));
  };
}

/** Everything the popup and the CLI show, computed from the plain text of a resume or profile. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const today = options.today ?? new Date();
  const { matcher, byId } = compiled(options.glossary ?? GLOSSARY);
  const termOf = (m: TermMatch) => byId.get(m.termId) as Term;
  const found = (matches: readonly TermMatch[]): FoundTerm[] =>
    matches.map((m) => ({ id: m.termId, specificity: termOf(m).specificity }));

  const matches = matcher.findAll(text);
  const evidence: Evidence[] = [];

  // Roles and the years they cover.
  const roles: Role[] = [];
  const allSpans: MonthSpan[] = [];
  const relevantSpans: MonthSpan[] = [];
  const otherWorkLines = new Set<number>();
  for (const role of extractRoles(text)) {
    const roleMatches = matcher.findAll(role.text);
    const relevant = healthPlanScore(role.text, found(roleMatches)) >= RELEVANT_ROLE_SCORE;
    const span = rangeSpan(role, today);
    const years = span ? (span.to - span.from) / 12 : null;
    const entry: Role = {
      title: role.title,
      employer: role.employer,
      start: formatResumeDate(role.start),
      end: formatResumeDate(role.end),
      years: years === null ? null : round1(years),
      relevant,
    };
    roles.push(entry);
    if (span) allSpans.push(span);
    if (span && relevant) relevantSpans.push(span);
    if (!relevant) for (const n of role.lineNumbers) otherWorkLines.add(n);
    const label = `${entry.title}${entry.employer ? ` (${entry.employer})` : ''}, ${entry.start}\u2013${entry.end}`;
    if (relevant) {
      const reasons = [...new Set(roleMatches.map((m) => termOf(m).term))].slice(0, 3);
      evidence.push({
        kind: 'role-counted',
        text: `${label}: counted, ${years === null ? 'dates unclear' : yrs(years)}${reasons.length ? ` \u2014 ${reasons.join(', ')}` : ''}`,
      });
    } else {
      evidence.push({ kind: 'role-not-counted', text: `${label}: not health-plan work` });
    }
  }

  // Stated figures ("7+ years of experience") stand in when no dates support a figure.
  const stated = findStatedYears(text);
  const statedHealth = stated.filter(
    (s) => hasHealthCue(s.sentence) || matcher.findAll(s.sentence).length > 0,
  );
  const maxOf = (list: readonly StatedYears[]) =>
    list.reduce<StatedYears | null>((best, s) => (!best || s.years > best.years ? s : best), null);
  const statedTotal = maxOf(stated);
  const statedRelevant = maxOf(statedHealth);

  let yearsOfExperience: number | null = null;
  let relevantYears: number | null = null;
  if (allSpans.length > 0) {
    yearsOfExperience = mergedYears(allSpans);
    relevantYears = mergedYears(relevantSpans);
    if (statedTotal && Math.abs(statedTotal.years - yearsOfExperience) >= 2) {
      evidence.push({
        kind: 'stated-years',
        text: `States "${statedTotal.sentence}", but the dated roles add up to ${yrs(yearsOfExperience)}: worth asking.`,
      });
    }
  } else if (statedTotal) {
    yearsOfExperience = statedTotal.years;
    evidence.push({ kind: 'stated-years', text: `No dated roles; states "${statedTotal.sentence}"` });
  }

  // How much health-plan substance the page has.
  const distinct = new Map<string, Term>();
  for (const m of matches) distinct.set(m.termId, termOf(m));
  const terms = [...distinct.values()];
  const highTerms = terms.filter((t) => t.specificity === 'high').length;
  const mediumTerms = terms.filter((t) => t.specificity === 'medium').length;
  const relevantRoles = roles.filter((r) => r.relevant).length;
  const relevance = pageRelevance({ highTerms, mediumTerms, relevantRoles });
  if (allSpans.length === 0 && statedTotal) {
    if (statedRelevant) relevantYears = statedRelevant.years;
    else if (relevance === 'strong') relevantYears = statedTotal.years;
  }
  if (relevance === 'none') {
    evidence.push({
      kind: 'relevance',
      text: `No health-plan substance: ${highTerms + mediumTerms === 0 ? 'no' : 'too few'} managed-care terms and no health-plan roles.`,
    });
  } else if (relevance === 'some') {
    evidence.push({
      kind: 'relevance',
      text: `Limited health-plan substance: ${highTerms + mediumTerms} specific managed-care term${highTerms + mediumTerms === 1 ? '' : 's'}, ${relevantRoles} health-plan role${relevantRoles === 1 ? '' : 's'}.`,
    });
  }

  // Indicators come from what was done in health-plan work, not from other jobs.
  const indicatorText = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((_, n) => !otherWorkLines.has(n))
    .join('\n');
  const indicators = relevance === 'none' ? [] : findIndicators(indicatorText);
  const seniorSignals = indicators.filter((i) => i.level === 'senior').length;
  const midSignals = indicators.filter((i) => i.level === 'mid').length;
  for (const indicator of indicators) {
    evidence.push({
      kind: 'indicator',
      text: `${indicator.label} (${indicator.level}): "${indicator.quote}"`,
    });
  }

  let level: Level = 'unknown';
  if (relevance === 'none') {
    evidence.push({
      kind: 'level',
      text: 'No level suggested: the page shows no health-plan experience to judge.',
    });
  } else if (relevantYears === null) {
    evidence.push({
      kind: 'level',
      text: 'No level suggested: no dates or stated years of health-plan experience.',
    });
  } else {
    const y = relevantYears;
    level = baseLevel(y);
    let note = `${yrs(y)} of health-plan experience: ${level} (${LEVEL_RANGE[level]})`;
    if (y >= 1.5 && y < 2 && (midSignals >= 2 || seniorSignals >= 2)) {
      level = 'mid';
      note = `${yrs(y)} is just under 2, but the work shown is mid-level: mid`;
    } else if (y >= 2 && y < 2.5 && midSignals === 0 && seniorSignals === 0) {
      level = 'junior';
      note = `${yrs(y)} is just over 2, but no mid-level work is shown: junior`;
    } else if (y >= 4.5 && y < 5 && seniorSignals >= 2) {
      level = 'senior';
      note = `${yrs(y)} is just under 5, but ${seniorSignals} senior indicators are shown: senior`;
    } else if (y >= 5 && y < 5.5 && seniorSignals === 0) {
      level = 'mid';
      note = `${yrs(y)} is just over 5, but no senior indicators are shown: mid`;
    }
    evidence.push({ kind: 'level', text: note });
  }

  // Skills the red flags look for: shared words count only on a line about health care.
  const lineAround = linesOf(text);
  const counts = (m: TermMatch) => {
    const term = termOf(m);
    if (term.specificity !== 'shared') return true;
    const line = lineAround(m.start);
    return hasHealthCue(line) && !hasOtherFieldCue(line);
  };
  const counted = matches.filter(counts);
  const has = (skill: 'regulation' | 'claims' | 'compliance') =>
    counted.some((m) => termOf(m).skills.includes(skill));
  const healthLines = text.split('\n').filter((line) => relevance !== 'none' || hasHealthCue(line));
  const redFlags = raiseRedFlags({
    regulation:
      has('regulation') ||
      healthLines.some((l) =>
        /\b(?:state and federal|federal and state|healthcare|health care) regulations?\b/i.test(l),
      ),
    claims: has('claims'),
    compliance:
      has('compliance') ||
      healthLines.some((l) => /\b(?:compliance|compliant|audits?|auditing|accreditation)\b/i.test(l)),
    distinctTerms: new Set(counted.map((m) => m.termId)).size,
    mentionsMedicalTerminology: /\bmedical terminology\b/i.test(text),
  });

  const searchTitles = rankSearchTitles(
    level,
    roles.filter((r) => r.relevant).map((r) => r.title),
  );
  const termCounts = new Map<string, number>();
  for (const m of matches) termCounts.set(m.termId, (termCounts.get(m.termId) ?? 0) + 1);

  return {
    level,
    yearsOfExperience: yearsOfExperience === null ? null : round1(yearsOfExperience),
    relevantYears: relevantYears === null ? null : round1(relevantYears),
    relevance,
    evidence,
    roles,
    indicators,
    redFlags,
    searchTitles,
    searchString: booleanSearch(searchTitles),
    xraySearchString: xraySearch(searchTitles),
    interviewQuestions: questionsFor(level),
    terms: [...termCounts].map(([id, count]) => {
      const term = byId.get(id) as Term;
      return { id, term: term.term, category: term.category, count };
    }),
  };
}
