/**
 * `npm run screenshots [-- --only reader]`: draws the README's pictures afresh in a headless Chromium with
 * the extension's end-to-end build, from the sample resume (as a page and printed to PDF for the reader),
 * the LinkedIn-like sample profile and the options page, and writes them to docs/screenshots/. Nothing is
 * fetched: the pages are served from tests/fixtures. `--only reader` draws the reader's picture alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { z } from 'zod';
import {
  CHROMIUM_PATH,
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from './browser/extension-browser';
import { fixturePage, startFixtureServer } from './browser/fixture-server';
import { scannedPopup, serveSpecialtyResumes } from './browser/level-popups';
import { highlightCenter } from './browser/page-probes';
import { openHighlightedProfile, openScannedResume, serveLinkedInFixture } from './browser/sample-pages';

const SCREENSHOTS_DIR = 'docs/screenshots';

/**
 * The whole popup. A browser shows a toolbar popup at most 600 px tall and the popup scrolls inside that;
 * the picture lifts that cap so nothing is cut mid-sentence.
 */
async function fullPopup(popup: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS_DIR, name);
  await popup.bringToFront();
  await popup.addStyleTag({ content: 'body { max-height: none !important; }' });
  // A window as tall as the popup, rather than a full-page shot: a page taller than its window gets a
  // scrollbar that takes the popup's width.
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: popup.viewportSize()?.width ?? 380, height });
  await popup.screenshot({ path });
  return path;
}

/** The resume with the definition of "capitation" open where the recruiter points at it. */
async function hoverCard(page: Page): Promise<string> {
  const path = join(SCREENSHOTS_DIR, 'hover-card.png');
  await page.bringToFront();
  const point = await highlightCenter(page, 'capitation payments');
  if (!point) throw new Error('the sample resume has no highlighted "capitation payments"');
  await page.mouse.move(point.x, point.y);
  await page.locator('hmo-lens-card .hmo-card').waitFor({ state: 'visible' });
  await page.screenshot({ path });
  return path;
}

/** The profile once the skills section, which arrives after first paint, is highlighted too. */
async function profile(browser: ExtensionBrowser): Promise<{ page: Page; path: string }> {
  const path = join(SCREENSHOTS_DIR, 'linkedin-profile.png');
  const page = await openHighlightedProfile(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForFunction(() => {
    const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('hmo-lens');
    const texts = new Set([...(ranges ?? [])].map((range) => range.toString()));
    return texts.has('CAQH') && texts.has('HEDIS');
  });
  await page.screenshot({ path });
  return { page, path };
}

/** The side panel for the profile's tab, in the light or dark scheme, as tall as its content. */
async function sidePanel(
  browser: ExtensionBrowser,
  tabId: number,
  scheme: 'light' | 'dark',
): Promise<string> {
  const path = join(SCREENSHOTS_DIR, `side-panel-${scheme}.png`);
  const panel = await browser.context.newPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('timeline-bar').first().waitFor();
  const height = await panel.evaluate(() => document.documentElement.scrollHeight);
  await panel.setViewportSize({ width: 400, height });
  await panel.screenshot({ path });
  await panel.close();
  return path;
}

/** The popups of a junior, a mid and a senior candidate of three specialties, as a popup shows them (600 px). */
async function levelPopups(browser: ExtensionBrowser): Promise<string[]> {
  const resumes = await serveSpecialtyResumes();
  try {
    const written: string[] = [];
    for (const [name, level] of [
      ['member-services-junior', 'junior'],
      ['claims-mid', 'mid'],
      ['provider-network-senior', 'senior'],
    ] as const) {
      const popup = await scannedPopup(browser, resumes.origin, name);
      const path = join(SCREENSHOTS_DIR, `popup-${level}.png`);
      await popup.screenshot({ path });
      await popup.close();
      written.push(path);
    }
    return written;
  } finally {
    await resumes.close();
  }
}

/** The options page with the recruiter's own terms, one of them replacing the built-in HMO definition. */
async function options(browser: ExtensionBrowser): Promise<string> {
  const path = join(SCREENSHOTS_DIR, 'options.png');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  for (const [name, definition] of [
    ['Medical Office Receptionist', 'Front-desk work in a clinic: check-in, eligibility checks.'],
    ['HMO', 'Our desk’s own note on HMOs: members need a referral.'],
  ] as const) {
    await page.getByTestId('term-name').fill(name);
    await page.getByTestId('term-definition').fill(definition);
    await page.getByTestId('term-save').click();
    await page.getByTestId('custom-terms').getByText(name, { exact: true }).waitFor();
  }
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The sample resume as a PDF, printed by a Chromium of its own with the network shut off. */
async function sampleResumePdf(): Promise<Buffer> {
  const printer = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await printer.newPage();
    await page.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    await page.setContent(fixturePage('resume.html'), { waitUntil: 'load' });
    return await page.pdf({ format: 'Letter', printBackground: true });
  } finally {
    await printer.close();
  }
}

/** The reader with the sample resume's PDF opened from disk, highlighted, with its analysis and a card open. */
async function reader(browser: ExtensionBrowser): Promise<string> {
  const path = join(SCREENSHOTS_DIR, 'reader.png');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.getByLabel('Open a resume file').setInputFiles({
    name: 'dana-whitaker.pdf',
    mimeType: 'application/pdf',
    buffer: await sampleResumePdf(),
  });
  await page.getByTestId('level').waitFor();
  await page.waitForFunction(() => {
    const ranges = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('hmo-lens');
    return [...(ranges ?? [])].some((range) => range.toString() === 'capitation payments');
  });
  const point = await highlightCenter(page, 'capitation payments');
  if (!point) throw new Error('the reader has no highlighted "capitation payments"');
  await page.mouse.move(point.x, point.y);
  await page.locator('.hmo-card').waitFor({ state: 'visible' });
  await page.screenshot({ path });
  await page.close();
  return path;
}

const ArgsSchema = z.object({ only: z.enum(['reader']).optional() });

async function main(): Promise<void> {
  const args = ArgsSchema.parse(parseArgs({ options: { only: { type: 'string' } } }).values);
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension(E2E_EXTENSION_DIR);
  try {
    if (args.only === 'reader') {
      console.log(`Written: ${await reader(browser)}`);
      return;
    }
    await serveLinkedInFixture(browser);
    const written: string[] = [];
    const resume = await openScannedResume(browser, server);
    written.push(await hoverCard(resume.page));
    written.push(await fullPopup(resume.popup, 'popup.png'));
    const linkedin = await profile(browser);
    written.push(linkedin.path);
    const popup = await browser.openPopup(await browser.tabIdOf(linkedin.page));
    await popup.getByTestId('level').waitFor();
    await popup.getByText(/^Evidence/).click();
    await popup.getByTestId('evidence').waitFor();
    written.push(await fullPopup(popup, 'popup-linkedin.png'));
    const profileTab = await browser.tabIdOf(linkedin.page);
    written.push(await sidePanel(browser, profileTab, 'light'));
    written.push(await sidePanel(browser, profileTab, 'dark'));
    written.push(...(await levelPopups(browser)));
    written.push(await options(browser));
    written.push(await reader(browser));
    console.log(`Written: ${written.join(', ')}`);
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

main().catch((error) => {
  console.error(`screenshots: ${(error as Error).message}`);
  process.exitCode = 1;
});
