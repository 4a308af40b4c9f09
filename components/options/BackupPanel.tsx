import type { ImportPlan } from '../../lib/storage/backup';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'problems'; fileName: string; problems: string[] }
  | { kind: 'plan'; fileName: string; plan: ImportPlan }
  | { kind: 'done'; message: string };

export interface BackupPanelProps {
  state: ImportState;
  onExport: () => void;
  onChooseFile: (file: File) => void;
  onApply: () => void;
  onCancel: () => void;
}

/** Export to a file, and import one: its problems, or what it will change, before anything is applied. */
export function BackupPanel({ state, onExport, onChooseFile, onApply, onCancel }: BackupPanelProps) {
  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 class="card__title" id="backup-title">
        Back up and restore
      </h2>
      <p class="muted">
        Your terms and settings, as a JSON file you keep. Importing adds and replaces terms; it removes none.
      </p>
      <div class="editor__actions">
        <button type="button" class="button" onClick={onExport} data-testid="export">
          Export…
        </button>
        <label class="button">
          Import…
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) onChooseFile(file);
            }}
            data-testid="import-file"
          />
        </label>
      </div>
      {state.kind === 'problems' ? (
        <div class="import import--bad" role="alert" data-testid="import-problems">
          <p>
            <strong>{state.fileName}</strong> cannot be imported; nothing was changed.
          </p>
          <ul class="problems">
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={onCancel}>
            Dismiss
          </button>
        </div>
      ) : null}
      {state.kind === 'plan' ? (
        <ImportPreview fileName={state.fileName} plan={state.plan} onApply={onApply} onCancel={onCancel} />
      ) : null}
      {state.kind === 'done' ? (
        <p class="import import--done" role="status" data-testid="import-done">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}

function ImportPreview(props: {
  fileName: string;
  plan: ImportPlan;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { plan } = props;
  const nothing = plan.added.length + plan.replaced.length + plan.settingsChanges.length === 0;
  return (
    <div class="import" data-testid="import-plan">
      <p>
        Importing <strong>{props.fileName}</strong> will:
      </p>
      <ul>
        {plan.added.length > 0 ? <li>add {plan.added.map((t) => t.term).join(', ')}</li> : null}
        {plan.replaced.map(({ before, after }) => (
          <li key={after.id}>
            replace {before.term}
            {before.definition !== after.definition ? ` (definition: “${after.definition}”)` : ''}
          </li>
        ))}
        {plan.settingsChanges.map((c) => (
          <li key={c}>change {c}</li>
        ))}
        {plan.unchanged > 0 ? (
          <li class="muted">leave {plan.unchanged} identical term(s) as they are</li>
        ) : null}
        {nothing ? <li>change nothing: it matches what you have</li> : null}
      </ul>
      {plan.conflicts.length > 0 ? (
        <ul class="problems" role="alert" data-testid="import-conflicts">
          {plan.conflicts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div class="editor__actions">
        <button
          type="button"
          class="button button--primary"
          onClick={props.onApply}
          disabled={plan.conflicts.length > 0 || nothing}
          data-testid="import-apply"
        >
          Apply
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
