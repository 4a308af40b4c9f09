import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { SPECIALTY_FIXTURES } from '../fixtures/specialties';

// Resumes of three levels and three specialties; their popups are the README's screenshots.
const CANDIDATES = [
  { name: 'member-services-junior', level: 'Junior', specialty: 'Member services' },
  { name: 'claims-mid', level: 'Mid', specialty: 'Claims' },
  { name: 'provider-network-senior', level: 'Senior', specialty: 'Provider network' },
] as const;
const SHOTS = 'docs/screenshots';
const POPUP_HEIGHT = 600;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function resumePage(name: string): string {
  const fixture = SPECIALTY_FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  const lines = fixture.text.split('\n').map((l) => (l ? `<p>${escapeHtml(l)}</p>` : ''));
  return `<!doctype html><html lang="en"><title>${name}</title><body>${lines.join('\n')}</body></html>`;
}

let browser: ExtensionBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // A local server, as a recruiter's ATS or resume page would be: the popup offers "Scan this page".
  server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/|\.html$/g, '');
    try {
      const body = resumePage(name);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

let visits = 0;

/** A fresh tab on the resume (its own URL, so the popup describes this tab) and its popup, scanned. */
async function popupFor(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${name}.html?visit=${++visits}`);
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  await popup.getByTestId('scan').click();
  await popup.getByTestId('level').waitFor();
  return popup;
}

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
      await popup.screenshot({ path: `${SHOTS}/popup-${candidate.level.toLowerCase()}.png` });
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
