import { formatYears } from './experience-dates';
import type { FoundIndicator } from './level-indicators';
import type { Relevance } from './relevance';
import type { Evidence, Level } from './schema';

type KnownLevel = Exclude<Level, 'unknown'>;

/** Level boundaries from the seeds: junior 0-2 years, mid 2-5, senior 5+. */
export function baseLevel(years: number): KnownLevel {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  return 'senior';
}

const LEVEL_RANGE = { junior: '0\u20132 years', mid: '2\u20135 years', senior: '5+ years' } as const;

interface Signals {
  mid: number;
  senior: number;
}

interface BorderlineMove {
  /** Health-plan years from `from` (inclusive) up to `to` (exclusive). */
  from: number;
  to: number;
  when: (signals: Signals) => boolean;
  level: KnownLevel;
  note: (years: string, signals: Signals) => string;
}

/**
 * Within half a year of a boundary, the work shown outweighs a few months either way. The bands do not
 * overlap, so at most one applies.
 */
const BORDERLINE_MOVES: readonly BorderlineMove[] = [
  {
    from: 1.5,
    to: 2,
    when: (s) => s.mid >= 2 || s.senior >= 2,
    level: 'mid',
    note: (y) => `${y} is just under 2, but the work shown is mid-level: mid`,
  },
  {
    from: 2,
    to: 2.5,
    when: (s) => s.mid === 0 && s.senior === 0,
    level: 'junior',
    note: (y) => `${y} is just over 2, but no mid-level work is shown: junior`,
  },
  {
    from: 4.5,
    to: 5,
    when: (s) => s.senior >= 2,
    level: 'senior',
    note: (y, s) => `${y} is just under 5, but ${s.senior} senior indicators are shown: senior`,
  },
  {
    from: 5,
    to: 5.5,
    when: (s) => s.senior === 0,
    level: 'mid',
    note: (y) => `${y} is just over 5, but no senior indicators are shown: mid`,
  },
];

export interface LevelInput {
  relevance: Relevance;
  /** Unrounded: the boundaries are judged on the exact figure, the note shows it rounded. */
  relevantYears: number | null;
  /** Found in health-plan work only. */
  indicators: readonly FoundIndicator[];
  /** Years of provider-side roles (billing a plan from a hospital or practice): named, never counted. */
  providerYears?: number | null;
}

/** The suggested level and the note that explains it to the recruiter. */
export function suggestLevel({ relevance, relevantYears, indicators, providerYears = null }: LevelInput): {
  level: Level;
  evidence: Evidence;
} {
  const because = (level: Level, text: string) => ({ level, evidence: { kind: 'level' as const, text } });
  if (relevance === 'none')
    return because(
      'unknown',
      'Not a managed-care profile: no health-plan roles and too few managed-care terms, so no level, red flags or interview questions apply.',
    );
  if (relevantYears === null)
    return because('unknown', 'No level suggested: no dates or stated years of health-plan experience.');
  // Dated roles, none of them for a health plan: there are no payer years to judge a level on, and "junior"
  // would read as a verdict on a career spent elsewhere (a hospital biller, an HR generalist).
  if (relevantYears === 0)
    return because(
      'unknown',
      providerYears !== null && providerYears > 0
        ? `No level suggested: no health-plan (payer) roles; ${formatYears(providerYears)} of provider-side work is background, not payer years.`
        : 'No level suggested: none of the dated roles is health-plan work.',
    );
  const y = relevantYears;
  const signals: Signals = {
    mid: indicators.filter((i) => i.level === 'mid').length,
    senior: indicators.filter((i) => i.level === 'senior').length,
  };
  const move = BORDERLINE_MOVES.find((m) => y >= m.from && y < m.to && m.when(signals));
  if (move) return because(move.level, move.note(formatYears(y), signals));
  const level = baseLevel(y);
  const provider =
    providerYears !== null && providerYears > 0
      ? ` (plus ${formatYears(providerYears)} provider-side, not counted: the level counts years working for a health plan)`
      : '';
  return because(
    level,
    `${formatYears(y)} of health-plan experience${provider}: ${level} (${LEVEL_RANGE[level]})`,
  );
}
