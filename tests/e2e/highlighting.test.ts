import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type FixtureServer, fixturePage, startFixtureServer } from '../../scripts/browser/fixture-server';
import { highlightCenter, highlightedTexts, ourHighlightRules } from '../../scripts/browser/page-probes';

const SHOTS = 'demo-output/screenshots';
const LINKEDIN = 'https://www.linkedin.com';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** Errors thrown into, or logged by, any page while HMO Lens runs in it. */
const pageErrors: string[] = [];
/** Every request made in the browser: pages, the popup, the content script (attributed to its page). */
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer();
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  browser.context.on('request', (request) => requests.push(request.url()));
  browser.context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !page.url().startsWith('chrome-extension:'))
        pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  });
  // LinkedIn pages come from a fixture at their real URLs, so the automatic path is the one tested.
  await browser.context.route(`${LINKEDIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function waitForHighlights(page: Page, wanted: string[]): Promise<string[]> {
  await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(wanted));
  return highlightedTexts(page);
}

async function hoverCardText(page: Page, term: string): Promise<string> {
  const point = await highlightCenter(page, term);
  if (!point) throw new Error(`no highlight for ${term}`);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('hmo-lens-card .hmo-card');
  await card.waitFor({ state: 'visible' });
  return card.innerText();
}

describe('an HTML resume on 127.0.0.1, scanned on request', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/resume.html`);
  });

  it('is left alone until the recruiter asks', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('scan').waitFor();
    expect(await highlightedTexts(page)).toEqual([]);
    await popup.close();
  });

  it('highlights the terms after "Scan this page", and nothing it must not', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
    const texts = await waitForHighlights(page, [
      'Health Maintenance Organization', // split over <b>Health</b> and the following text
      'HMO',
      'PPO',
      'capitation payments',
      'IPA',
      'PMPM',
      'PCPs',
      'in-network',
      'out-of-network',
      'NCQA',
      'CMS-1500',
      'Medicaid managed care',
    ]);
    // Not in the textarea, not in the head's script, not inside "Support"/"opportunity", not lowercase "hmo".
    expect(texts.filter((t) => t === 'HMO').length).toBe(3);
    expect(texts.filter((t) => t === 'PPO').length).toBe(2);
    expect(texts.some((t) => /^hmo$/.test(t))).toBe(false);
    // Text that looks like HTML stays text: nothing of it ran.
    expect(texts).toContain('EPO');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Highlighting rewrote nothing: the page's DOM is byte for byte what it was.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    // The style rule sits on the root only, and the text deep inside the page takes it from there.
    const fill = await page.evaluate(() => {
      const text = [...document.querySelectorAll('li, p')].find((el) => el.textContent?.includes('PMPM'));
      return text && getComputedStyle(text, '::highlight(hmo-lens)').backgroundColor;
    });
    expect(fill).toBe('rgba(255, 193, 7, 0.32)');
    expect(await page.evaluate(ourHighlightRules)).toEqual([
      expect.stringMatching(/^:root::highlight\(hmo-lens\) \{/),
    ]);
    await popup.close();
  });

  it('defines a term on hover and closes the card on Escape and on mouse-out', async () => {
    const text = await hoverCardText(page, 'capitation payments');
    expect(text).toContain('Capitation');
    expect(text).toContain('Written here as “capitation payments”');
    expect(text).toContain('Finance & payment');
    expect(text).toContain('fixed amount per member per month');
    await page.screenshot({ path: `${SHOTS}/hover-card.png` });
    const card = page.locator('hmo-lens-card .hmo-card');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await hoverCardText(page, 'IPA');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('shows HTML-looking page text in the card as text', async () => {
    await hoverCardText(page, 'EPO');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('hmo-lens-card img').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('keeps the card inside the viewport', async () => {
    await page.setViewportSize({ width: 420, height: 700 });
    await hoverCardText(page, 'PMPM');
    const box = await page.locator('hmo-lens-card .hmo-card').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(420);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('turns highlighting off and on from the popup, for every tab at once', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    const toggle = popup.getByTestId('toggle-highlighting');
    const ourRules = () => page.evaluate(ourHighlightRules);
    await toggle.uncheck();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    // Off means off: the page's style work carries none of HMO Lens's rules either.
    await expect.poll(ourRules).toEqual([]);
    await toggle.check();
    await waitForHighlights(page, ['capitation payments', 'HMO']);
    await expect.poll(ourRules).toHaveLength(1);
    await popup.close();
  });

  it('rescans on request', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late addition: HEDIS and Star Ratings.';
      document.body.append(p);
    });
    await waitForHighlights(page, ['HEDIS', 'Star Ratings']);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('rescan').click();
    await popup.getByTestId('level').waitFor();
    await waitForHighlights(page, ['HEDIS', 'capitation payments']);
    await popup.close();
  });
});

