import { OPEN_PANEL_COMMAND, TOGGLE_COMMAND } from '../../lib/protocol/commands';
import type { Settings } from '../../lib/storage/settings';

interface SettingsAccess {
  get(): Promise<Settings>;
  update(change: Partial<Settings>): Promise<Settings>;
}

/** Opens the side panel for a window: Chrome's `sidePanel.open`, absent where the browser has none. */
export type OpenPanel = (windowId: number) => Promise<void>;

/**
 * A keyboard command: Alt+Shift+H flips the highlight switch every tab follows; Alt+Shift+L opens the side
 * panel for the window the recruiter pressed it in. The browser accepts opening the panel only while it
 * handles the key press, so that branch calls it before anything else is awaited.
 */
export async function runCommand(
  command: string,
  settings: SettingsAccess,
  windowId?: number,
  openPanel?: OpenPanel,
): Promise<void> {
  if (command === OPEN_PANEL_COMMAND) {
    if (windowId !== undefined && openPanel) await openPanel(windowId);
    return;
  }
  if (command !== TOGGLE_COMMAND) return;
  const current = await settings.get();
  await settings.update({ highlighting: !current.highlighting });
}
