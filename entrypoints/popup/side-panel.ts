import { browser } from 'wxt/browser';

// Firefox's sidebar API is not in the Chrome-based types WXT ships.
interface SidebarAction {
  open(): Promise<void>;
}
const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/** Whether this browser has a panel beside the page (Chrome's side panel, Firefox's sidebar). */
export function hasSidePanel(): boolean {
  return sidebarAction !== undefined || browser.sidePanel !== undefined;
}

/**
 * Opens the panel for the popup's window. Both browsers accept this only while handling the recruiter's
 * click, so it must be the first thing the click does: `windowId` is looked up before.
 */
export async function openSidePanel(windowId: number): Promise<void> {
  if (sidebarAction) await sidebarAction.open();
  else await browser.sidePanel.open({ windowId });
}
