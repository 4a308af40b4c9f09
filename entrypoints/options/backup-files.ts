import type { Backup } from '../../lib/storage/backup';

/** Backups are a few KB; anything this big is not one, and is not read into memory. */
const MAX_IMPORT_BYTES = 2_000_000;

/** Saves the backup as a dated JSON file through the browser's download, with no network involved. */
export function downloadBackup(backup: Backup, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `hmo-lens-backup-${now.toISOString().slice(0, 10)}.json`;
  link.click();
  // The download has taken its copy by then; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ChosenFile = { ok: true; text: string } | { ok: false; problems: string[] };

/** The text of the file the recruiter chose to import, or why it cannot be read. */
export async function readChosenFile(file: File): Promise<ChosenFile> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: ['(the file): too large to be a backup'] };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, problems: [`(the file): could not be read (${(error as Error).message})`] };
  }
}
