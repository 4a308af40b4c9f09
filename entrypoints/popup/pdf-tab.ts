import { browser } from 'wxt/browser';
import { assertTabExists } from './tab-connection';

/** Runs in the tab: whether the browser shows it as a PDF. Self-contained: it is serialised into the tab. */
function isPdfDocument(): boolean {
  return document.contentType === 'application/pdf';
}

const READABLE = /^(https?|file):$/;

/**
 * The URL of the PDF the tab shows, if it shows one the reader may read: asked of the tab itself (the
 * popup's activeTab grant allows it), or judged from the address where the browser's viewer cannot be
 * scripted (Firefox's).
 */
export async function pdfSource(tabId: number): Promise<string | null> {
  let url: URL;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) return null;
    url = new URL(tab.url);
  } catch {
    return null;
  }
  if (!READABLE.test(url.protocol)) return null;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: isPdfDocument });
    if (injection?.result === true) return url.href;
    if (injection?.result === false) return null;
  } catch {
    // Not scriptable: fall back to the address.
  }
  return /\.pdf$/i.test(url.pathname) ? url.href : null;
}

/**
 * The reader page, opening a file when given one: the tab's PDF, or a file its page frames or links. The tab
 * is the one the recruiter's click granted, through which the reader may fetch a file of that page's origin.
 */
export function readerUrl(source?: { url: string; tabId?: number | undefined }): string {
  const page = browser.runtime.getURL('/reader.html');
  if (!source) return page;
  const query = new URLSearchParams({ src: source.url });
  if (source.tabId !== undefined) query.set('tab', String(source.tabId));
  return `${page}?${query}`;
}

/**
 * For a tab whose content script did not answer: the reader's address when the tab shows a PDF, which
 * cannot be scanned where the browser shows it; null otherwise. Throws TabError when the tab is gone.
 */
export async function readerForUnanswered(tabId: number): Promise<string | null> {
  await assertTabExists(tabId);
  const pdf = await pdfSource(tabId);
  return pdf ? readerUrl({ url: pdf, tabId }) : null;
}
