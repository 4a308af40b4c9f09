import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import { type FixtureServer, fixturePage } from './fixture-server';

/** The LinkedIn-like sample profile, answered from its fixture at a real profile URL. */
export const PROFILE_URL = 'https://www.linkedin.com/in/nicole-baptiste/';

/** LinkedIn pages come from the fixture, so the content script sees them where it works on its own. */
export async function serveLinkedInFixture(browser: ExtensionBrowser): Promise<void> {
  await browser.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
}

/**
 * The sample resume, scanned on request as a recruiter would from the popup (it is not on LinkedIn), with
 * that popup open and showing its analysis.
 */
export async function openScannedResume(
  browser: ExtensionBrowser,
  server: FixtureServer,
): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/resume.html`);
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.getByTestId('scan').click();
  await popup.getByTestId('level').waitFor();
  return { page, popup };
}

/** The sample profile, once the content script has highlighted it on its own. */
export async function openHighlightedProfile(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(PROFILE_URL);
  await page.waitForFunction(
    () =>
      ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('hmo-lens')?.size ?? 0) >
      0,
  );
  return page;
}
