/**
 * `npm run popup-timing`: how long the popup takes to show its content for an already-scanned page, from
 * navigation start to the level being on screen, over repeated opens. Prints the median and the slowest.
 */
import { E2E_EXTENSION_DIR, launchWithExtension } from './browser/extension-browser';
import { startFixtureServer } from './browser/fixture-server';

const RUNS = Number(process.env.RUNS ?? 15);

const server = await startFixtureServer();
const browser = await launchWithExtension(E2E_EXTENSION_DIR);
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/resume.html`);
  const tabId = await browser.tabIdOf(page);
  const first = await browser.openPopup(tabId);
  await first.getByTestId('scan').click();
  await first.getByTestId('level').waitFor();
  await first.close();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    // Records when the level first exists in the DOM, in ms since the popup's navigation started.
    await popup.addInitScript(() => {
      const w = window as unknown as { __levelShownAt?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="level"]')) {
          w.__levelShownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(
      () => (window as unknown as { __levelShownAt?: number }).__levelShownAt !== undefined,
    );
    times.push(await popup.evaluate(() => (window as unknown as { __levelShownAt: number }).__levelShownAt));
    await popup.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `popup content shown after (ms, ${RUNS} opens): median ${median.toFixed(0)}, slowest ${(times.at(-1) ?? 0).toFixed(0)}`,
  );
} finally {
  await browser.close();
  await server.close();
}
