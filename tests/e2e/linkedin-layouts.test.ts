import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';
import { LINKEDIN_FIXTURES, LINKEDIN_LAYOUTS } from '../support/linkedin-layouts';

const fixture = (name: string) => readFileSync(join(LINKEDIN_FIXTURES, name), 'utf8');
const RESUME = fixture('dana-whitfield.resume.txt');

const LAYOUTS = LINKEDIN_LAYOUTS;
const OTHER_PAGES: Record<string, string> = {
  '/in/dana-whitfield-masked/': 'public-profile-masked.html',
  '/in/dana-whitfield-partial/': 'sdui-profile-partial.html',
  '/in/dana-whitfield-unloaded/': 'sdui-profile-real-unloaded.html',
  '/in/dana-whitfield-classic/': 'classic-profile-partial.html',
};

/** Terms that only the sidebars ("People also viewed", ads) and the viewer's own nav bar mention. */
const NOT_THE_CANDIDATES = ['HEDIS', 'IPA', 'EPO', 'CAHPS', 'MCO', 'TPA', 'Medicaid', 'Star Ratings'];

const LEVEL_LABEL = { junior: 'Junior', mid: 'Mid', senior: 'Senior', unknown: 'Not enough information' };

let browser: ExtensionBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  // A page of another site behind an open modal dialog (react-modal marks the app root aria-hidden).
  const resumeHtml = RESUME.split('\n\n')
    .map(
      (block) =>
        `<section>${block
          .split('\n')
          .map((line) => `<p>${line}</p>`)
          .join('')}</section>`,
    )
    .join('');
  const modalPage = `<!doctype html><title>Candidate</title><div id="app" aria-hidden="true">${resumeHtml}</div>
    <div class="ReactModalPortal"><div class="ReactModal__Overlay"><div class="ReactModal__Content" role="dialog" aria-modal="true">
    <h2>Schedule an interview</h2><button>Close</button></div></div></div>`;
  server = createServer((req, res) => {
    res.writeHead(req.url === '/candidate' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/candidate' ? modalPage : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  await browser.context.route(/^https:\/\/(?:[a-z]+\.)?linkedin\.com\//, (route) => {
    const url = new URL(route.request().url());
    const layout = LAYOUTS.find(([, address]) => new URL(address).pathname === url.pathname);
    const name = layout?.[2] ?? OTHER_PAGES[url.pathname];
    if (!name) return route.abort('blockedbyclient');
    return route.fulfill({ contentType: 'text/html', body: fixture(name) });
  });
  // The same pages where HMO Lens does not run: what the DOM must look like with the extension too.
  await browser.context.route(/^https:\/\/without-extension\.test\//, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    return route.fulfill({ contentType: 'text/html', body: fixture(name) });
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function readyPopup(page: Page): Promise<Page> {
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.getByTestId('level').waitFor();
  return popup;
}

/** A new tab at a LinkedIn address, and its popup once the analysis is there. */
async function openAt(address: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(address);
  return { page, popup: await readyPopup(page) };
}

/** What the popup must show: the analysis of the same career written as a plain resume. */
function expectedFigures() {
  const expected = analyze(RESUME);
  return {
    level: LEVEL_LABEL[expected.level],
    years: `${expected.relevantYears} health-plan years · ${expected.yearsOfExperience} total`,
  };
}

async function pageHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** The toolbar badge of a tab: how many distinct terms the page highlights. */
async function badgeOf(page: Page): Promise<string> {
  const tabId = await browser.tabIdOf(page);
  return browser.worker.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Waits until a term is highlighted (scrolling its text into view: only what is near it is drawn). */
async function waitForHighlight(page: Page, text: string, near: string): Promise<void> {
  await page.getByText(near, { exact: false }).first().scrollIntoViewIfNeeded();
  await page.waitForFunction((wanted) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.values() ?? [])].some((h) => [...h].some((r) => r.toString() === wanted));
  }, text);
}

