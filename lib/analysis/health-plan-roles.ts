import type { Term } from '../glossary/schema';
import type { Matcher } from '../matching/matcher';
import { formatResumeDate, formatYears, type MonthSpan, rangeSpan, roundYears } from './experience-dates';
import { healthPlanScore, RELEVANT_ROLE_SCORE } from './relevance';
import { extractRoles } from './roles';
import type { Evidence, Role } from './schema';

export interface HealthPlanRoles {
  roles: Role[];
  /** The months every dated role covers, and those of the health-plan roles. */
  spans: MonthSpan[];
  relevantSpans: MonthSpan[];
  /** Lines of the text that belong to roles outside health plans. */
  otherWorkLines: Set<number>;
  /** One note a role: counted (with its years and up to three terms that made it count) or not. */
  evidence: Evidence[];
}

/** The resume's roles, each judged health-plan work or not by the glossary terms and employer it names. */
export function judgeRoles(
  text: string,
  today: Date,
  matcher: Matcher,
  termOf: (termId: string) => Term,
): HealthPlanRoles {
  const found: HealthPlanRoles = {
    roles: [],
    spans: [],
    relevantSpans: [],
    otherWorkLines: new Set(),
    evidence: [],
  };
  for (const role of extractRoles(text)) {
    const terms = matcher.findAll(role.text).map((m) => termOf(m.termId));
    const relevant = healthPlanScore(role.text, terms) >= RELEVANT_ROLE_SCORE;
    const span = rangeSpan(role, today);
    const years = span ? (span.to - span.from) / 12 : null;
    const entry: Role = {
      title: role.title,
      employer: role.employer,
      start: formatResumeDate(role.start),
      end: formatResumeDate(role.end),
      years: years === null ? null : roundYears(years),
      relevant,
    };
    found.roles.push(entry);
    if (span) found.spans.push(span);
    if (span && relevant) found.relevantSpans.push(span);
    if (!relevant) for (const n of role.lineNumbers) found.otherWorkLines.add(n);
    const label = `${entry.title}${entry.employer ? ` (${entry.employer})` : ''}, ${entry.start}\u2013${entry.end}`;
    if (relevant) {
      const reasons = [...new Set(terms.map((t) => t.term))].slice(0, 3);
      found.evidence.push({
        kind: 'role-counted',
        text: `${label}: counted, ${years === null ? 'dates unclear' : formatYears(years)}${reasons.length ? ` \u2014 ${reasons.join(', ')}` : ''}`,
      });
    } else {
      found.evidence.push({ kind: 'role-not-counted', text: `${label}: not health-plan work` });
    }
  }
  return found;
}

/** The text without the lines of other-field roles: what was done in health-plan work. */
export function healthPlanWorkText(text: string, otherWorkLines: ReadonlySet<number>): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((_, n) => !otherWorkLines.has(n))
    .join('\n');
}
