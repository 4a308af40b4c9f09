import { useCallback, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { OptionsView } from '../../components/options/OptionsView';
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
  const [saveProblems, setSaveProblems] = useState<string[]>([]);
  const failed = useCallback((error: unknown) => setSaveProblems(problemsOf(error)), []);
  const { settings, problem, update } = useSettings(items.settings, DEFAULT_SETTINGS, failed);
  const terms = useStored(items.customTerms);
  const backup = useImport(items);
  const storageProblems = [problem, terms?.problem].filter((p): p is string => p !== undefined);

  return (
    <OptionsView
      settings={settings}
      terms={terms?.terms ?? []}
      builtInIds={builtInIds}
      storageProblems={storageProblems}
      saveProblems={saveProblems}
      importState={backup.state}
      replaces={replaces}
      onSettingsChange={(change) => {
        setSaveProblems([]);
        update(change);
      }}
      onSaveTerm={async (draft, editingId) => {
        const saved = saveCustomTerm(await items.customTerms.get(), draft, GLOSSARY, editingId);
        if (!saved.ok) return saved.problems;
        try {
          await items.customTerms.set(saved.terms);
          return [];
        } catch (error) {
          return problemsOf(error);
        }
      }}
      onDeleteTerm={async (term) => {
        setSaveProblems([]);
        const rest = (await items.customTerms.get()).filter((t) => t.id !== term.id);
        await items.customTerms.set(rest).catch(failed);
      }}
      onExport={() => void exportBackup(items).then((file) => downloadBackup(file), failed)}
      onImportFile={(file) => void backup.choose(file)}
      onApplyImport={() => void backup.apply()}
      onCancelImport={backup.cancel}
    />
  );
}
