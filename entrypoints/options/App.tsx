import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ImportState } from '../../components/options/BackupPanel';
import { OptionsView } from '../../components/options/OptionsView';
import { GLOSSARY } from '../../lib/glossary';
import { definitionOf } from '../../lib/glossary/definitions';
import { createBackup, type ImportPlan, planImport, readBackup } from '../../lib/storage/backup';
import {
  builtInTermFor,
  type CustomTerm,
  customTermsStore,
  saveCustomTerm,
} from '../../lib/storage/custom-terms';
import { DEFAULT_SETTINGS, type Settings, settingsStore, UNREADABLE_KEY } from '../../lib/storage/settings';

const settingsItem = settingsStore(storage);
const termsItem = customTermsStore(storage);
const builtInIds = new Set(GLOSSARY.map((t) => t.id));
/** Backups are a few KB; anything this big is not one, and is not read into memory. */
const MAX_IMPORT_BYTES = 2_000_000;

function replaces(name: string) {
  const term = builtInTermFor(name, GLOSSARY);
  return term
    ? { term: term.term, definition: definitionOf(term.id) ?? '', category: term.category }
    : undefined;
}

/** Wires the options view to storage: every change is saved at once and reaches open tabs by storage events. */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [terms, setTerms] = useState<CustomTerm[]>([]);
  const [storageProblems, setStorageProblems] = useState<string[]>([]);
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [plan, setPlan] = useState<ImportPlan | null>(null);

  const reload = useCallback(async () => {
    const [s, t] = await Promise.all([settingsItem.read(), termsItem.read()]);
    setSettings(s.settings);
    setTerms(t.terms);
    setStorageProblems([s.problem, t.problem].filter((p): p is string => p !== undefined));
  }, []);

  useEffect(() => {
    void reload();
    const unwatchSettings = settingsItem.watch(() => void reload());
    const unwatchTerms = termsItem.watch(() => void reload());
    return () => {
      unwatchSettings();
      unwatchTerms();
    };
  }, [reload]);

  const exportBackup = async () => {
    const [s, t, kept] = await Promise.all([
      settingsItem.read(),
      termsItem.read(),
      storage.getItem<Record<string, unknown>>(UNREADABLE_KEY),
    ]);
    // Values that could not be read go into the file as they are, so exporting loses nothing.
    const unreadable: Record<string, unknown> = { ...(kept ?? {}) };
    if (s.problem) unreadable.settings = s.raw;
    if (t.problem) unreadable.customTerms = t.raw;
    const backup = createBackup(s.settings, t.terms, unreadable);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `hmo-lens-backup-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const chooseFile = async (file: File) => {
    setPlan(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setImportState({
        kind: 'problems',
        fileName: file.name,
        problems: ['(the file): too large to be a backup'],
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImportState({
        kind: 'problems',
        fileName: file.name,
        problems: [`(the file): could not be read (${(error as Error).message})`],
      });
      return;
    }
    const read = readBackup(text, GLOSSARY);
    if (!read.ok) {
      setImportState({ kind: 'problems', fileName: file.name, problems: read.problems });
      return;
    }
    const next = planImport(
      read.backup,
      { terms: await termsItem.get(), settings: await settingsItem.get() },
      GLOSSARY,
    );
    setPlan(next);
    setImportState({ kind: 'plan', fileName: file.name, plan: next });
  };

  const applyImport = async () => {
    if (!plan || plan.conflicts.length > 0) return;
    try {
      await termsItem.set(plan.result.terms);
      await settingsItem.set(plan.result.settings);
      setImportState({
        kind: 'done',
        message: `Imported: ${plan.added.length} added, ${plan.replaced.length} replaced, ${plan.settingsChanges.length} setting(s) changed.`,
      });
    } catch (error) {
      setImportState({ kind: 'problems', fileName: 'import', problems: [(error as Error).message] });
    }
    setPlan(null);
  };

  return (
    <OptionsView
      readerUrl={browser.runtime.getURL('/reader.html')}
      settings={settings}
      terms={terms}
      builtInIds={builtInIds}
      storageProblems={storageProblems}
      importState={importState}
      replaces={replaces}
      onSettingsChange={(change) => {
        setSettings((s) => ({ ...s, ...change }));
        void settingsItem.update(change);
      }}
      onSaveTerm={async (draft, editingId) => {
        const saved = saveCustomTerm(await termsItem.get(), draft, GLOSSARY, editingId);
        if (!saved.ok) return saved.problems;
        await termsItem.set(saved.terms);
        return [];
      }}
      onDeleteTerm={async (term) => {
        await termsItem.set((await termsItem.get()).filter((t) => t.id !== term.id));
      }}
      onExport={() => void exportBackup()}
      onImportFile={(file) => void chooseFile(file)}
      onApplyImport={() => void applyImport()}
      onCancelImport={() => {
        setPlan(null);
        setImportState({ kind: 'idle' });
      }}
    />
  );
}
