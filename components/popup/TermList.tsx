import type { Category } from '../../lib/glossary/categories';
import { CATEGORY_LABELS } from '../../lib/glossary/categories';
import { Card } from '../shared/Card';
import { ExpandableDefinition } from '../shared/Expandable';

/** Longer than this, a definition is cut to two lines until the recruiter asks for the rest. */
const SHORT_DEFINITION = 110;

function Definition({ term }: { term: TermItem }) {
  return (
    <div class="term__about">
      <ExpandableDefinition
        id={`definition-${term.id}`}
        long={term.definition.length > SHORT_DEFINITION}
        term={term.term}
        textClass="term__definition"
        buttonClass="link-button"
      >
        <span class="term__category">{CATEGORY_LABELS[term.category]}</span> {term.definition}
      </ExpandableDefinition>
    </div>
  );
}

export interface TermItem {
  id: string;
  term: string;
  category: Category;
  count: number;
  definition: string;
}

export interface TermListProps {
  terms: readonly TermItem[];
  /** Where each term was last revealed ("2 of 5"), by id. */
  positions: Readonly<Record<string, string>>;
  onReveal: (termId: string) => void;
}

/** Terms on the page; clicking one scrolls the page to it, clicking again steps to the next occurrence. */
export function TermList({ terms, positions, onReveal }: TermListProps) {
  return (
    <Card
      id="terms-heading"
      title={
        <>
          Terms on this page <span class="muted">({terms.length})</span>
        </>
      }
    >
      {terms.length === 0 ? (
        <p class="muted">No managed-care terms found on this page.</p>
      ) : (
        <ul class="terms" data-testid="terms">
          {terms.map((t) => (
            <li key={t.id} class="term">
              <button
                type="button"
                class="term__button"
                onClick={() => onReveal(t.id)}
                aria-label={`Show ${t.term} on the page (${t.count} found)`}
              >
                <span class="term__name">{t.term}</span>
                <span class="term__count">×{t.count}</span>
                {positions[t.id] ? <span class="term__position">{positions[t.id]}</span> : null}
              </button>
              <Definition term={t} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
