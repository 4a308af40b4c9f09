import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The production build. */
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
/** The same extension built with `--mode e2e`: it may also reach http://127.0.0.1 (see wxt.config.ts). */
export const E2E_EXTENSION_DIR = resolve(process.env.E2E_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The id of the tab showing `page`, as the extension knows it. */
  tabIdOf(page: Page): Promise<number>;
  /** The popup as a page, describing the tab with the given id. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded unpacked, in a fresh profile, with no network. */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: { window?: boolean } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'hmo-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: options.window ? null : { width: 1280, height: 720 },
    args: [
      ...(options.window ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  // Playwright's 30 s default for navigation and locators is a hang guard, and a busy 2-core machine loading
  // a 5 MB test page can need more; the tests' own deadlines (vitest's) stay the real limit.
  context.setDefaultTimeout(60_000);
  // Nothing may reach the network: LinkedIn pages are answered from fixtures by the tests, anything else
  // fails. The extension's own chrome-extension:// files must pass through.
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.fallback();
    return route.abort('blockedbyclient');
  });
  // The worker may register before we start listening: check both.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === wanted)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
