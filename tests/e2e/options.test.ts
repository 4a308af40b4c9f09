import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { fixturePage } from '../../scripts/browser/fixture-server';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
};

const PROFILE = 'https://www.linkedin.com/in/nicole-baptiste/';

let browser: ExtensionBrowser;
/** The open LinkedIn tab: options changes must reach it without a reload. */
let tab: Page;
let options: Page;
const pageErrors: string[] = [];
/** Every request in the browser: the extension's pages, its worker and the content script's page. */
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  browser.context.on('request', (request) => requests.push(request.url()));
  await browser.context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixturePage('linkedin-profile.html') }),
  );
  tab = await browser.context.newPage();
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  await tab.goto(PROFILE);
  await tab.waitForFunction(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get('hmo-lens') ?? [])].some((range) => range.toString() === 'HMO');
  });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('term-editor').waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const stored = (key: string) =>
  browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<unknown>;

/** Hovers the term in the open tab until its card shows `wanted` (a rescan may be redrawing it). */
async function hoverCard(term: string, wanted: string): Promise<string> {
  await tab.bringToFront();
  const card = tab.locator('hmo-lens-card .hmo-card');
  await expect
    .poll(async () => {
      await tab.mouse.move(1, 1);
      const point = await highlightCenter(tab, term);
      if (!point) return '';
      await tab.mouse.move(point.x, point.y);
      // A short wait for the card, then hover again: a rescan may have replaced the range under the mouse.
      return card.innerText({ timeout: 5_000 }).catch(() => '');
    })
    .toContain(wanted);
  return card.innerText();
}

async function addTerm(name: string, definition: string, aliases = ''): Promise<void> {
  await options.bringToFront();
  await options.getByTestId('term-name').fill(name);
  await options.getByTestId('term-aliases').fill(aliases);
  await options.getByTestId('term-definition').fill(definition);
  await options.getByTestId('term-save').click();
}

describe('the options page', () => {
  it('adds a term of the recruiter’s own: highlighted in open tabs at once and defined on hover', async () => {
    await addTerm(
      'Medical Office Receptionist',
      'Front-desk work in a clinic: check-in, eligibility checks.',
    );
    await options.getByText('No terms of your own yet.').waitFor({ state: 'detached' });
    await expect.poll(() => highlightedTexts(tab)).toContain('Medical Office Receptionist');
    await hoverCard('Medical Office Receptionist', 'Front-desk work in a clinic');
    expect(await stored('customTerms')).toMatchObject([{ id: 'custom-medical-office-receptionist' }]);
  });

  it('lets a term replace a built-in definition, and says so before saving', async () => {
    await options.bringToFront();
    await options.getByTestId('term-name').fill('HMO');
    expect(await options.getByTestId('term-replaces').innerText()).toMatch(
      /replaces the built-in definition of “HMO”/,
    );
    await addTerm('HMO', 'Our desk’s own note on HMOs: members need a referral.');
    await hoverCard('HMO', 'Our desk’s own note on HMOs');
  });

  it('lists problems by field and saves nothing while there are any', async () => {
    await options.setViewportSize({ width: 900, height: 1100 });
    await addTerm('Dental plan', 'A plan for teeth.', 'PPO');
    expect(await options.getByTestId('term-problems').innerText()).toContain(
      'aliases[0]: "PPO" is the built-in term ppo',
    );
    await addTerm('Nothing here', '   ');
    expect(await options.getByTestId('term-problems').innerText()).toContain('definition: must not be empty');
    expect(((await stored('customTerms')) as unknown[]).length).toBe(2);
  });

  it('switches categories and the highlight style in open tabs without reloading them', async () => {
    await options.bringToFront();
    await options.getByTestId('option-category-plan-type').uncheck();
    await expect.poll(() => highlightedTexts(tab)).not.toContain('PPO');
    expect(await highlightedTexts(tab)).toContain('credentialing');
    await options.getByTestId('option-category-plan-type').check();
    await expect.poll(() => highlightedTexts(tab)).toContain('PPO');
    await options.getByTestId('option-color-blue').check();
    await options.getByTestId('option-underline').check();
    // The highlights move to the blue underline's name; the style sheet, which holds every look, stays.
    const names = () =>
      tab.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights]
          .filter(([, highlight]) => highlight.size > 0)
          .map(([name]) => name),
      );
    await expect.poll(names).toEqual(['hmo-lens-blue-underline']);
    const rule = await tab.evaluate(() =>
      [...document.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
        .find((r) => r.includes('::highlight(hmo-lens-blue-underline)')),
    );
    expect(rule).toMatch(/rgba\(29, 78, 216/);
    expect(rule).not.toMatch(/background-color/);
    expect(await highlightedTexts(tab)).toContain('credentialing');
  });

  it('exports terms and settings to a versioned file', async () => {
    await options.bringToFront();
    const download = options.waitForEvent('download');
    await options.getByTestId('export').click();
    const file = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
    expect(file).toMatchObject({
      format: 'hmo-lens-backup',
      version: 1,
      settings: { color: 'blue', underlineOnly: true },
      terms: [{ term: 'Medical Office Receptionist' }, { id: 'hmo' }],
    });
  });

  it('refuses a malformed import with every problem located, changing nothing', async () => {
    const before = await stored('customTerms');
    await options.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'hmo-lens-backup',
          version: 1,
          terms: [{ id: 'custom-a', term: 'A plan', aliases: [], category: 'finance' }],
        }),
      ),
    });
    expect(await options.getByTestId('import-problems').innerText()).toContain(
      'terms[0].definition: required',
    );
    expect(await stored('customTerms')).toEqual(before);
  });

  it('shows what a good import adds or replaces, and applies it only when asked', async () => {
    const backup = {
      format: 'hmo-lens-backup',
      version: 1,
      terms: [
        {
          id: 'custom-dental-hmo',
          term: 'Dental HMO',
          aliases: ['DHMO'],
          definition: 'A dental plan that works like an HMO.',
          category: 'plan-type',
        },
      ],
    };
    await options.getByTestId('import-file').setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    expect(await options.getByTestId('import-plan').innerText()).toContain('add Dental HMO');
    expect(((await stored('customTerms')) as unknown[]).length).toBe(2);
    await options.getByTestId('import-apply').click();
    await options.getByTestId('import-done').waitFor();
    expect(((await stored('customTerms')) as Array<{ id: string }>).map((t) => t.id)).toEqual([
      'custom-medical-office-receptionist',
      'hmo',
      'custom-dental-hmo',
    ]);
  });

  it('survives corrupt stored settings: defaults in use, the problem shown, custom terms intact', async () => {
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { highlighting: 'yes', color: 42 } }),
    );
    await options.bringToFront();
    expect(await options.getByTestId('storage-problems').innerText()).toMatch(/highlighting, color/);
    expect(await options.getByTestId('custom-terms').innerText()).toContain('Medical Office Receptionist');
    // The open tab keeps working with the defaults.
    await expect.poll(() => highlightedTexts(tab)).toContain('Medical Office Receptionist');
    expect(pageErrors).toEqual([]);
  });

  it('made no request but for the extension’s own files and the profile page', () => {
    const own = `chrome-extension://${browser.extensionId}/`;
    const unexpected = requests.filter(
      (url) => !url.startsWith(own) && !url.startsWith(PROFILE) && !url.startsWith(`blob:${own}`),
    );
    // The recording works: the profile page itself was seen.
    expect(requests).toContain(PROFILE);
    expect(unexpected).toEqual([]);
  });
});
