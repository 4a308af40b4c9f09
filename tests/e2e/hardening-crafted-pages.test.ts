import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_TEXT } from '../../lib/analysis/text-limit';
import {
  E2E_EXTENSION_DIR,
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { fixturePage } from '../../scripts/browser/fixture-server';
import { highlightedTexts } from '../../scripts/browser/page-probes';

/**
 * A profile crafted to make the analysis slow (the "5 years experience " repeated, in the name, the
 * headline and every section, each alone longer than a page may send), open beside an ordinary profile,
 * in the production build.
 */

const LINKEDIN = 'https://www.linkedin.com';
const repeated = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function craftedProfile(): string {
  const filler = (size: number) => repeated('5 years experience ', size);
  const sections = ['about', 'experience', 'education', 'skills']
    .map((id) => `<section><div id="${id}"></div><h2>${id}</h2><p>${filler(150_000)}</p></section>`)
    .join('');
  return `<!doctype html><html><head><title>Profile</title></head><body><main>
    <section><h1>${filler(300_000)}</h1><div class="text-body-medium">${filler(200_000)}</div></section>
    ${sections}</main></body></html>`;
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(EXTENSION_DIR);
  const crafted = craftedProfile();
  await browser.context.route(`${LINKEDIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: route.request().url().includes('/in/crafted/') ? crafted : fixturePage('linkedin-profile.html'),
    }),
  );
});

afterAll(async () => {
  await browser?.close();
});

/** What the tab's content script would send for analysis, asked as the background asks it. */
function textSent(tabId: number): Promise<string> {
  return browser.worker.evaluate(async (id) => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: { tabs: { sendMessage(id: number, message: object): Promise<{ text: string }> } };
      }
    ).chrome;
    return (await tabs.sendMessage(id, { type: 'hmo-lens/get-text' })).text;
  }, tabId);
}

describe('a crafted profile beside an ordinary one', () => {
  let crafted: Page;
  let ordinary: Page;

  beforeAll(async () => {
    crafted = await browser.context.newPage();
    await crafted.goto(`${LINKEDIN}/in/crafted/`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    ordinary = await browser.context.newPage();
    await ordinary.goto(`${LINKEDIN}/in/nicole-baptiste/`);
  });

  it('sends no more than the page limit for analysis, name and headline included', async () => {
    const tabId = await browser.tabIdOf(crafted);
    await expect.poll(async () => (await textSent(tabId).catch(() => '')).length).toBeGreaterThan(0);
    const text = await textSent(tabId);
    expect(text.length).toBeLessThanOrEqual(MAX_PAGE_TEXT);
    expect(text.startsWith('5 years experience')).toBe(true);
  });

  it('tells the recruiter in plain words that the crafted page was too long, and still analyses it', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(crafted));
    const note = popup.getByTestId('text-cut');
    await note.waitFor({ timeout: 30_000 });
    await popup.getByTestId('level').waitFor();
    expect(await note.innerText()).toMatch(/too long to read whole.*read its first [\d,]+ characters/);
    await popup.close();
  });

  it('describes the ordinary profile beside it in full, with no such note', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(ordinary));
    await popup.getByTestId('level').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('text-cut').count()).toBe(0);
    await popup.close();
  });
});

describe('an analysis that runs out of time, in a real browser', () => {
  // The end-to-end build takes its time limit from the worker's global: 0 stops every analysis at its
  // first check, whatever the machine's speed.
  let slow: ExtensionBrowser;
  const setLimit = (ms: number | undefined) =>
    slow.worker.evaluate((limit) => {
      (globalThis as { __hmoLensTimeLimitMs?: number }).__hmoLensTimeLimitMs = limit;
    }, ms);

  beforeAll(async () => {
    slow = await launchWithExtension(E2E_EXTENSION_DIR);
    await slow.context.route(`${LINKEDIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
    );
  });

  afterAll(async () => {
    await slow?.close();
  });

  it('says so in the popup, keeps the highlights, and analyses again once there is time', async () => {
    const page = await slow.context.newPage();
    await page.goto(`${LINKEDIN}/in/nicole-baptiste/`);
    await expect.poll(() => highlightedTexts(page), { timeout: 15_000 }).toContain('HMO');
    await setLimit(0);
    const popup = await slow.openPopup(await slow.tabIdOf(page));
    const stopped = popup.getByTestId('analysis-stopped');
    await stopped.waitFor();
    expect(await stopped.innerText()).toMatch(
      /This page is too large or too slow to analyse: HMO Lens stopped after [\d.]+ s[\s\S]*Highlights on the page still work\./,
    );
    expect(await popup.getByTestId('level').count()).toBe(0);
    expect(await highlightedTexts(page)).toContain('HMO');
    await setLimit(undefined);
    await popup.getByTestId('rescan').click();
    await popup.getByTestId('level').waitFor();
    expect(await stopped.count()).toBe(0);
  });
});
