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
const INDICATOR_RULES: readonly IndicatorRule[] = [
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

const QUOTE_LIMIT = 140;
const BULLET = /^[\s\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u25ba\u25b8\u2013\u2014*>-]+/;

/**
 * The whole phrase around a match, as the candidate wrote it: the line without its bullet mark, or on a
 * long line the sentence that holds the match, cut at word boundaries with an ellipsis if still long.
 */
export function phraseAround(line: string, at: number, length: number): string {
  let start = 0;
  let end = line.length;
  if (line.trim().length > QUOTE_LIMIT) {
    // The sentence (or clause after a semicolon) that holds the match.
    for (const stop of line.slice(0, at).matchAll(/[.;!?]\s+/g)) start = (stop.index ?? 0) + stop[0].length;
    const next = /[.;!?](?:\s|$)/.exec(line.slice(at + length));
    if (next) end = at + length + next.index + 1;
  }
  let from = start;
  let to = end;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  if (to - from > QUOTE_LIMIT) {
    from = Math.max(start, at - 50);
    to = Math.min(end, from + QUOTE_LIMIT);
    // Whole words only: step past a word cut at either edge.
    if (from > start) while (from < at && !isSpace(line[from - 1])) from++;
    if (to < end) while (to > at + length && !isSpace(line[to])) to--;
  }
  const part = line.slice(from, to).replace(BULLET, '').replace(/\s+/g, ' ').trim();
  return `${from > start ? '\u2026' : ''}${part}${to < end ? '\u2026' : ''}`;
}

/** The first phrase that shows each indicator, quoted from the text so a recruiter can find it. */
export function findIndicators(text: string): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  for (const rule of INDICATOR_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    found.push({
      id: rule.id,
      level: rule.level,
      label: rule.label,
      quote: phraseAround(line, m.index - lineStart, m[0].length),
    });
  }
  return found;
}

/** The note that quotes an indicator, so a recruiter can check it on the page. */
export function indicatorEvidence(indicator: FoundIndicator): Evidence {
  return { kind: 'indicator', text: `${indicator.label} (${indicator.level}): "${indicator.quote}"` };
}
