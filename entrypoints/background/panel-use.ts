import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PANEL_PORT, PanelUseTracker, panelUseStore } from '../../lib/storage/panel-use';

/**
 * Chrome: while the recruiter uses the side panel, the toolbar button opens the panel again rather than the
 * popup; once the last panel closes it opens the popup again. Chrome opens the panel on a toolbar click only
 * when the button has no popup, so the popup is taken off the button while a panel is open and put back
 * after. Each open panel keeps a port to this worker (entrypoints/sidepanel/panel-port.ts). Firefox's
 * sidebar remembers by itself whether it was open: nothing to do there.
 */
export function rememberPanelUse(): void {
  const sidePanel = browser.sidePanel;
  if (!sidePanel) return;
  const popup = browser.runtime.getManifest().action?.default_popup ?? 'popup.html';
  const panelPage = browser.runtime.getURL('/sidepanel.html');
  const tracker = new PanelUseTracker({
    store: panelUseStore(storage),
    apply: async (open) => {
      await sidePanel.setPanelBehavior({ openPanelOnActionClick: open });
      await browser.action.setPopup({ popup: open ? '' : popup });
    },
  });
  void tracker.restore();
  browser.runtime.onConnect.addListener((port) => {
    const { sender } = port;
    // The panel page shown in a tab or a window of its own (`?tabId=`, tests) has a tab, and is no side panel.
    if (port.name !== PANEL_PORT || sender?.id !== browser.runtime.id || sender.tab) return;
    if (!sender.url?.startsWith(panelPage)) return;
    const closed = tracker.opened();
    port.onDisconnect.addListener(() => void closed());
  });
}
