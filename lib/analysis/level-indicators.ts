import type { Evidence, Level } from './schema';

export interface IndicatorRule {
  id: string;
  level: Exclude<Level, 'unknown'>;
  label: string;
  pattern: RegExp;
}

/**
 * The seeds' experience level indicators as phrases a resume uses for them. They are read from what the
 * candidate did, never from title words: "Senior" or "II" in a title decides nothing.
 */
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  {
    id: 'team-leadership',
    level: 'senior',
    label: 'Team leadership and training',
    pattern:
      /\b(?:led|lead|leading|supervised?|supervising|managed|managing|oversaw|oversee|directed|mentored|coached|trained)\s+(?:and\s+\w+\s+)?(?:a\s+|the\s+)?(?:(?:team|staff|group|unit|department)\b|(?:team|staff)\s+of\b|\d+\+?\s+(?:\w+\s+){0,3}?(?:staff|employees|examiners|representatives|reps|nurses|coordinators|specialists|processors|analysts|associates|agents|case managers|people|direct reports|fte))/i,
  },
  {
    id: 'program-implementation',
    level: 'senior',
    label: 'Program implementation and oversight',
    pattern:
      /\b(?:implemented|launched|rolled out|established|designed and implemented|built|introduced|stood up)\s+(?:\S+\s+){0,6}?(?:program|programme|protocol|process|initiative|workflow|policy|policies|platform|system)s?\b/i,
  },
  {
    id: 'regulatory-compliance-management',
    level: 'senior',
    label: 'Regulatory compliance management',
    pattern:
      /\b(?:led|managed|oversaw|directed|owned|headed|coordinated)\s+(?:\S+\s+){0,6}?(?:compliance|audits?|accreditation|readiness|NCQA|URAC|CMS|regulatory)\b/i,
  },
  {
    id: 'strategic-planning',
    level: 'senior',
    label: 'Strategic planning and analysis',
    pattern:
      /\b(?:strategic (?:planning|plans?|initiatives?|priorities)|budgets? of|p&l|forecasting|business strategy)\b/i,
  },
  {
    id: 'provider-network-management',
    level: 'mid',
    label: 'Provider network management',
    pattern:
      /\b(?:provider network|network management|provider relations|provider contract(?:s|ing)?|credentialing|network development)\b/i,
  },
  {
    id: 'benefits-coordination',
    level: 'mid',
    label: 'Benefits coordination',
    pattern: /\b(?:coordination of benefits|benefits? coordination|coordinated benefits|COB)\b/,
  },
  {
    id: 'compliance-knowledge',
    level: 'mid',
    label: 'Healthcare compliance knowledge',
    pattern: /\b(?:compliance|HIPAA|regulatory requirements|audit(?:s|ed|ing)?)\b/i,
  },
  {
    id: 'case-management',
    level: 'mid',
    label: 'Case management experience',
    pattern:
      /\b(?:case management|case manager|care coordination|care management|utilization (?:review|management)|concurrent review)\b/i,
  },
  {
    id: 'member-services',
    level: 'junior',
    label: 'Member services support',
    pattern:
      /\b(?:member services?|customer service|call center|inbound calls|member (?:calls|inquiries))\b/i,
  },
  {
    id: 'claims-processing',
    level: 'junior',
    label: 'Claims processing',
    pattern:
      /\b(?:process(?:ed|ing)?\s+(?:\S+\s+){0,3}?claims|claims (?:processing|entry|adjudication)|adjudicat(?:ed|ing|e)\b)/i,
  },
];

export interface FoundIndicator {
  id: string;
  level: Exclude<Level, 'unknown'>;
  label: string;
  quote: string;
}

/** The first phrase that shows each indicator, quoted from the text so a recruiter can find it. */
export function findIndicators(text: string): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  for (const rule of INDICATOR_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
    found.push({
      id: rule.id,
      level: rule.level,
      label: rule.label,
      quote: line.length > 140 ? `${line.slice(0, 137)}...` : line,
    });
  }
  return found;
}

/** The note that quotes an indicator, so a recruiter can check it on the page. */
export function indicatorEvidence(indicator: FoundIndicator): Evidence {
  return { kind: 'indicator', text: `${indicator.label} (${indicator.level}): "${indicator.quote}"` };
}
