import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { BackgroundRequestSchema, parseMessage } from '../lib/messages';
import { settingsStore } from '../lib/settings';

export const TOGGLE_COMMAND = 'toggle-highlights';

export default defineBackground(() => {
  const settings = settingsStore(storage);

  // The badge shows how many distinct terms the tab has; only our own content scripts may set it.
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(BackgroundRequestSchema, raw);
    if (!parsed.ok) {
      console.warn('[HMO Lens] ignored a malformed message:', parsed.error);
      return undefined;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const count = parsed.message.distinctTerms;
    return Promise.all([
      browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' }),
    ]).then(() => undefined);
  });

  // A full page load starts with no badge; the content script reports again once it has scanned.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_COMMAND) return;
    const current = await settings.get();
    await settings.update({ highlighting: !current.highlighting });
  });
});
