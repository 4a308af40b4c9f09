import { TOGGLE_COMMAND } from '../../lib/protocol/commands';
import type { Settings } from '../../lib/storage/settings';

interface SettingsAccess {
  get(): Promise<Settings>;
  update(change: Partial<Settings>): Promise<Settings>;
}

/** A keyboard command (Alt+Shift+H by default): flips the highlight switch every tab follows. */
export async function runCommand(command: string, settings: SettingsAccess): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const current = await settings.get();
  await settings.update({ highlighting: !current.highlighting });
}
