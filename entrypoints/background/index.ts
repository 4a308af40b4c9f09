import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { CONTENT_SCRIPT_FILE, type ContentScriptRequest } from '../../lib/protocol/messages';
import { settingsStore } from '../../lib/storage/settings';
import { runCommand } from './commands';
import { storedLexicon } from './lexicon';
import { followLinkedInApp } from './linkedin-app';
import { rememberPanelUse } from './panel-use';
import { messageRouter } from './router';
import { definitionsOf, TabDescriptions } from './tab-descriptions';

export default defineBackground(() => {
  const settings = settingsStore(storage);
  // Firefox's Manifest V2 build names it browserAction.
  const action = browser.action ?? browser.browserAction;
  const lexicon = storedLexicon(storage, () => descriptions.forgetAll());
  const toTab = (tabId: number, message: ContentScriptRequest) => browser.tabs.sendMessage(tabId, message);
  const descriptions = new TabDescriptions(toTab, lexicon, undefined, async (tabId) => {
    // Known for LinkedIn's tabs (host permission), the only ones it is asked about.
    return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  });

  browser.runtime.onMessage.addListener(
    messageRouter({
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      setBadge: async (update) => {
        await Promise.all([
          action.setBadgeText(update),
          action.setBadgeBackgroundColor({ tabId: update.tabId, color: '#b45309' }),
        ]);
      },
      define: async (termIds) => definitionsOf(termIds, (await lexicon()).define),
      describe: (tabId) => descriptions.describe(tabId),
    }),
  );

  // A full page load starts with no badge and no analysis; the content script reports again once it has
  // scanned. A closed tab's analysis goes with it: nothing about a page outlives it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    descriptions.forget(tabId);
    void action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => descriptions.forget(tabId));
  browser.tabs.onUpdated.addListener(
    followLinkedInApp({
      answers: (tabId) =>
        toTab(tabId, { type: 'hmo-lens/get-state' }).then(
          (answer) => answer !== undefined,
          () => false,
        ),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      },
    }),
  );

  // Alt+Shift+H: the switch lives in storage, and every tab's content script follows it. Alt+Shift+L: the
  // side panel (Firefox handles its sidebar's command itself).
  const openPanel = browser.sidePanel
    ? (windowId: number) => browser.sidePanel.open({ windowId })
    : undefined;
  browser.commands.onCommand.addListener((command, tab) =>
    runCommand(command, settings, tab?.windowId, openPanel),
  );
  rememberPanelUse();
});
