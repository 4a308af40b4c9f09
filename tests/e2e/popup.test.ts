import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { pageText } from '../../lib/dom/page-text';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type FixtureServer, fixturePage, startFixtureServer } from '../../scripts/browser/fixture-server';

const LINKEDIN = 'https://www.linkedin.com';
const CLIPBOARD_ORIGIN = 'https://clipboard.test';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  await browser.context.route(`${LINKEDIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
  await browser.context.route(`${CLIPBOARD_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>clipboard</title>' }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The clipboard cannot be read from an extension page ("opaque origin"): read it from an ordinary page that
 * was granted the permission. The browser's clipboard is shared.
 */
async function readClipboard(): Promise<string> {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: CLIPBOARD_ORIGIN });
  const page = await browser.context.newPage();
  await page.goto(`${CLIPBOARD_ORIGIN}/`);
  await page.bringToFront();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return text;
}

/** The analysis the popup should show, computed here from the same page by the same lib/ code. */
async function expectedAnalysis(page: Page) {
  const html = await page.content();
  const { Window } = await import('happy-dom');
  const window = new Window({ url: page.url() });
  window.document.write(html);
  const text = pageText(window.document as unknown as Document, page.url());
  await window.happyDOM.close();
  return analyze(text);
}

async function openReadyPopup(page: Page): Promise<Page> {
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.getByTestId('level').waitFor();
  return popup;
}

describe('the popup for a resume on 127.0.0.1', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/resume.html`);
    popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
  });

  it('shows the level, the evidence, the red flags and the titles of the analysis', async () => {
    const expected = await expectedAnalysis(page);
    expect(expected.level).toBe('senior');
    expect(await popup.getByTestId('level').innerText()).toBe('Senior');
    await popup.getByText(/^Evidence/).click();
    const evidence = await popup.getByTestId('evidence').innerText();
    expect(evidence).toContain('HMO Coordinator (Banner Health Plans), 03/2020–present: counted');
    expect(evidence).toContain('Claims Examiner (Mercy Care), 06/2017–02/2020: counted');
    // The flags the analysis raised for this candidate's specialty and level, in order.
    const flags = await popup
      .locator('[data-flag]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(flags).toEqual(expected.redFlags.map((f) => f.id));
    const titles = await popup.getByTestId('search-titles').locator('button').allInnerTexts();
    expect(titles).toEqual(expected.searchTitles);
  });

  it('copies exactly the boolean string the analysis produced', async () => {
    const expected = await expectedAnalysis(page);
    expect(await popup.getByTestId('search-string').innerText()).toBe(expected.searchString);
    await popup.bringToFront();
    await popup.getByTestId('copy-search').click();
    await expect.poll(() => popup.getByTestId('copy-search').innerText()).toBe('✓ Copied');
    expect(await readClipboard()).toBe(expected.searchString);
  });

  it('copies the Google X-ray form behind its switch', async () => {
    const expected = await expectedAnalysis(page);
    await popup.bringToFront();
    await popup.getByLabel('Google X-ray').check();
    expect(await popup.getByTestId('search-string').innerText()).toBe(expected.xraySearchString);
    await popup.getByTestId('copy-search').click();
    await expect.poll(() => popup.getByTestId('copy-search').innerText()).toBe('✓ Copied');
    expect(await readClipboard()).toBe(expected.xraySearchString);
    await popup.getByLabel('Google X-ray').uncheck();
  });

  it('steps through a term’s occurrences on the page', async () => {
    await popup.bringToFront();
    const hmo = popup.getByRole('button', { name: /^Show HMO on the page/ });
    // "Health Maintenance Organization" comes first, then three "HMO"s; the textarea's note does not count.
    expect(await hmo.innerText()).toContain('×4');
    await hmo.click();
    await expect.poll(() => hmo.innerText()).toContain('1 of 4');
    await hmo.click();
    await expect.poll(() => hmo.innerText()).toContain('2 of 4');
    const focused = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get('hmo-lens-focus') ?? [])][0];
      if (!range) return null;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), visible: rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
    expect(focused).toEqual({ text: 'HMO', visible: true });
  });

  it('fits 380 pixels without horizontal scrolling', async () => {
    const overflow = await popup.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('can be used from the keyboard', async () => {
    await popup.bringToFront();
    await popup.reload();
    await popup.getByTestId('level').waitFor();
    await popup.keyboard.press('Tab');
    const first = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(first).toBe('toggle-highlighting');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('rescan');
  });
});

describe('the popup for a LinkedIn-like profile', () => {
  it('describes the profile the tab shows', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN}/in/nicole-baptiste/`);
    const popup = await openReadyPopup(page);
    expect(await popup.getByTestId('level').innerText()).toBe('Mid');
    expect(await popup.getByTestId('years').innerText()).toBe('3.8 health-plan years · 6.3 total');
    await popup.getByText(/^Evidence/).click();
    const evidence = await popup.getByTestId('evidence').innerText();
    expect(evidence).toContain(
      'Provider Network Coordinator (Blue Cross Blue Shield of Texas), 08/2021–06/2025: counted',
    );
    expect(evidence).toContain(
      'Medical Office Receptionist (Plano Family Clinic), 01/2019–07/2021: not health-plan work',
    );
    const flags = await popup
      .locator('[data-flag]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(flags).toEqual(['no-claims']);
  });
});

describe('popup states', () => {
  it('explains a tab id that does not exist', async () => {
    const popup = await browser.openPopup(987_654);
    await expect
      .poll(() => popup.getByRole('alert').innerText())
      .toBe('Tab 987654 is closed or does not exist.');
  });

  it('explains browser pages where extensions cannot run', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    await page.bringToFront();
    // Without the "tabs" permission the extension cannot read a chrome:// tab's URL: take the active tab.
    const tabId = await browser.worker.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }
      ).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs[0]?.id ?? null;
    });
    expect(tabId).not.toBeNull();
    const popup = await browser.openPopup(tabId as number);
    await popup.getByTestId('scan').click();
    await expect
      .poll(() => popup.getByRole('alert').innerText())
      .toContain('Browser pages and the extension store cannot be scanned');
  });
});
