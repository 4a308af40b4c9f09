import type { Analysis } from '../../lib/analysis/schema';
import { Card } from '../shared/Card';

function years(n: number | null): string {
  return n === null ? '?' : `${n}`;
}

/** The years behind the suggested level and every reason, so the recruiter can check and disagree. */
export function LevelCard({ analysis }: { analysis: Analysis }) {
  const { relevantYears, yearsOfExperience, evidence } = analysis;
  return (
    <Card id="level-heading" title="Why this level">
      <p class="level__years" data-testid="years">
        {years(relevantYears)} health-plan years · {years(yearsOfExperience)} total
      </p>
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