describe.each(LAYOUTS)('the %s', (_label, address, file) => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    ({ page, popup } = await openAt(address));
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('gets the level and years the same career gets as a plain resume', async () => {
    const expected = expectedFigures();
    expect(expected.level).toBe('Senior');
    expect(await popup.getByTestId('level').innerText()).toBe(expected.level);
    expect(await popup.getByTestId('years').innerText()).toBe(expected.years);
    expect(await popup.getByTestId('page-notes').count()).toBe(0);
  });

  it('highlights the candidate’s profile only: the badge counts the terms the popup lists, and no sidebar term', async () => {
    const listed = await popup.getByTestId('terms').locator('li').count();
    expect(listed).toBeGreaterThan(5);
    // The badge is reported once the highlights have been still for a moment: it may come after the list.
    await expect.poll(() => badgeOf(page)).toBe(String(listed));
    await waitForHighlight(page, 'NCQA', 'Own the NCQA');
    await page.getByText('Morgan Reyes').first().scrollIntoViewIfNeeded();
    const texts = await highlightedTexts(page);
    const others = texts.filter((text) =>
      NOT_THE_CANDIDATES.some((t) => t.toLowerCase() === text.toLowerCase()),
    );
    expect(others).toEqual([]);
  });

  it('defines a term on hover, and leaves the page’s DOM as it was, while scanning and after the card closed', async () => {
    const without = await browser.context.newPage();
    await without.goto(`https://without-extension.test/${file}`);
    const reference = await pageHtml(without);
    await without.close();
    expect(await pageHtml(page)).toBe(reference);

    await waitForHighlight(page, 'HMO', 'Medicare Advantage and commercial HMO members');
    const point = await highlightCenter(page, 'HMO');
    if (!point) throw new Error('no highlight for HMO');
    await page.mouse.move(point.x, point.y);
    const card = page.locator('hmo-lens-card .hmo-card');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toMatch(/health maintenance organization/i);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // The card's host leaves the page with the card: nothing of HMO Lens stays in LinkedIn's DOM.
    await expect.poll(() => pageHtml(page)).toBe(reference);
  });
});

describe('what a LinkedIn page leaves out, said in the popup', () => {
  it('a masked profile: no roles, no years, and why', async () => {
    const { page, popup } = await openAt('https://www.linkedin.com/in/dana-whitfield-masked/');
    expect(await popup.getByTestId('page-notes').innerText()).toMatch(
      /hides this profile’s titles and dates/,
    );
    expect(await popup.getByTestId('years').innerText()).toBe('? health-plan years · ? total');
    await popup.close();
    await page.close();
  });

  it('a profile whose experience has not loaded yet: no roles, and what to do', async () => {
    const { page, popup } = await openAt('https://www.linkedin.com/in/dana-whitfield-unloaded/');
    expect(await popup.getByTestId('page-notes').innerText()).toMatch(/No Experience section has loaded/);
    expect(await popup.getByTestId('years').innerText()).toBe('? health-plan years · ? total');
    await popup.close();
    await page.close();
  });

  it('a profile listing some of its experiences: how many the analysis covers', async () => {
    const { page, popup } = await openAt('https://www.linkedin.com/in/dana-whitfield-partial/');
    expect(await popup.getByTestId('page-notes').innerText()).toMatch(/shows 3 of 5 experiences/);
    await popup.close();
    await page.close();
  });
});

describe('the classic "all experiences" page', () => {
  it('completes the profile that listed 3 of 5 experiences, when the recruiter opens it inside LinkedIn', async () => {
    const opened = await openAt('https://www.linkedin.com/in/dana-whitfield-classic/');
    const { page } = opened;
    let { popup } = opened;
    expect(await popup.getByTestId('page-notes').innerText()).toMatch(/shows 3 of 5 experiences/);
    await popup.close();

    // "Show all 5 experiences" and the way back stay inside LinkedIn's single-page app: a new address, and
    // the page redrawn in place.
    const navigate = (path: string, file: string) =>
      page.evaluate(
        ([to, html]) => {
          const next = new DOMParser().parseFromString(html, 'text/html');
          history.pushState(null, '', to);
          document.body.replaceChildren(...Array.from(next.body.childNodes));
        },
        [path, fixture(file)] as const,
      );
    const expected = expectedFigures();
    for (const [path, file] of [
      ['/in/dana-whitfield-classic/details/experience/', 'classic-experience-details.html'],
      // Back on the profile page, which still lists 3: the whole career seen in this tab counts.
      ['/in/dana-whitfield-classic/', 'classic-profile-partial.html'],
    ] as const) {
      await navigate(path, file);
      popup = await readyPopup(page);
      expect(await popup.getByTestId('level').innerText()).toBe(expected.level);
      expect(await popup.getByTestId('years').innerText()).toBe(expected.years);
      expect(await popup.getByTestId('page-notes').count()).toBe(0);
      await popup.close();
    }
    await page.close();
  });
});

describe('a page behind an open modal dialog', () => {
  it('is analysed in full, though the dialog marks the app root aria-hidden', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/candidate`);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
    const expected = expectedFigures();
    expect(await popup.getByTestId('level').innerText()).toBe(expected.level);
    expect(await popup.getByTestId('years').innerText()).toBe(expected.years);
    await popup.close();
    await page.close();
  });
});
