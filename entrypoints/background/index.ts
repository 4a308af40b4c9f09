import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { settingsStore } from '../../lib/settings';
import { badgeUpdate } from './badge';
import { runCommand } from './commands';

export default defineBackground(() => {
  const settings = settingsStore(storage);
  // Firefox's Manifest V2 build names it browserAction.
  const action = browser.action ?? browser.browserAction;

  // The badge shows how many distinct terms the tab has; only our own content scripts may set it.
  browser.runtime.onMessage.addListener((raw, sender) => {
    const update = badgeUpdate(raw, sender, browser.runtime.id);
    if (!update) return undefined;
    return Promise.all([
      action.setBadgeText(update),
      action.setBadgeBackgroundColor({ tabId: update.tabId, color: '#b45309' }),
    ]).then(() => undefined);
  });

  // A full page load starts with no badge; the content script reports again once it has scanned.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });

  // Alt+Shift+H: the switch lives in storage, and every tab's content script follows it.
  browser.commands.onCommand.addListener((command) => runCommand(command, settings));
});
