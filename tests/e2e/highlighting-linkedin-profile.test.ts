import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { highlightedTexts, ourHighlightRules } from '../../scripts/browser/page-probes';
import {
  highlightingSession,
  hoverCardText,
  LINKEDIN,
  leftNoTrace,
  waitForHighlights,
} from './highlighting-session';

const session = highlightingSession();

describe('a LinkedIn-like profile, highlighted automatically', () => {
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${LINKEDIN}/in/nicole-baptiste/`);
  });

  it('highlights the profile without being asked, including a lazily loaded section', async () => {
    // "CAQH" and "HEDIS" are in the skills section that arrives after first paint.
    await waitForHighlights(page, ['HMO', 'PPO', 'network adequacy', 'credentialing', 'CAQH', 'HEDIS']);
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
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(page));
    await popup.getByTestId('level').waitFor();
    const terms = await popup.getByTestId('terms').innerText();
    expect(terms).toContain('InterQual');
    expect(terms).not.toContain('CAQH');
    await popup.close();
  });

  it('brings its highlight style before a profile has content, and none to other LinkedIn pages', async () => {
    const rulesWhenParsed = async (url: string) => {
      const tab = await session.browser.context.newPage();
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
    const feed = await session.browser.context.newPage();
    await feed.goto(`${LINKEDIN}/feed/`);
    // The same fixture renders a profile-like page here: it must not be scanned, and the popup says why.
    await feed.locator('h1').waitFor();
    const popup = await session.browser.openPopup(await session.browser.tabIdOf(feed));
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('not a profile');
    expect(await highlightedTexts(feed)).toEqual([]);
    await popup.close();
    await feed.close();
  });

  it('shows the number of distinct terms on the toolbar badge', async () => {
    const tabId = await session.browser.tabIdOf(page);
    const expected = new Set(await highlightedTexts(page)).size;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() =>
        session.browser.worker.evaluate(
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

leftNoTrace(session);
