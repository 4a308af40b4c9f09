import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type FixtureServer, fixturePage, startFixtureServer } from '../../scripts/browser/fixture-server';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';

export const LINKEDIN = 'https://www.linkedin.com';

export interface HighlightingSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** Errors thrown into, or logged by, any page while HMO Lens runs in it. */
  pageErrors: string[];
  /** Every request made in the browser: pages, the popup, the content script (attributed to its page). */
  requests: string[];
}

/**
 * The highlighting tests' browser: the e2e build, the fixture server, LinkedIn answered from its fixture at
 * the real URLs (so the automatic path is the one tested), and a record of every page error and request.
 * Registers its hooks in the calling test file; `leftNoTrace` goes at the file's end.
 */
export function highlightingSession(): HighlightingSession {
  const session = { pageErrors: [], requests: [] } as unknown as HighlightingSession;
  const { pageErrors, requests } = session;

  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension(E2E_EXTENSION_DIR);
    const { context } = session.browser;
    context.on('request', (request) => requests.push(request.url()));
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !page.url().startsWith('chrome-extension:'))
          pageErrors.push(`${page.url()}: ${message.text()}`);
      });
    });
    await context.route(`${LINKEDIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
    );
  });

  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });

  return session;
}

export async function waitForHighlights(page: Page, wanted: string[]): Promise<string[]> {
  await expect.poll(() => highlightedTexts(page)).toEqual(expect.arrayContaining(wanted));
  return highlightedTexts(page);
}

export async function hoverCardText(page: Page, term: string): Promise<string> {
  const point = await highlightCenter(page, term);
  if (!point) throw new Error(`no highlight for ${term}`);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('hmo-lens-card .hmo-card');
  await card.waitFor({ state: 'visible' });
  return card.innerText();
}

/** The checks that nothing went wrong behind the tests' backs: no page errors, no outside requests. */
export function leftNoTrace(session: HighlightingSession): void {
  describe('across all those pages', () => {
    it('threw and logged no errors into any page', () => {
      expect(session.pageErrors).toEqual([]);
    });

    it('requested nothing but the fixture pages and the extension’s own files', () => {
      expect(session.requests.length).toBeGreaterThan(0);
      const own = `chrome-extension://${session.browser.extensionId}/`;
      const allowed = (url: string) =>
        url.startsWith(own) ||
        url.startsWith(`${session.server.origin}/`) ||
        // The LinkedIn fixture's own page loads, answered by route interception.
        /^https:\/\/www\.linkedin\.com\/(?:in\/[\w-]+\/|feed\/)$/.test(url);
      expect(session.requests.filter((url) => !allowed(url))).toEqual([]);
    });
  });
}
