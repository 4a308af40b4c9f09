import type { Analysis } from '../../lib/analysis/schema';
import { specialtyLine } from '../../lib/analysis/summary';
import { Card } from '../shared/Card';

const LEVEL_LABEL: Record<Analysis['level'], string> = {
  junior: 'Junior',
  mid: 'Mid',
  senior: 'Senior',
  unknown: 'Not enough information',
};

const LEVEL_RANGE: Record<Analysis['level'], string> = {
  junior: '0–2 years',
  mid: '2–5 years',
  senior: '5+ years',
  unknown: '',
};

function years(n: number | null): string {
  return n === null ? '?' : `${n}`;
}

/** The suggested level, the years behind it, and every reason, so the recruiter can check and disagree. */
export function LevelCard({ analysis }: { analysis: Analysis }) {
  const { level, relevance, relevantYears, yearsOfExperience, evidence } = analysis;
  const weak = relevance !== 'strong';
  return (
    <Card id="level-heading" title="Suggested level">
      <div class="level">
        <span class={`level__badge level__badge--${level}`} data-testid="level">
          {LEVEL_LABEL[level]}
        </span>
        {level !== 'unknown' ? <span class="level__range">{LEVEL_RANGE[level]}</span> : null}
      </div>
      {analysis.specialties.length > 0 ? (
        <p class="level__specialty" data-testid="specialty" title={analysis.specialties[0]?.reason}>
          {specialtyLine(analysis)}
        </p>
      ) : null}
      <p class="level__years" data-testid="years">
        {years(relevantYears)} health-plan years · {years(yearsOfExperience)} total
      </p>
      {relevance === 'none' ? (
        <p class="notice notice--warn" role="status">
          This page shows little or no managed-care experience, so no level is suggested.
        </p>
      ) : weak ? (
        <p class="notice" role="status">
          Only some managed-care substance on this page: treat the level as a rough guide.
        </p>
      ) : null}
      {evidence.length > 0 ? (
        <details class="evidence">
          <summary>Evidence ({evidence.length})</summary>
          <ul data-testid="evidence">
            {evidence.map((item) => (
              <li key={item.text} class={`evidence__item evidence__item--${item.kind}`}>
                {item.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
