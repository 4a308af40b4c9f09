import { useState } from 'preact/hooks';
import type { Category } from '../../lib/glossary/categories';
import type { CustomTerm, TermDraft } from '../../lib/storage/custom-terms';
import type { Settings } from '../../lib/storage/settings';
import { Card } from '../shared/Card';
import { ProblemList } from '../shared/ProblemList';
import { BackupPanel, type ImportState } from './BackupPanel';
import { CustomTermList } from './CustomTermList';
import { HighlightSettings } from './HighlightSettings';
import { TermEditor } from './TermEditor';

export interface Failure {
  /** What did not happen ("Your change was not saved."). */
  what: string;
  problems: readonly string[];
}

export interface OptionsViewProps {
  settings: Settings;
  terms: readonly CustomTerm[];
  builtInIds: ReadonlySet<string>;
  /** Stored values that could not be read: defaults are in use and the raw values go into exports. */
  storageProblems: readonly string[];
  /** What the recruiter's last action could not do and why, in words; null when it went well. */
  failure: Failure | null;
  importState: ImportState;
  replaces: (name: string) => { term: string; definition: string; category: Category } | undefined;
  onSettingsChange: (change: Partial<Settings>) => void;
  onSaveTerm: (draft: TermDraft, editingId?: string) => Promise<string[]>;
  onDeleteTerm: (term: CustomTerm) => void;
  onExport: () => void;
  onImportFile: (file: File) => void;
  onApplyImport: () => void;
  onCancelImport: () => void;
}

/** The options page: renders data and reports the recruiter's choices; does no browser work. */
export function OptionsView(props: OptionsViewProps) {
  const [editing, setEditing] = useState<CustomTerm | null>(null);
  return (
    <main class="options">
      <h1 class="options__title">
        <span class="logo" aria-hidden="true">
          ◎
        </span>{' '}
        HMO Lens options
      </h1>
      {props.storageProblems.length > 0 ? (
        <div class="panel panel--warn" role="alert" data-testid="storage-problems">
          {props.storageProblems.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p>Export keeps what could not be read, so nothing is lost.</p>
        </div>
      ) : null}
      {props.failure ? (
        <div class="panel panel--warn" role="alert" data-testid="failure">
          <p>{props.failure.what}</p>
          <ProblemList problems={props.failure.problems} />
        </div>
      ) : null}
      <HighlightSettings settings={props.settings} onChange={props.onSettingsChange} />
      <Card id="terms-title" title="Your terms">
        <p class="muted">
          Highlighted, defined on hover and counted in the analysis like the built-in ones. A term named like
          a built-in one replaces its definition.
        </p>
        <CustomTermList
          terms={props.terms}
          builtInIds={props.builtInIds}
          onEdit={setEditing}
          onDelete={(t) => {
            if (editing?.id === t.id) setEditing(null);
            props.onDeleteTerm(t);
          }}
        />
        <TermEditor
          key={editing?.id ?? 'new'}
          editing={editing}
          replaces={props.replaces}
          onSave={async (draft) => {
            const problems = await props.onSaveTerm(draft, editing?.id);
            if (problems.length === 0) setEditing(null);
            return problems;
          }}
          onCancel={() => setEditing(null)}
        />
      </Card>
      <BackupPanel
        state={props.importState}
        onExport={props.onExport}
        onChooseFile={props.onImportFile}
        onApply={props.onApplyImport}
        onCancel={props.onCancelImport}
      />
    </main>
  );
}
