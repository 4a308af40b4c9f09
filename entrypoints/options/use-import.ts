import { useState } from 'preact/hooks';
import type { ImportState } from '../../components/options/BackupPanel';
import { GLOSSARY } from '../../lib/glossary';
import { applyImport, type Backup, planImport, readBackup } from '../../lib/storage/backup';
import type { StoredItems } from '../../lib/storage/stores';
import { problemsOf } from '../../lib/storage/validation-issues';
import { readChosenFile } from './backup-files';

/**
 * Importing a backup: the chosen file is read and checked, its plan shown, and nothing is written until
 * the recruiter applies it.
 */
export function useImport(items: StoredItems) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [backup, setBackup] = useState<Backup | null>(null);

  const choose = async (file: File) => {
    setBackup(null);
    const chosen = await readChosenFile(file);
    const read = chosen.ok ? readBackup(chosen.text, GLOSSARY) : chosen;
    if (!read.ok) {
      setState({ kind: 'problems', fileName: file.name, problems: read.problems });
      return;
    }
    try {
      const current = { terms: await items.customTerms.get(), settings: await items.settings.get() };
      setBackup(read.backup);
      setState({ kind: 'plan', fileName: file.name, plan: planImport(read.backup, current, GLOSSARY) });
    } catch (error) {
      setState({ kind: 'problems', fileName: file.name, problems: problemsOf(error) });
    }
  };

  const apply = async () => {
    if (!backup || state.kind !== 'plan') return;
    const applied = await applyImport(backup, items, GLOSSARY);
    setBackup(null);
    setState(
      applied.ok
        ? {
            kind: 'done',
            message: `Imported: ${applied.plan.added.length} added, ${applied.plan.replaced.length} replaced, ${applied.plan.settingsChanges.length} setting(s) changed.`,
          }
        : { kind: 'problems', fileName: state.fileName, problems: applied.problems },
    );
  };

  const cancel = () => {
    setBackup(null);
    setState({ kind: 'idle' });
  };

  return { state, choose, apply, cancel };
}
