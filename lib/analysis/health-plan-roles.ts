import type { Term } from '../glossary/schema';
import type { Matcher } from '../matching/matcher';
import { formatResumeDate, formatYears, type MonthSpan, rangeSpan, roundYears } from './experience-dates';
import { healthPlanScore, RELEVANT_ROLE_SCORE } from './relevance';
import type { LineLayout } from './resume-layout';
import { roleSetting } from './role-setting';
import { extractRoles } from './roles';
import type { Evidence, Role } from './schema';
import { type TimeBudget, UNLIMITED } from './time-budget';

export interface HealthPlanRoles {
  roles: Role[];
  /** The months every dated role covers, and those of the health-plan roles. */
  spans: MonthSpan[];
  relevantSpans: MonthSpan[];
  /** Lines of the text that belong to roles outside health plans. */
  otherWorkLines: Set<number>;
  /** One note a role: counted (with its years and up to three terms that made it count) or not, and why. */
  evidence: Evidence[];
  /** The years of provider-side roles, told apart in the level's note. */
  providerSpans: MonthSpan[];
  /** The lines of health-plan roles: evidence on them is judged on the role, not the line. */
  healthPlanRoleLines: Set<number>;
}

/** The resume's roles, each judged health-plan work or not by the glossary terms and employer it names. */
export function judgeRoles(
  text: string,
  today: Date,
  matcher: Matcher,
  termOf: (termId: string) => Term,
  layout: readonly LineLayout[] = [],
  budget: TimeBudget = UNLIMITED,
): HealthPlanRoles {
  const found: HealthPlanRoles = {
    roles: [],
    spans: [],
    relevantSpans: [],
    otherWorkLines: new Set(),
    evidence: [],
    providerSpans: [],
    healthPlanRoleLines: new Set(),
  };
  for (const role of extractRoles(text, layout, budget)) {
    budget.check();
    const terms = matcher.findAll(role.text).map((m) => termOf(m.termId));
    const { setting, why } = roleSetting({
      ...role,
      managedCareSubstance: healthPlanScore(role.text, terms) >= RELEVANT_ROLE_SCORE,
    });
    const relevant = setting === 'health-plan';
    const span = rangeSpan(role, today);
    const years = span ? (span.to - span.from) / 12 : null;
    const entry: Role = {
      title: role.title,
      employer: role.employer,
      start: formatResumeDate(role.start),
      end: formatResumeDate(role.end),
      years: years === null ? null : roundYears(years),
      relevant,
      setting,
      lines: role.lineNumbers.map((n) => n + 1),
    };
    found.roles.push(entry);
    if (span) found.spans.push(span);
    if (span && relevant) found.relevantSpans.push(span);
    if (span && setting === 'provider') found.providerSpans.push(span);
    if (relevant) for (const n of role.lineNumbers) found.healthPlanRoleLines.add(n);
    else for (const n of role.lineNumbers) found.otherWorkLines.add(n);
    found.evidence.push(roleEvidence(entry, years, terms, why));
  }
  return found;
}

/** What was counted for a role and why, or why it was not. */
function roleEvidence(role: Role, years: number | null, terms: readonly Term[], why: string): Evidence {
  const label = `${role.title}${role.employer ? ` (${role.employer})` : ''}, ${role.start}\u2013${role.end}`;
  const duration = years === null ? 'dates unclear' : formatYears(years);
  const reasons = [...new Set(terms.map((t) => t.term))].slice(0, 3);
  const because = reasons.length ? ` \u2014 ${reasons.join(', ')}` : '';
  if (role.setting === 'health-plan')
    return { kind: 'role-counted', text: `${label}: counted, ${duration}${because}` };
  if (role.setting === 'provider')
    return {
      kind: 'role-not-counted',
      text: `${label}: provider-side (${why}); ${duration} not counted as health-plan (payer) years${because}`,
    };
  return { kind: 'role-not-counted', text: `${label}: not health-plan work` };
}

/** The text without the lines of other-field roles: what was done in health-plan work. */
export function healthPlanWorkText(text: string, otherWorkLines: ReadonlySet<number>): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((_, n) => !otherWorkLines.has(n))
    .join('\n');
}
