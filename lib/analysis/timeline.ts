import { type MonthSpan, monthNow, roleSpan } from './experience-dates';
import type { Role } from './schema';

/** One dated role placed on the career's time axis. */
export interface TimelineBar {
  role: Role;
  /** Months since year 0, end exclusive (as `rangeSpan` counts). */
  from: number;
  to: number;
  /** Row it is drawn in: 0 unless it overlaps an earlier role. */
  lane: number;
}

export interface TimelineGap {
  from: number;
  to: number;
}

export interface Timeline {
  bars: TimelineBar[];
  /** Roles the picture cannot place honestly (no dates, one date, an end before the start): listed apart. */
  undated: Role[];
  /** Stretches of at least `MIN_GAP_MONTHS` with no role at all, between the first and the last role. */
  gaps: TimelineGap[];
  /** The axis: from the first role's start to today. */
  start: number;
  end: number;
  today: number;
  lanes: number;
}

/** Shorter breaks are usually notice periods or rounding in "MM/YYYY" dates, not gaps worth asking about. */
const MIN_GAP_MONTHS = 3;

/**
 * Lays the analysis's roles out on one axis: overlapping roles stacked in lanes (first free lane, oldest
 * first), the gaps between them, and the roles that have no usable dates kept aside rather than guessed.
 */
export function careerTimeline(roles: readonly Role[], today: Date): Timeline {
  const now = monthNow(today);
  const placed: { role: Role; span: MonthSpan }[] = [];
  const undated: Role[] = [];
  for (const role of roles) {
    const span = roleSpan(role, today);
    if (span) placed.push({ role, span });
    else undated.push(role);
  }
  placed.sort((a, b) => a.span.from - b.span.from || b.span.to - a.span.to);

  const laneEnds: number[] = [];
  const bars = placed.map(({ role, span }) => {
    let lane = laneEnds.findIndex((end) => end <= span.from);
    if (lane === -1) lane = laneEnds.push(span.to) - 1;
    else laneEnds[lane] = span.to;
    return { role, from: span.from, to: span.to, lane };
  });

  const gaps: TimelineGap[] = [];
  let covered = bars[0]?.to ?? now;
  for (const bar of bars) {
    if (bar.from - covered >= MIN_GAP_MONTHS) gaps.push({ from: covered, to: bar.from });
    covered = Math.max(covered, bar.to);
  }

  return {
    bars,
    undated,
    gaps,
    start: bars[0]?.from ?? now,
    end: now,
    today: now,
    lanes: Math.max(1, laneEnds.length),
  };
}

/** "03/2019" for a month index, as the roles are written. */
export function monthLabel(month: number): string {
  return `${String((month % 12) + 1).padStart(2, '0')}/${Math.floor(month / 12)}`;
}
