import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PANEL_PORT, PanelRequestSchema, PanelUseTracker, panelUseStore } from '../../lib/storage/panel-use';

/**
 * Chrome: once the recruiter opens the side panel, the toolbar button opens the panel rather than the popup,
 * until the panel's "Use the popup instead". Chrome opens the panel on a toolbar click only when the button
 * has no popup, so the popup is taken off the button meanwhile. Each open panel keeps a port to this worker
 * (entrypoints/sidepanel/panel-port.ts). Firefox's sidebar remembers by itself whether it was open.
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
    if (port.name !== PANEL_PORT || sender?.id !== browser.runtime.id) return;
    if (!sender.url?.startsWith(panelPage)) return;
    // The panel page shown in a tab or a window of its own (`?tabId=`, tests) has a tab, and is no side
    // panel; from either, the recruiter may choose the popup again.
    if (!sender.tab) void tracker.opened();
    port.onMessage.addListener((message: unknown) => {
      if (PanelRequestSchema.safeParse(message).success) void tracker.choosePopup();
    });
  });
}
