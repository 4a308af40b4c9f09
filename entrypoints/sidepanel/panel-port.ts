import { browser } from 'wxt/browser';
import { PANEL_PORT } from '../../lib/storage/panel-use';

const RECONNECT_MS = 1000;

/**
 * Tells the background, for as long as this panel is open, that the recruiter is using the side panel
 * (entrypoints/background/panel-use.ts): the port closes with the panel. Chrome stops an idle worker, which
 * closes the port too; the panel then connects again, so the worker learns it is still open. Not at once: a
 * worker that failed to start would otherwise be asked again in a tight loop.
 */
export function keepPanelPort(): void {
  if (!browser.sidePanel) return;
  const connect = () => {
    try {
      browser.runtime
        .connect({ name: PANEL_PORT })
        .onDisconnect.addListener(() => setTimeout(connect, RECONNECT_MS));
    } catch {
      // HMO Lens was reloaded or removed: this panel's page is left over and has no one to tell.
    }
  };
  connect();
}
