import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import {
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  until,
} from '../../scripts/browser/firefox-browser';

// The signed-out and the 2026 LinkedIn designs (the latter also in saved real markup) in a real Firefox
// (ESR): the same reading as in Chromium.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages', 'linkedin');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const RESUME = fixture('dana-whitfield.resume.txt');
const PAGES: Record<string, string> = {
  'https://uk.linkedin.com/in/dana-whitfield': 'public-profile.html',
  'https://www.linkedin.com/in/dana-whitfield-2026/': 'sdui-profile.html',
  'https://www.linkedin.com/in/dana-whitfield-2026-real/': 'sdui-profile-real.html',
};
const LEVEL_LABEL = { junior: 'Junior', mid: 'Mid', senior: 'Senior', unknown: 'Not enough information' };

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
});

/** A tab showing a fixture at its LinkedIn address; every other request fails (nothing reaches the network). */
async function openProfile(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // data: URLs (the fixtures' blanked images and fonts) never reach the network, and Firefox does not
    // hold them for an answer.
    if (request.url().startsWith('data:')) return;
    const name = PAGES[request.url()];
    if (name)
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(name) });
    else void request.abort();
  });
  await page.goto(url);
  return page;
}

const textOf = (page: Page, testId: string) =>
  page.evaluate(
    (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.innerText ?? null,
    testId,
  );

describe.each(Object.keys(PAGES))('in Firefox, the LinkedIn profile at %s', (url) => {
  it('gets the level and years of the same career written as a plain resume, highlighting only the profile', async () => {
    const page = await openProfile(url);
    const highlighted = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        return [...(registry?.values() ?? [])].flatMap((h) => [...h].map((range) => range.toString()));
      });
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${await firefox.tabIdOf(url)}`);
    const expected = analyze(RESUME);
    expect(
      await until(
        () => textOf(popup, 'level'),
        (text) => text !== null,
      ),
    ).toBe(LEVEL_LABEL[expected.level]);
    expect(await textOf(popup, 'years')).toBe(
      `${expected.relevantYears} health-plan years · ${expected.yearsOfExperience} total`,
    );
    expect(await textOf(popup, 'page-notes')).toBeNull();
    // Only what is near the viewport is drawn: bring the experience into view first.
    await page.evaluate(() =>
      [...document.querySelectorAll('p, span')]
        .find((el) => el.textContent?.includes('Own the NCQA'))
        ?.scrollIntoView({ block: 'center' }),
    );
    const texts = await until(highlighted, (list) => list.includes('NCQA') && list.includes('HMO'));
    expect(texts.filter((t) => ['HEDIS', 'IPA', 'EPO', 'CAHPS', 'MCO', 'TPA'].includes(t))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
