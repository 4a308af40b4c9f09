import { CATEGORY_LABELS } from '../../lib/glossary/categories';
import type { CustomTerm } from '../../lib/storage/custom-terms';

export interface CustomTermListProps {
  terms: readonly CustomTerm[];
  /** Ids of built-in terms, to mark the custom terms that replace one. */
  builtInIds: ReadonlySet<string>;
  onEdit: (term: CustomTerm) => void;
  onDelete: (term: CustomTerm) => void;
}

/** The recruiter's own terms, each with its forms, category and definition. Text only. */
export function CustomTermList({ terms, builtInIds, onEdit, onDelete }: CustomTermListProps) {
  if (terms.length === 0) return <p class="muted">No terms of your own yet.</p>;
  return (
    <ul class="custom-terms" data-testid="custom-terms">
      {terms.map((t) => (
        <li key={t.id} class="custom-term" data-term-id={t.id}>
          <div class="custom-term__head">
            <strong>{t.term}</strong>
            {t.aliases.length > 0 ? <span class="muted"> · {t.aliases.join(' · ')}</span> : null}
            <span class="tag">{CATEGORY_LABELS[t.category]}</span>
            {builtInIds.has(t.id) ? <span class="tag">replaces built-in</span> : null}
          </div>
          <p class="custom-term__definition">{t.definition}</p>
          <div class="actions">
            <button type="button" class="button" onClick={() => onEdit(t)}>
              Edit
            </button>
            <button type="button" class="button" onClick={() => onDelete(t)} data-testid={`delete-${t.id}`}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
