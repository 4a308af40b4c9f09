import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionOf } from '../../lib/glossary/definitions';
import {
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  until,
} from '../../scripts/browser/firefox-browser';
import { type FixtureServer, startFixtureServer } from '../../scripts/browser/fixture-server';

// The Firefox build in a real Firefox (ESR), driven over WebDriver BiDi: the same features as in Chromium.

const IPA_DEFINITION = definitionOf('ipa') as string;

let firefox: FirefoxWithExtension;
let server: FixtureServer;
let resume: Page;
let resumeUrl: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
  resume = await firefox.browser.newPage();
  resume.on('pageerror', (error) => pageErrors.push(String(error)));
  resumeUrl = `${server.origin}/resume.html`;
  await resume.goto(resumeUrl);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** What HMO Lens highlighted, read from the page's own world. */
const highlighted = () =>
  resume.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.get('hmo-lens') ?? [])].map((range) => range.toString());
  });

/** Text of an element of an extension page (puppeteer's selector helpers are blocked by its CSP). */
const textOf = (page: Page, testId: string) =>
  page.evaluate(
    (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.innerText ?? null,
    testId,
  );

const press = (page: Page, testId: string) =>
  page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement).click(), testId);

describe('in Firefox', () => {
  it('scans a page on request, highlights its terms and shows the analysis in the popup', async () => {
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${await firefox.tabIdOf(resumeUrl)}`);
    await until(
      () => textOf(popup, 'scan'),
      (text) => text !== null,
    );
    expect(await highlighted()).toEqual([]);
    await press(popup, 'scan');
    expect(
      await until(
        () => textOf(popup, 'level'),
        (text) => text !== null,
      ),
    ).toMatch(/Senior/);
    const texts = await until(highlighted, (list) => list.includes('IPA'));
    expect(texts).toEqual(expect.arrayContaining(['Health Maintenance Organization', 'HMO', 'PPO', 'IPA']));
    await popup.close();
  });

  it('shows the same analysis, with the career timeline, in the sidebar page', async () => {
    const sidebar = await firefox.openExtensionPage(
      `sidepanel.html?tabId=${await firefox.tabIdOf(resumeUrl)}`,
    );
    expect(
      await until(
        () => textOf(sidebar, 'level'),
        (text) => text !== null,
      ),
    ).toMatch(/Senior/);
    const bars = await until(
      () => sidebar.evaluate(() => document.querySelectorAll('[data-testid="timeline-bar"]').length),
      (count) => count > 0,
    );
    expect(bars).toBeGreaterThan(1);
    await sidebar.close();
  });

  it('shows the definition card on hover', async () => {
    await resume.bringToFront();
    const card = () =>
      resume.evaluate(
        () =>
          document.querySelector('hmo-lens-card')?.shadowRoot?.querySelector('.hmo-card')?.textContent ?? '',
      );
    const text = await until(
      async () => {
        const point = await resume.evaluate(() => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const range = [...(registry.get('hmo-lens') ?? [])].find((r) => r.toString() === 'IPA');
          range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range?.getClientRects()[0];
          return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
        });
        if (point) await resume.mouse.move(point.x, point.y);
        return card();
      },
      (value) => value.includes(IPA_DEFINITION),
    );
    expect(text).toContain('IPA');
  });

  it('takes a term of the recruiter’s own from the options page into the open tab', async () => {
    const options = await firefox.openExtensionPage('options.html');
    await options.evaluate(() => {
      const set = (id: string, value: string) => {
        const field = document.querySelector(`[data-testid="${id}"]`) as
          | HTMLInputElement
          | HTMLTextAreaElement;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('term-name', 'Banner Health Plans');
      set('term-definition', 'An Arizona health plan; experience there counts as health-plan work.');
    });
    await press(options, 'term-save');
    await until(highlighted, (list) => list.includes('Banner Health Plans'));
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});
