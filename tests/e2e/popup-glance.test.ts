import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type ResumeServer, scannedPopup, serveSpecialtyResumes } from '../../scripts/browser/level-popups';

// Resumes of three levels and three specialties; `npm run screenshots` draws their popups for the README.
const CANDIDATES = [
  { name: 'member-services-junior', level: 'Junior', specialty: 'Member services' },
  { name: 'claims-mid', level: 'Mid', specialty: 'Claims' },
  { name: 'provider-network-senior', level: 'Senior', specialty: 'Provider network' },
] as const;
const POPUP_HEIGHT = 600;

let browser: ExtensionBrowser;
let server: ResumeServer;

beforeAll(async () => {
  server = await serveSpecialtyResumes();
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const popupFor = (name: string) => scannedPopup(browser, server.origin, name);

/** Whether the element is wholly inside the popup's first screen, with the popup not scrolled. */
async function onFirstScreen(popup: Page, testId: string): Promise<boolean> {
  return popup.getByTestId(testId).evaluate((el, height) => {
    const rect = el.getBoundingClientRect();
    return window.scrollY === 0 && rect.top >= 0 && rect.bottom <= height && rect.height > 0;
  }, POPUP_HEIGHT);
}

describe('the popup at a glance', () => {
  for (const candidate of CANDIDATES) {
    it(`${candidate.name}: level, reason, specialty, red flags and Copy on the first screen`, async () => {
      const popup = await popupFor(candidate.name);
      expect(await popup.getByTestId('level').innerText()).toBe(candidate.level);
      expect(await popup.getByTestId('specialty').innerText()).toMatch(
        new RegExp(`^${candidate.specialty}\\b`),
      );
      for (const testId of ['level', 'level-reason', 'specialty', 'flag-count', 'copy-search']) {
        expect(await onFirstScreen(popup, testId), testId).toBe(true);
      }
      const copy = popup.getByRole('button', { name: 'Copy search string' }).first();
      expect(await copy.getAttribute('data-testid')).toBe('copy-search');
      await popup.close();
    });
  }

  it('reflows at 320 px with no sideways scrolling, and every control is at least 24 px', async () => {
    const popup = await popupFor('claims-mid');
    await popup.setViewportSize({ width: 320, height: POPUP_HEIGHT });
    await expect
      .poll(() => popup.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    const small = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, .switch, a.button, .glance__flags a')]
        .map((el) => ({ el, rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0)
        .filter(({ rect }) => rect.width < 24 || rect.height < 24)
        .map(({ el }) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await popup.close();
  });

  it('drops a title with its chip, and the string follows', async () => {
    const popup = await popupFor('claims-mid');
    const before = await popup.getByTestId('search-string').innerText();
    const chip = popup.getByTestId('search-titles').getByRole('button').nth(1);
    const title = await chip.innerText();
    expect(before).toContain(`"${title}"`);
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByTestId('search-string').innerText()).not.toContain(`"${title}"`);
    await chip.click();
    await expect.poll(() => popup.getByTestId('search-string').innerText()).toBe(before);
    await popup.close();
  });
});
