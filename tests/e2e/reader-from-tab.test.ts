import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { highlightCenter, highlightedTexts } from '../../scripts/browser/page-probes';
import { launchPdfPrinter } from '../support/print-pdf';
import { resumeHtml } from '../support/resume-documents';

// The e2e build may read this host (see wxt.config.ts), standing in for the activeTab grant a click gives.
const PDF_URL = 'https://resumes.hmo-lens.test/candidates/jordan-rivera.pdf';

let browser: ExtensionBrowser;
let pdf: Uint8Array;

beforeAll(async () => {
  const printer = await launchPdfPrinter();
  pdf = await printer.print(resumeHtml(2));
  await printer.close();
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
  await browser.context.route('https://resumes.hmo-lens.test/**', (route) =>
    route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) }),
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a PDF open in a tab', () => {
  it('goes from the popup to the reader, highlighted, with hover card and level', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(PDF_URL);
    const popup = await browser.openPopup(await browser.tabIdOf(tab));
    const open = popup.getByRole('link', { name: 'Open in HMO Lens reader' });
    await open.waitFor();
    expect(await popup.getByTestId('scan').count()).toBe(0);

    const problems: string[] = [];
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), open.click()]);
    reader.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    reader.on('pageerror', (e) => problems.push(e.message));
    await reader.waitForURL(/reader\.html\?src=/);
    expect(new URL(reader.url()).searchParams.get('src')).toBe(PDF_URL);
    await expect
      .poll(() => highlightedTexts(reader), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['HMO', 'capitation', 'HEDIS']));
    expect(await reader.getByTestId('file-list').textContent()).toContain('jordan-rivera.pdf');
    await expect.poll(() => reader.getByTestId('level').textContent()).toMatch(/senior|mid/i);

    const at = await highlightCenter(reader, 'HEDIS');
    await reader.mouse.move(at?.x ?? 0, at?.y ?? 0);
    await reader.locator('.hmo-card').waitFor();
    expect(await reader.locator('.hmo-card').textContent()).toMatch(/HEDIS/);
    expect(problems).toEqual([]);
  });

  it('says so in one line when the site refuses the file', async () => {
    const reader = await browser.context.newPage();
    const refused = 'https://elsewhere.hmo-lens.test/cv.pdf';
    await reader.goto(
      `chrome-extension://${browser.extensionId}/reader.html?src=${encodeURIComponent(refused)}`,
    );
    await expect
      .poll(() => reader.getByTestId('file-error').textContent())
      .toBe(
        'cv.pdf: The site did not let HMO Lens read this file: download it, then open it with “Open a resume file”.',
      );
    // The file input stays offered.
    expect(await reader.getByLabel('Open a resume file').count()).toBe(1);
  });
});
