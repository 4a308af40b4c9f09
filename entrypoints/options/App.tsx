import { useCallback, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { type Failure, OptionsView } from '../../components/options/OptionsView';
import { useSettings, useStored } from '../../components/use-stored';
import { GLOSSARY } from '../../lib/glossary';
import { definitionOf } from '../../lib/glossary/definitions';
import { exportBackup } from '../../lib/storage/backup';
import { builtInTermFor, saveCustomTerm } from '../../lib/storage/custom-terms';
import { DEFAULT_SETTINGS } from '../../lib/storage/settings';
import { storedItems } from '../../lib/storage/stores';
import { problemsOf } from '../../lib/storage/validation-issues';
import { downloadBackup } from './backup-files';
import { useImport } from './use-import';

/** The only way this page reaches storage. */
const items = storedItems(storage);
const builtInIds = new Set(GLOSSARY.map((t) => t.id));

function replaces(name: string) {
  const term = builtInTermFor(name, GLOSSARY);
  return term
    ? { term: term.term, definition: definitionOf(term.id) ?? '', category: term.category }
    : undefined;
}

/** Wires the options view to storage: every change is saved at once and reaches open tabs by storage events. */
export function App() {
  const [failure, setFailure] = useState<Failure | null>(null);
  const notSaved = useCallback(
    (error: unknown) => setFailure({ what: 'Your change was not saved.', problems: problemsOf(error) }),
    [],
  );
  const unread = useCallback(
    (error: unknown) =>
      setFailure({ what: 'What you stored could not be read.', problems: problemsOf(error) }),
    [],
  );
  const { settings, problem, update } = useSettings(items.settings, DEFAULT_SETTINGS, {
    notRead: unread,
    notSaved,
  });
  const terms = useStored(items.customTerms, unread);
  const backup = useImport(items);
  const storageProblems = [problem, terms?.problem].filter((p): p is string => p !== undefined);

  return (
    <OptionsView
      settings={settings}
      terms={terms?.terms ?? []}
      builtInIds={builtInIds}
      storageProblems={storageProblems}
      failure={failure}
      importState={backup.state}
      replaces={replaces}
      onSettingsChange={(change) => {
        setFailure(null);
        update(change);
      }}
      onSaveTerm={async (draft, editingId) => {
        try {
          const saved = saveCustomTerm(await items.customTerms.get(), draft, GLOSSARY, editingId);
          if (!saved.ok) return saved.problems;
          await items.customTerms.set(saved.terms);
          return [];
        } catch (error) {
          return problemsOf(error);
        }
      }}
      onDeleteTerm={async (term) => {
        setFailure(null);
        try {
          await items.customTerms.set((await items.customTerms.get()).filter((t) => t.id !== term.id));
        } catch (error) {
          notSaved(error);
        }
      }}
      onExport={() => {
        setFailure(null);
        exportBackup(items)
          .then((file) => downloadBackup(file))
          .catch((error: unknown) =>
            setFailure({ what: 'Nothing was exported.', problems: problemsOf(error) }),
          );
      }}
      onImportFile={(file) => void backup.choose(file)}
      onApplyImport={() => void backup.apply()}
      onCancelImport={backup.cancel}
    />
  );
}
