import type { ImportPlan } from '../../lib/storage/backup';
import { Card } from '../shared/Card';
import { ProblemList } from '../shared/ProblemList';

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
    <Card id="backup-title" title="Back up and restore">
      <p class="muted">
        Your terms and settings, as a JSON file you keep. Importing adds and replaces terms; it removes none.
      </p>
      <div class="actions">
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
        <div class="panel panel--warn" role="alert" data-testid="import-problems">
          <p>
            <strong>{state.fileName}</strong> cannot be imported; nothing was changed.
          </p>
          <ProblemList problems={state.problems} />
          <button type="button" class="button" onClick={onCancel}>
            Dismiss
          </button>
        </div>
      ) : null}
      {state.kind === 'plan' ? (
        <ImportPreview fileName={state.fileName} plan={state.plan} onApply={onApply} onCancel={onCancel} />
      ) : null}
      {state.kind === 'done' ? (
        <p class="panel import-done" role="status" data-testid="import-done">
          {state.message}
        </p>
      ) : null}
    </Card>
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
    <div class="panel" data-testid="import-plan">
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
        <>
          <p>It cannot be applied as it is; nothing has changed:</p>
          <ProblemList problems={plan.conflicts} role="alert" testId="import-conflicts" />
        </>
      ) : null}
      <div class="actions">
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
