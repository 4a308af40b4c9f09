/**
 * `npm run demo`: HMO Lens in a real Chromium on the bundled sample resume and the LinkedIn-like sample
 * profile. With a display, a browser window opens and stays until you close it. Without one (a server, CI),
 * it runs headless, saves screenshots of the highlighted pages, an open hover card and the popup to
 * demo-output/, and prints the analysis. Nothing is fetched: the pages are served from tests/fixtures.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../lib/analysis/summary';
import { TabDescriptionSchema } from '../lib/protocol/tab-description';
import { E2E_EXTENSION_DIR, launchWithExtension } from './browser/extension-browser';
import { fixturePage, startFixtureServer } from './browser/fixture-server';
import { highlightCenter, highlightedTexts } from './browser/page-probes';

const OUT = 'demo-output';
const PROFILE_URL = 'https://www.linkedin.com/in/nicole-baptiste/';

async function main(): Promise<void> {
  const windowed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithExtension(E2E_EXTENSION_DIR, { window: windowed });
  try {
    await run(windowed, browser, server);
  } finally {
    await browser.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

async function run(
  windowed: boolean,
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  server: Awaited<ReturnType<typeof startFixtureServer>>,
): Promise<void> {
  await browser.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );

  // The sample resume is not LinkedIn, so it is scanned on request, as a recruiter would with the popup.
  const resume = await browser.context.newPage();
  await resume.goto(`${server.origin}/resume.html`);
  const popup = await browser.openPopup(await browser.tabIdOf(resume));
  await popup.getByTestId('scan').click();
  await popup.getByTestId('level').waitFor();

  const profile = await browser.context.newPage();
  await profile.goto(PROFILE_URL);
  await profile.waitForFunction(
    () =>
      ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('hmo-lens')?.size ?? 0) >
      0,
  );

  if (windowed) {
    console.log('HMO Lens demo is open: the sample resume, its popup and a LinkedIn-like profile.');
    console.log('Hover a highlighted term for its definition. Close the browser window to end the demo.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    return;
  }

  await resume.bringToFront();
  await resume.screenshot({ path: join(OUT, 'resume-highlighted.png') });
  const point = await highlightCenter(resume, 'capitation payments');
  if (point) {
    await resume.mouse.move(point.x, point.y);
    await resume.locator('hmo-lens-card .hmo-card').waitFor({ state: 'visible' });
    await resume.screenshot({ path: join(OUT, 'hover-card.png') });
  }
  await popup.bringToFront();
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  await profile.bringToFront();
  await profile.screenshot({ path: join(OUT, 'linkedin-profile.png') });

  // Print what the extension itself computed, as the popup received it.
  for (const [name, page] of [
    ['Sample resume (tests/fixtures/pages/resume.html)', resume],
    [`LinkedIn-like profile (${PROFILE_URL})`, profile],
  ] as const) {
    const tabId = await browser.tabIdOf(page);
    // The popup's own request: the background's analysis of the tab.
    const description = TabDescriptionSchema.parse(
      await popup.evaluate(
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
  console.log(
    `\nScreenshots: ${['resume-highlighted', 'hover-card', 'popup', 'linkedin-profile'].map((n) => join(OUT, `${n}.png`)).join(', ')}`,
  );
}

main().catch((error) => {
  console.error(`demo: ${(error as Error).message}`);
  process.exitCode = 1;
});
