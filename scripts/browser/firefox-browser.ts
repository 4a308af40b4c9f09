import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build made with `--mode e2e` (it may also reach http://127.0.0.1, see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-e2e');
const GECKO_ID = 'hmo-lens@hmo-lens.dev';
/** Fixed by a preference, so the extension's pages have known moz-extension:// URLs. */
const UUID = '0b4c4b4e-1d2a-4c9e-9a57-7e3c6f1a2b3c';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens one of the extension's pages (popup.html?tabId=N, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension's id for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Polls `read` until `accept` is true. Extension pages forbid the `Function()` that puppeteer's own
 * waitForFunction and waitForSelector use, so conditions are polled through evaluate instead.
 */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(
    `condition not met in ${timeoutMs} ms; last value ${JSON.stringify(last)}${error ? `, last error ${error}` : ''}`,
  );
}

/** Debian's Firefox ESR, headless, with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Needed to open moz-extension:// pages over WebDriver BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // Navigating to a moz-extension:// page loads it but never resolves: wait for the page itself.
    page.goto(url).catch(() => {});
    await until(
      () => page.evaluate(() => `${location.href} ${document.readyState}`),
      (v) => v === `${url} complete`,
    );
    return page;
  };
  return {
    browser,
    openExtensionPage,
    async tabIdOf(url) {
      const page = await openExtensionPage('options.html');
      try {
        const id = await page.evaluate(async (wanted) => {
          const api = (
            globalThis as unknown as {
              browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
            }
          ).browser;
          return (await api.tabs.query({})).find((t) => t.url === wanted)?.id ?? null;
        }, url);
        if (id === null) throw new Error(`no tab shows ${url}`);
        return id;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
