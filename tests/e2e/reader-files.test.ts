import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PDF_PAGES } from '../../lib/extract/pdf-text';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/browser/extension-browser';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';
import { readAllOnCard } from '../support/hover-card';
import { launchPdfPrinter, type PdfPrinter } from '../support/print-pdf';
import { badFiles, type NamedFile, resumeDocx, resumeHtml } from '../support/resume-documents';

let browser: ExtensionBrowser;
let printer: PdfPrinter;
let resumePdf: Uint8Array;
let longPdf: Uint8Array;
let bad: Awaited<ReturnType<typeof badFiles>>;

beforeAll(async () => {
  printer = await launchPdfPrinter();
  resumePdf = await printer.print(resumeHtml(2));
  longPdf = await printer.print(resumeHtml(MAX_PDF_PAGES + 1));
  bad = await badFiles(printer);
  await printer.close();
  browser = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await printer?.close();
  await browser?.close();
});

interface Reader {
  page: Page;
  problems: string[];
}

/** The reader page, with every console error and uncaught exception it logs (CSP violations among them). */
async function openReader(): Promise<Reader> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} ${JSON.stringify(message.location())}`);
  });
  page.on('pageerror', (error) => problems.push(`${error.message} ${error.stack}`));
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.getByText('Open a resume file').waitFor();
  return { page, problems };
}

async function choose(page: Page, files: NamedFile[]) {
  await page.getByTestId('open-file').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(f.bytes),
    })),
  );
}

async function waitForHighlights(page: Page, wanted: string[]) {
  await expect
    .poll(() => highlightedTexts(page), { timeout: 30_000 })
    .toEqual(expect.arrayContaining(wanted));
}

describe('the reader page', () => {
  it('shows a PDF on canvas with its text layer highlighted, a hover card and the analysis', async () => {
    const { page, problems } = await openReader();
    await choose(page, [{ name: 'jordan-rivera.pdf', bytes: resumePdf }]);
    await page.locator('.pdf-page canvas').first().waitFor();
    expect(await page.locator('.pdf-page').count()).toBe(2);
    await waitForHighlights(page, ['HMO', 'PPO', 'capitation', 'prior authorization', 'HEDIS']);
    await expect.poll(() => page.getByTestId('level').textContent()).toMatch(/senior|mid/i);
    // Highlights sit on pdf.js's text layer, over the painted page.
    const onTextLayer = await page.evaluate(() => {
      const ranges = [
        ...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values(),
      ].flatMap((h) => [...h]);
      return ranges.every((r) => r.startContainer.parentElement?.closest('.textLayer') !== null);
    });
    expect(onTextLayer).toBe(true);

    const at = await highlightCenter(page, 'capitation');
    expect(at).not.toBeNull();
    await page.mouse.move(at?.x ?? 0, at?.y ?? 0);
    const card = page.locator('.hmo-card');
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Capitation/i);
    // The same rules as on web pages: the card stays while the pointer is on it, and goes once it leaves.
    await readAllOnCard(page, card);
    await page.mouse.move(5, 5, { steps: 4 });
    await card.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /Show HEDIS on the page/ }).click();
    await expect.poll(() => page.locator('.term__position').first().textContent()).toMatch(/1 of \d/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a Word file safely, with highlights and links that open only in a new tab', async () => {
    const { page, problems } = await openReader();
    await choose(page, [{ name: 'jordan-rivera.docx', bytes: resumeDocx() }]);
    await page.locator('.document--docx h1').waitFor();
    await waitForHighlights(page, ['HMO', 'Medicare Advantage', 'NCQA']);
    const link = page.locator('.document--docx a');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await expect.poll(() => page.getByTestId('level').textContent()).toMatch(/senior|mid/i);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the career timeline beside the document: a titled bar per dated role, oldest first', async () => {
    const { page, problems } = await openReader();
    await choose(page, [{ name: 'jordan-rivera.docx', bytes: resumeDocx() }]);
    const bars = page.getByTestId('analysis').getByTestId('timeline-bar');
    await bars.first().waitFor();
    const titles = await bars.evaluateAll((els) =>
      els.map((el) => el.querySelector('title')?.textContent ?? ''),
    );
    expect(titles).toEqual([
      expect.stringMatching(/^Utilization Review Nurse at Sample Medicaid MCO, 03\/2015 – 12\/2018: /),
      expect.stringMatching(/^Utilization Management Manager at Example Health Plan, 01\/2019 – present: /),
    ]);
    expect(await page.locator('svg[role="img"]').getAttribute('aria-label')).toContain('2 dated roles');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each bad file its one-line message and keeps the good ones readable', async () => {
    const { page, problems } = await openReader();
    await choose(page, [
      { name: 'good.pdf', bytes: resumePdf },
      ...bad,
      { name: 'long.pdf', bytes: longPdf },
    ]);
    const list = page.getByTestId('file-list');
    await expect.poll(() => list.locator('li').count()).toBe(bad.length + 2);
    await expect.poll(() => list.getByText('opening…').count(), { timeout: 60_000 }).toBe(0);
    for (const file of bad) {
      await list.getByRole('button', { name: new RegExp(`^${file.name}`) }).click();
      await expect.poll(() => page.getByTestId('file-error').textContent()).toContain(file.message);
    }
    await list.getByRole('button', { name: /^long\.pdf/ }).click();
    await expect
      .poll(() => page.getByTestId('file-notice').textContent())
      .toBe(
        `Only the first ${MAX_PDF_PAGES} of ${MAX_PDF_PAGES + 1} pages were read: no resume is that long.`,
      );
    await list.getByRole('button', { name: /^good\.pdf/ }).click();
    await waitForHighlights(page, ['HMO']);

    // The protected file opens once its password is given.
    await list.getByRole('button', { name: /^protected\.pdf/ }).click();
    await page.getByLabel('Password').fill('secret');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await waitForHighlights(page, ['Utilization Management']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
