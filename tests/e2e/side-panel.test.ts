import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { fixturePage } from '../../scripts/browser/fixture-server';

// The service worker's API, as far as these tests use it.
declare const chrome: {
  tabs: {
    update(id: number, change: { active: boolean }): Promise<unknown>;
    get(id: number): Promise<{ windowId: number }>;
  };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
  windows: {
    create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown>;
  };
  action: { getPopup(details: object): Promise<string> };
  sidePanel: {
    getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }>;
    close(options: { windowId: number }): Promise<void>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const LINKEDIN = 'https://www.linkedin.com';
// Two different careers, so the panel visibly changes when it follows the recruiter to the other one.
const PROFILES: Record<string, string> = {
  '/in/senior-candidate/': fixturePage('linkedin-profile.html'),
  '/in/mid-candidate/': fixturePage('../resumes/linkedin-profile-mid.html'),
};

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  await browser.context.route(`${LINKEDIN}/**`, (route) => {
    const body = PROFILES[new URL(route.request().url()).pathname];
    return body ? route.fulfill({ contentType: 'text/html', body }) : route.fulfill({ status: 404 });
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openProfile(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${LINKEDIN}${path}`);
  return page;
}

/** What the popup says about a tab: the panel must say the same. */
async function popupSummary(page: Page): Promise<string> {
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  const years = await popup.getByTestId('years').innerText();
  const level = await popup.getByTestId('level').innerText();
  await popup.close();
  return `${level} | ${years}`;
}

async function panelSummary(panel: Page): Promise<string> {
  return `${await panel.getByTestId('level').innerText()} | ${await panel.getByTestId('years').innerText()}`;
}

/** Resolves once the panel shows `summary`; the panel refreshes itself, nothing here reloads it. */
async function panelShows(panel: Page, summary: string): Promise<void> {
  const [level, years] = summary.split(' | ');
  await panel.waitForFunction(
    ([l, y]) =>
      document.querySelector('[data-testid="level"]')?.textContent === l &&
      document.querySelector('[data-testid="years"]')?.textContent === y,
    [level, years],
  );
}

function activate(page: Page): Promise<void> {
  return browser
    .tabIdOf(page)
    .then((id) =>
      browser.worker.evaluate((tab) => chrome.tabs.update(tab, { active: true }).then(() => {}), id),
    );
}

describe('the side panel', () => {
  let senior: Page;
  let mid: Page;
  let panel: Page;
  let seniorSummary: string;
  let midSummary: string;

  beforeAll(async () => {
    senior = await openProfile('/in/senior-candidate/');
    mid = await openProfile('/in/mid-candidate/');
    seniorSummary = await popupSummary(senior);
    midSummary = await popupSummary(mid);
    await activate(senior);
    // As Chrome opens it for a window: the panel page follows that window's active tab.
    const windowId = await browser.worker.evaluate(
      (tab) => chrome.tabs.get(tab).then((t) => t.windowId),
      await browser.tabIdOf(senior),
    );
    const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
    await browser.worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 800 }).then(() => {}),
      `chrome-extension://${browser.extensionId}/sidepanel.html?windowId=${windowId}`,
    );
    panel = await opened;
  });

  it('shows the analysis of its window’s active tab, as the popup does', async () => {
    expect(seniorSummary).not.toBe(midSummary);
    await panelShows(panel, seniorSummary);
    expect(await panelSummary(panel)).toBe(seniorSummary);
  });

  it('follows the recruiter to another tab', async () => {
    await activate(mid);
    await panelShows(panel, midSummary);
    await activate(senior);
    await panelShows(panel, seniorSummary);
  });

  it('follows an in-app move to another profile, without a reload', async () => {
    const other = PROFILES['/in/mid-candidate/'] ?? '';
    // What LinkedIn's router does: a new URL by pushState, then the new profile's content in place.
    await senior.evaluate((html) => {
      history.pushState({}, '', '/in/mid-candidate/');
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.adoptNode(n)));
    }, other);
    await panelShows(panel, midSummary);
  });

  it('opens from the popup’s “Open in side panel” button', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(mid));
    const sidePanels = () =>
      browser.worker.evaluate(() =>
        chrome.runtime
          .getContexts({ contextTypes: ['SIDE_PANEL'] })
          .then((all) => all.map((c) => c.documentUrl)),
      );
    expect(await sidePanels()).toEqual([]);
    await popup.getByTestId('open-panel').click();
    await expect.poll(sidePanels).toEqual([`chrome-extension://${browser.extensionId}/sidepanel.html`]);
  });

  it('remembers the recruiter uses it: the toolbar button opens the panel, closed or not, until "Use the popup instead"', async () => {
    // What the toolbar button opens, and what is stored for the worker's next start.
    const toolbar = () =>
      browser.worker.evaluate(async () => ({
        popup: await chrome.action.getPopup({}),
        opensPanel: (await chrome.sidePanel.getPanelBehavior()).openPanelOnActionClick ?? false,
        stored: (await chrome.storage.local.get('panel')).panel,
      }));
    const panelChosen = { popup: '', opensPanel: true, stored: { open: true } };
    // The panel the test before opened from the popup.
    await expect.poll(toolbar).toEqual(panelChosen);
    const windowId = await browser.worker.evaluate(
      (tab) => chrome.tabs.get(tab).then((t) => t.windowId),
      await browser.tabIdOf(mid),
    );
    // Closed (as a browser that shuts down closes it): still the recruiter's choice.
    await browser.worker.evaluate((id) => chrome.sidePanel.close({ windowId: id }), windowId);
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
        ),
      )
      .toBe(0);
    expect(await toolbar()).toEqual(panelChosen);
    await panel.getByTestId('use-popup').click();
    await expect.poll(toolbar).toEqual({
      popup: `chrome-extension://${browser.extensionId}/popup.html`,
      opensPanel: false,
      stored: { open: false },
    });
  });

  it('draws one bar per dated role, each titled with the role and its dates', async () => {
    const bars = panel.getByTestId('timeline-bar');
    await bars.first().waitFor();
    const titles = await bars.evaluateAll((els) =>
      els.map((el) => el.querySelector('title')?.textContent ?? ''),
    );
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title).toMatch(/^.+, (\d{2}\/)?\d{4} – ((\d{2}\/)?\d{4}|present): /);
    const label = await panel.locator('svg[role="img"]').getAttribute('aria-label');
    expect(label).toContain(`${titles.length} dated roles`);
  });
});
