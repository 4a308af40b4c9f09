import { type Browser, browser as ext } from 'wxt/browser';
import { PANEL_PORT, type PanelRequest } from '../../lib/storage/panel-use';

const RECONNECT_MS = 1000;

/**
 * Tells the background that the recruiter uses the side panel (entrypoints/background/panel-use.ts), and
 * carries the panel's "Use the popup instead" to it. Chrome stops an idle worker, which closes the port;
 * the panel then connects again. Not at once: a worker that failed to start would otherwise be asked again
 * in a tight loop. Returns how to ask for the popup, or null where there is no side panel (Firefox).
 */
export function keepPanelPort(): ((request: PanelRequest) => void) | null {
  if (!ext.sidePanel) return null;
  let port: Browser.runtime.Port | null = null;
  const connect = () => {
    try {
      port = ext.runtime.connect({ name: PANEL_PORT });
      port.onDisconnect.addListener(() => {
        port = null;
        setTimeout(connect, RECONNECT_MS);
      });
    } catch {
      // HMO Lens was reloaded or removed: this panel's page is left over and has no one to tell.
    }
  };
  connect();
  return (request) => {
    if (!port) connect();
    port?.postMessage(request);
  };
}
