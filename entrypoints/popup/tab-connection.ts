import { browser } from 'wxt/browser';
import { NotAProfile, NotScanned, TabError } from '../../lib/popup/popup-status';
import { CONTENT_SCRIPT_FILE, type RevealResult, TO_CONTENT_SCRIPT } from '../../lib/protocol/messages';
import { idParam } from '../../lib/protocol/page-params';
import {
  AnswerError,
  type MessageType,
  type RequestOf,
  request,
  UnreadableAnswer,
} from '../../lib/protocol/protocol';
import { FROM_EXTENSION_PAGE, type PageReport } from '../../lib/protocol/tab-description';

/**
 * The tab the popup describes: `?tabId=N` when opened as a page (tests, a pinned side panel), otherwise
 * the active tab of the popup's window.
 */
export async function targetTabId(search: string): Promise<number> {
  const param = idParam(search, 'tabId');
  if (param.kind === 'invalid') throw new TabError(`"${param.raw}" is not a tab id.`);
  if (param.kind === 'id') return param.id;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new TabError('There is no active tab to describe.');
  return tab.id;
}

/** Checked only when the tab did not answer, so a popup for a scanned page needs one round trip. */
export async function assertTabExists(tabId: number): Promise<void> {
  try {
    await browser.tabs.get(tabId);
  } catch {
    throw new TabError(`Tab ${tabId} is closed or does not exist.`);
  }
}

type ToContentScript = typeof TO_CONTENT_SCRIPT.messages;

/** Asks the tab's content script; its answer is validated before the popup shows any of it. */
async function askTab<K extends MessageType<ToContentScript>>(
  tabId: number,
  message: { type: K } & RequestOf<ToContentScript, K>,
) {
  try {
    return await request(TO_CONTENT_SCRIPT, (m) => browser.tabs.sendMessage(tabId, m), message);
  } catch (error) {
    if (error instanceof UnreadableAnswer) throw error;
    // Sending failed or nothing answered: no content script runs there.
    throw new NotScanned();
  }
}

/**
 * Everything the popup shows about the tab, from the background: the content script's status and the
 * analysis of the page's text, which the background works out and keeps while the page stays the same.
 */
export async function pageReport(tabId: number): Promise<PageReport> {
  const toBackground = (message: unknown) => browser.runtime.sendMessage(message);
  const description = await request(FROM_EXTENSION_PAGE, toBackground, {
    type: 'hmo-lens/describe-tab',
    tabId,
  }).catch((error: unknown) => {
    throw error instanceof AnswerError
      ? new Error('HMO Lens could not describe this page. Try again.')
      : error;
  });
  if (description.kind === 'not-scanned') throw new NotScanned();
  if (description.kind === 'not-a-profile') throw new NotAProfile();
  return description.page;
}

/** Scans the page again from scratch; `pageReport` then follows the new scan. */
export async function rescan(tabId: number): Promise<void> {
  await askTab(tabId, { type: 'hmo-lens/rescan' });
}

/** Scrolls the page to the next occurrence of a term. */
export function revealTerm(tabId: number, termId: string): Promise<RevealResult> {
  return askTab(tabId, { type: 'hmo-lens/reveal-term', termId });
}

/** Injects the content script into the tab: "Scan this page" (activeTab + scripting). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}
