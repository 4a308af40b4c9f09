import type { RedFlag } from '../../lib/analysis/schema';
import { Card } from '../shared/Card';

/** The red flags raised, each with what was looked for and the question that probes it. */
export function RedFlagList({ flags }: { flags: readonly RedFlag[] }) {
  return (
    <Card id="flags-heading" title="Red flags">
      {flags.length === 0 ? (
        <p class="muted" data-testid="no-red-flags">
          None found.
        </p>
      ) : (
        <ul class="flags" data-testid="red-flags">
          {flags.map((flag) => (
            <li key={flag.id} class="flag" data-flag={flag.id}>
              <strong class="flag__title">{flag.title}</strong>
              <p class="flag__message">{flag.message}</p>
              <p class="flag__question">
                <span class="flag__ask">Ask:</span> {flag.question}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
