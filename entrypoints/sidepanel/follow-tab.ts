import { type Browser, browser } from 'wxt/browser';
import { FROM_CONTENT_SCRIPT } from '../../lib/protocol/messages';
import { idParam } from '../../lib/protocol/page-params';
import { parseMessage } from '../../lib/protocol/protocol';
import { targetTabId } from '../popup/tab-connection';
import type { TabTarget } from '../popup/tab-target';

/**
 * The tab the side panel describes. `?tabId=N` pins it to one tab (a detached window, tests); otherwise it
 * is the active tab of the panel's own window (or of window `?windowId=N`, for a panel opened in a window
 * of its own), followed as the recruiter switches tabs. Either way the
 * panel looks again when that tab navigates (LinkedIn moves between profiles without a reload) or its
 * content script reports a finished scan (late-loading sections, a rescan).
 */
export function followTab(search: string): TabTarget {
  const pinned = idParam(search, 'tabId').kind !== 'absent';
  const wanted = idParam(search, 'windowId');
  let windowId: number | undefined = wanted.kind === 'id' ? wanted.id : undefined;
  let tabId: number | undefined;

  const current = async (): Promise<number> => {
    if (pinned) {
      const id = await targetTabId(search);
      tabId = id;
      return id;
    }
    windowId ??= (await browser.windows.getCurrent()).id;
    const [tab] = await browser.tabs.query({ active: true, windowId });
    if (tab?.id === undefined) throw new Error('There is no active tab in this window.');
    tabId = tab.id;
    return tab.id;
  };

  const watch = (onChange: () => void) => {
    const activated = (info: Browser.tabs.OnActivatedInfo) => {
      if (!pinned && info.windowId === windowId && info.tabId !== tabId) onChange();
    };
    const updated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && (change.url !== undefined || change.status === 'complete')) onChange();
    };
    // Content scripts' reports reach every extension page; this one only listens and never answers, so the
    // background's answer is unaffected.
    const reported = (raw: unknown, sender: Browser.runtime.MessageSender): undefined => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== tabId) return;
      const parsed = parseMessage(FROM_CONTENT_SCRIPT.requests, raw);
      if (parsed.ok && parsed.message.type === 'hmo-lens/page-scanned') onChange();
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.runtime.onMessage.addListener(reported);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.runtime.onMessage.removeListener(reported);
    };
  };

  return { current, watch };
}
