/**
 * `npm run demo`: HMO Lens in a real Chromium on the bundled sample resume and the LinkedIn-like sample
 * profile. With a display, a browser window opens and stays until you close it. Without one (a server, CI),
 * it runs headless and prints the analysis the popup received for each page; `npm run screenshots` draws
 * the pictures. Nothing is fetched: the pages are served from tests/fixtures.
 */
import { summarize } from '../lib/analysis/summary';
import { TabDescriptionSchema } from '../lib/protocol/tab-description';
import { E2E_EXTENSION_DIR, type ExtensionBrowser, launchWithExtension } from './browser/extension-browser';
import { type FixtureServer, startFixtureServer } from './browser/fixture-server';
import { highlightedTexts } from './browser/page-probes';
import {
  openHighlightedProfile,
  openScannedResume,
  PROFILE_URL,
  serveLinkedInFixture,
} from './browser/sample-pages';

async function main(): Promise<void> {
  const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const server = await startFixtureServer();
  const browser = await launchWithExtension(E2E_EXTENSION_DIR, { window: windowed });
  try {
    await run(windowed, browser, server);
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

async function run(windowed: boolean, browser: ExtensionBrowser, server: FixtureServer): Promise<void> {
  await serveLinkedInFixture(browser);
  const resume = await openScannedResume(browser, server);
  const profile = await openHighlightedProfile(browser);

  if (windowed) {
    console.log('HMO Lens demo is open: the sample resume, its popup and a LinkedIn-like profile.');
    console.log('Hover a highlighted term for its definition. Close the browser window to end the demo.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    return;
  }

  // Print what the extension itself computed, as the popup received it.
  for (const [name, page] of [
    ['Sample resume (tests/fixtures/pages/resume.html)', resume.page],
    [`LinkedIn-like profile (${PROFILE_URL})`, profile],
  ] as const) {
    const tabId = await browser.tabIdOf(page);
    // The popup's own request: the background's analysis of the tab.
    const description = TabDescriptionSchema.parse(
      await resume.popup.evaluate(
        (id) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
          ).chrome.runtime.sendMessage({ type: 'hmo-lens/describe-tab', tabId: id }),
        tabId,
      ),
    );
    const state = description.kind === 'page' ? description.page : null;
    console.log(`\n${new Set(await highlightedTexts(page)).size} distinct terms highlighted`);
    if (state?.analysis) console.log(summarize(name, state.analysis));
  }
}

main().catch((error) => {
  console.error(`demo: ${(error as Error).message}`);
  process.exitCode = 1;
});
