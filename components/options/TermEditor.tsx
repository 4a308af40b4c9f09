import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../lib/glossary/categories';
import type { CustomTerm, TermDraft } from '../../lib/storage/custom-terms';
import { ProblemList } from '../shared/ProblemList';

export interface TermEditorProps {
  /** The term being edited, or null to add one. */
  editing: CustomTerm | null;
  /** The built-in term a name would replace ("HMO" → HMO), to say so before saving. */
  replaces: (name: string) => { term: string; definition: string; category: Category } | undefined;
  /** Saves; resolves to the problems that stopped it (none when saved). */
  onSave: (draft: TermDraft) => Promise<string[]>;
  onCancel: () => void;
}

const splitAliases = (text: string) => text.split(/[,;\n]/).map((a) => a.trim());

/** The form for one custom term. Problems are listed by field, and nothing is saved while there are any. */
export function TermEditor({ editing, replaces, onSave, onCancel }: TermEditorProps) {
  const [term, setTerm] = useState(editing?.term ?? '');
  const [aliases, setAliases] = useState(editing?.aliases.join(', ') ?? '');
  const [definition, setDefinition] = useState(editing?.definition ?? '');
  // Untouched, the category follows the built-in term being replaced, if any.
  const [chosenCategory, setCategory] = useState<Category | null>(editing?.category ?? null);
  const [problems, setProblems] = useState<string[]>([]);
  const builtIn = term.trim() ? replaces(term) : undefined;
  const category = chosenCategory ?? builtIn?.category ?? 'operations';

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = await onSave({ term, aliases: splitAliases(aliases), definition, category });
    setProblems(found);
    if (found.length === 0 && !editing) {
      setTerm('');
      setAliases('');
      setDefinition('');
      setCategory(null);
    }
  };

  return (
    <form class="editor" onSubmit={submit} data-testid="term-editor">
      <h3 class="editor__title">{editing ? `Edit “${editing.term}”` : 'Add a term'}</h3>
      <label>
        Term
        <input
          class="input"
          value={term}
          onInput={(e) => setTerm(e.currentTarget.value)}
          maxLength={80}
          required
          data-testid="term-name"
        />
      </label>
      {builtIn ? (
        <p class="notice" data-testid="term-replaces">
          This replaces the built-in definition of “{builtIn.term}”: {builtIn.definition}
        </p>
      ) : null}
      <label>
        Other ways it is written <span class="muted">(comma-separated)</span>
        <input
          class="input"
          value={aliases}
          onInput={(e) => setAliases(e.currentTarget.value)}
          data-testid="term-aliases"
        />
      </label>
      <label>
        Definition
        <textarea
          class="input"
          value={definition}
          onInput={(e) => setDefinition(e.currentTarget.value)}
          rows={3}
          maxLength={600}
          data-testid="term-definition"
        />
      </label>
      <label>
        Category
        <select
          class="input"
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value as Category)}
          data-testid="term-category"
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {problems.length > 0 ? <ProblemList problems={problems} role="alert" testId="term-problems" /> : null}
      <div class="actions">
        <button type="submit" class="button button--primary" data-testid="term-save">
          {editing ? 'Save changes' : 'Add term'}
        </button>
        {editing ? (
          <button type="button" class="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
