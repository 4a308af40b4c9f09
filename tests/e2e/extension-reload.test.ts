import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { fixturePage } from '../../scripts/browser/fixture-server';

declare const chrome: {
  runtime: { reload(): void };
  scripting: { executeScript(options: object): Promise<unknown> };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
};

const PROFILE = 'https://www.linkedin.com/in/nicole-baptiste/';

let browser: ExtensionBrowser;
let page: Page;
const pageErrors: string[] = [];

/** Each highlighted range as "text@node-index:offset", so a range drawn twice shows up twice. */
const highlightKeys = () =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const index = new Map<Node, number>();
    for (let n = walker.nextNode(), i = 0; n; n = walker.nextNode(), i++) index.set(n, i);
    return [...(registry.get('hmo-lens') ?? [])]
      .map((r) => `${r.toString()}@${index.get(r.startContainer)}:${r.startOffset}`)
      .sort();
  });

beforeAll(async () => {
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  await browser.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(PROFILE);
});

afterAll(async () => {
  await browser?.close();
});

const injectAgain = (from: Page) =>
  from.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await chrome.scripting.executeScript({
      target: { tabId: tab?.id },
      files: ['/content-scripts/content.js'],
    });
  }, PROFILE);

describe('a second copy of the content script, and an extension reload', () => {
  let before: string[];

  it('draws each highlight once when a second copy is injected into a tab that runs one', async () => {
    await expect.poll(highlightKeys).toContainEqual(expect.stringMatching(/^CAQH@/));
    // The skills section arrives last (lazily): from then on the page's text stays as it is.
    before = await highlightKeys();
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await injectAgain(extensionPage);
    await injectAgain(extensionPage);
    await extensionPage.close();
    // The copies find the running one and stop; nothing is drawn twice, and the one running still answers.
    expect(await highlightKeys()).toEqual(before);
    await page.evaluate(() => window.scrollBy(0, 200));
    await expect.poll(highlightKeys).toEqual(before);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('level').waitFor();
    await popup.close();
  });

  it('stops the old content script cleanly when the extension is reloaded: no highlights left, no errors', async () => {
    await browser.worker
      .evaluate(() => chrome.runtime.reload())
      .catch(() => {
        // The worker goes away while answering.
      });
    await expect.poll(highlightKeys).toEqual([]);
    // The page itself carries on: its own script still runs and nothing was thrown into it.
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Nicole Baptiste');
    expect(pageErrors).toEqual([]);
  });
});
