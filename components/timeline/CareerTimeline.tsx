import { useState } from 'preact/hooks';
import type { Analysis, Role } from '../../lib/analysis/schema';
import { careerTimeline, monthLabel, type TimelineBar } from '../../lib/analysis/timeline';

// Drawn in viewBox units; the SVG scales to the panel's width, so only proportions matter.
const WIDTH = 320;
const LANE = 16;
const BAR = 11;
const AXIS = 16;

function roleDates(role: Role): string {
  return `${role.start || '?'} – ${role.end || '?'}`;
}

const WHY: Record<Role['setting'], string> = {
  'health-plan': 'counted as health-plan work',
  provider: 'not counted: provider-side work, not for a health plan',
  other: 'not counted: not health-plan work',
};

function why(role: Role): string {
  return role.relevant ? WHY['health-plan'] : WHY[role.setting === 'health-plan' ? 'other' : role.setting];
}

/** What a bar says to a screen reader, a tooltip and the caption under the picture. */
function describeBar(role: Role): string {
  const at = role.employer ? ` at ${role.employer}` : '';
  return `${role.title}${at}, ${roleDates(role)}: ${why(role)}`;
}

function years(n: number | null): string {
  return n === null ? 'unknown' : `${n}`;
}

/**
 * The candidate's roles on one time axis: health-plan roles and other work in two colours, overlaps in
 * lanes, gaps shaded, today marked. Roles without usable dates are listed under it, not placed.
 */
export function CareerTimeline({ analysis, today = new Date() }: { analysis: Analysis; today?: Date }) {
  const timeline = careerTimeline(analysis.roles, today);
  const [active, setActive] = useState<TimelineBar | null>(null);
  if (analysis.roles.length === 0) return null;

  const span = Math.max(12, timeline.end - timeline.start);
  const x = (month: number) => ((month - timeline.start) / span) * WIDTH;
  const height = timeline.lanes * LANE + AXIS;
  const firstYear = Math.ceil(timeline.start / 12);
  const lastYear = Math.floor(timeline.end / 12);
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 6));
  const ticks: number[] = [];
  for (let year = firstYear; year <= lastYear; year += step) ticks.push(year);
  const healthPlan = timeline.bars.filter((b) => b.role.relevant).length;
  const summary =
    `Career timeline: ${timeline.bars.length} dated roles, ${healthPlan} of them health-plan work, ` +
    `${timeline.gaps.length} gap${timeline.gaps.length === 1 ? '' : 's'}; ` +
    `${years(analysis.relevantYears)} health-plan years of ${years(analysis.yearsOfExperience)} total.`;

  return (
    <section class="card timeline" aria-labelledby="timeline-heading" data-testid="timeline">
      <h2 id="timeline-heading" class="card__title">
        Career timeline
      </h2>
      <p class="timeline__years">
        <span class="timeline__key timeline__key--plan" aria-hidden="true" /> {years(analysis.relevantYears)}{' '}
        health-plan yrs · <span class="timeline__key timeline__key--other" aria-hidden="true" />{' '}
        {years(analysis.yearsOfExperience)} total
      </p>
      {timeline.bars.length > 0 ? (
        <svg class="timeline__chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
          {timeline.gaps.map((gap) => (
            <rect
              key={`gap-${gap.from}`}
              class="timeline__gap"
              x={x(gap.from)}
              y={0}
              width={x(gap.to) - x(gap.from)}
              height={timeline.lanes * LANE}
            >
              <title>{`No role from ${monthLabel(gap.from)} to ${monthLabel(gap.to)}`}</title>
            </rect>
          ))}
          {timeline.bars.map((bar) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only name the bar in the caption below
            <g
              key={`${bar.role.title}-${bar.from}-${bar.lane}`}
              class={`timeline__bar ${bar.role.relevant ? 'timeline__bar--plan' : 'timeline__bar--other'}`}
              tabIndex={0}
              onMouseEnter={() => setActive(bar)}
              onFocus={() => setActive(bar)}
              data-testid="timeline-bar"
            >
              <title>{describeBar(bar.role)}</title>
              <rect
                x={x(bar.from)}
                y={bar.lane * LANE + (LANE - BAR) / 2}
                width={Math.max(2, x(bar.to) - x(bar.from))}
                height={BAR}
                rx={2}
              />
            </g>
          ))}
          <line class="timeline__today" x1={x(timeline.today)} x2={x(timeline.today)} y1={0} y2={height - 4}>
            <title>Today</title>
          </line>
          {ticks.map((year) => (
            <text key={year} class="timeline__tick" x={Math.min(x(year * 12), WIDTH - 14)} y={height - 3}>
              {year}
            </text>
          ))}
        </svg>
      ) : null}
      <p class="timeline__caption" aria-live="polite">
        {active ? describeBar(active.role) : 'Point at or focus a bar to see the role.'}
      </p>
      {timeline.undated.length > 0 ? (
        <>
          <h3 class="timeline__subtitle">Not on the timeline (no usable dates)</h3>
          <ul class="timeline__undated" data-testid="timeline-undated">
            {timeline.undated.map((role) => (
              <li key={`${role.title}-${role.start}`}>{describeBar(role)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