describe('a LinkedIn-like profile, highlighted automatically', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${LINKEDIN}/in/nicole-baptiste/`);
  });

  it('highlights the profile without being asked, including a lazily loaded section', async () => {
    // "CAQH" and "HEDIS" are in the skills section that arrives after first paint.
    await waitForHighlights(page, ['HMO', 'PPO', 'network adequacy', 'credentialing', 'CAQH', 'HEDIS']);
    await page.screenshot({ path: `${SHOTS}/linkedin-profile.png` });
  });

  it('picks up content revealed by "Show all experiences"', async () => {
    await page.click('#show-more-experience');
    await waitForHighlights(page, ['capitation', 'IPA']);
  });

  it('shows the definition card on hover', async () => {
    expect(await hoverCardText(page, 'CAQH')).toContain('credentialing');
    await page.keyboard.press('Escape');
  });

  it('follows an in-app navigation to another profile, dropping the old highlights', async () => {
    await page.click('a[data-slug="jamie-cole"]');
    await expect.poll(() => page.url()).toBe(`${LINKEDIN}/in/jamie-cole/`);
    await waitForHighlights(page, ['prior authorization', 'InterQual', 'Medicaid managed care']);
    await expect
      .poll(async () => {
        const texts = await highlightedTexts(page);
        return texts.includes('CAQH') || texts.includes('network adequacy');
      })
      .toBe(false);
    // The popup describes the new profile, not the old one.
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('level').waitFor();
    const terms = await popup.getByTestId('terms').innerText();
    expect(terms).toContain('InterQual');
    expect(terms).not.toContain('CAQH');
    await popup.close();
  });

  it('brings its highlight style before a profile has content, and none to other LinkedIn pages', async () => {
    const rulesWhenParsed = async (url: string) => {
      const tab = await browser.context.newPage();
      await tab.addInitScript(`document.addEventListener('DOMContentLoaded', () => {
        window.__rules = (${ourHighlightRules.toString()})();
      });`);
      await tab.goto(url);
      await tab.locator('h1').waitFor();
      return { tab, rules: await tab.evaluate(() => (window as unknown as { __rules: string[] }).__rules) };
    };
    const profile = await rulesWhenParsed(`${LINKEDIN}/in/jamie-cole/`);
    expect(profile.rules).toEqual([expect.stringMatching(/^:root::highlight\(hmo-lens\) \{/)]);
    // The content script takes that sheet over: one sheet, however many highlights are drawn.
    await waitForHighlights(profile.tab, ['prior authorization']);
    expect(await profile.tab.evaluate(ourHighlightRules)).toHaveLength(1);
    await profile.tab.close();
    const feed = await rulesWhenParsed(`${LINKEDIN}/feed/`);
    expect(feed.rules).toEqual([]);
    // Nothing is drawn on the feed, so it never gets the sheet at all.
    expect(await feed.tab.evaluate(ourHighlightRules)).toEqual([]);
    await feed.tab.close();
  });

  it('stays idle on LinkedIn pages that are not profiles', async () => {
    const feed = await browser.context.newPage();
    await feed.goto(`${LINKEDIN}/feed/`);
    // The same fixture renders a profile-like page here: it must not be scanned, and the popup says why.
    await feed.locator('h1').waitFor();
    const popup = await browser.openPopup(await browser.tabIdOf(feed));
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('not a profile');
    expect(await highlightedTexts(feed)).toEqual([]);
    await popup.close();
    await feed.close();
  });

  it('shows the number of distinct terms on the toolbar badge', async () => {
    const tabId = await browser.tabIdOf(page);
    const expected = new Set(await highlightedTexts(page)).size;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() =>
        browser.worker.evaluate(
          (id) =>
            (
              globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }
            ).chrome.action.getBadgeText({ tabId: id }),
          tabId,
        ),
      )
      .toMatch(/^[1-9]\d*$/);
  });
});

describe('a page whose content React manages, with an editable region', () => {
  let page: Page;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${server.origin}/react-editor/`);
    await page.locator('#summary').waitFor();
  });

  it('highlights page text but leaves the editor, the textarea and React alone', async () => {
    const editorBefore = await page.locator('#notes-editor').evaluate((el) => el.innerHTML);
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.getByTestId('scan').click();
    await popup.getByTestId('level').waitFor();
    await popup.close();
    const texts = await waitForHighlights(page, [
      'member services representative',
      'Medicaid managed care',
      'EOB',
      'Medicare Advantage',
    ]);
    // Terms inside the contenteditable notes ("HMO", "capitation", "PPO") are never highlighted.
    expect(texts).not.toContain('capitation');
    expect(texts).not.toContain('HMO');
    expect(await page.locator('#notes-editor').evaluate((el) => el.innerHTML)).toBe(editorBefore);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
  });

  it('lets the recruiter type in the editor and React keep re-rendering', async () => {
    await page.locator('#notes-editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Knows COB.');
    await expect.poll(() => page.locator('#notes-editor').innerText()).toContain('Knows COB.');
    await page.locator('#comment').fill('Asked about capitation contracts.');
    await expect
      .poll(() => page.locator('#comment-echo').innerText())
      .toBe('Asked about capitation contracts.');
    // React re-renders the echo paragraph: its new text is highlighted, the typed editor text is not.
    await waitForHighlights(page, ['capitation']);
    expect(await highlightedTexts(page)).not.toContain('COB');
    // React replaces the skill pills on every click; the highlights follow the new nodes.
    for (let i = 0; i < 3; i++) await page.click('#rerender');
    await expect.poll(() => page.locator('#skills').getAttribute('data-renders')).toBe('3');
    await waitForHighlights(page, ['Claims adjudication', 'Medicare Advantage', 'Credentialing']);
    const stale = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...(registry.get('hmo-lens') ?? [])].filter((r) => !r.startContainer.isConnected).length;
    });
    expect(stale).toBe(0);
    await page.screenshot({ path: `${SHOTS}/react-editor.png` });
  });
});

describe('across all those pages', () => {
  it('threw and logged no errors into any page', () => {
    expect(pageErrors).toEqual([]);
  });

  it('requested nothing but the fixture pages and the extension’s own files', () => {
    expect(requests.length).toBeGreaterThan(0);
    const own = `chrome-extension://${browser.extensionId}/`;
    const allowed = (url: string) =>
      url.startsWith(own) ||
      url.startsWith(`${server.origin}/`) ||
      // The LinkedIn fixture's own page loads, answered by route interception.
      /^https:\/\/www\.linkedin\.com\/(?:in\/[\w-]+\/|feed\/)$/.test(url);
    expect(requests.filter((url) => !allowed(url))).toEqual([]);
  });
});
