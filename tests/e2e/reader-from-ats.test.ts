import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/browser/extension-browser';
import { type FixtureServer, startFixtureServer } from '../../scripts/browser/fixture-server';
import { highlightedTexts } from '../../scripts/browser/page-probes';
import { launchPdfPrinter } from '../support/print-pdf';
import { resumeHtml } from '../support/resume-documents';

// Where tests/fixtures/pages/ats-candidate.html frames the resume and links it for download.
const RESUME_PATH = '/attachments/4821/Jordan_Rivera_Resume.pdf';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  const printer = await launchPdfPrinter();
  const pdf = await printer.print(resumeHtml(2));
  await printer.close();
  server = await startFixtureServer({ [RESUME_PATH]: { type: 'application/pdf', body: pdf } });
  browser = await launchWithExtension(E2E_EXTENSION_DIR);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an ATS page that shows the resume in a frame', () => {
  it('once scanned, offers the framed PDF to the reader, which shows its analysis', async () => {
    const ats = await browser.context.newPage();
    await ats.goto(`${server.origin}/ats-candidate.html`);
    const popup = await browser.openPopup(await browser.tabIdOf(ats));
    await popup.getByTestId('scan').click();
    const files = popup.getByTestId('resume-files');
    await files.waitFor();
    // The frame and the download link are one file; the cover letter and the "Resume" tab are not files.
    const open = files.getByRole('link', { name: 'Open resume in HMO Lens reader' });
    expect(await open.count()).toBe(1);
    expect(await files.textContent()).toContain('Jordan_Rivera_Resume.pdf shown on the page');

    const problems: string[] = [];
    const [reader] = await Promise.all([browser.context.waitForEvent('page'), open.click()]);
    reader.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    reader.on('pageerror', (e) => problems.push(e.message));
    await reader.waitForURL(/reader\.html\?src=/);
    expect(new URL(reader.url()).searchParams.get('src')).toBe(`${server.origin}${RESUME_PATH}`);
    await expect
      .poll(() => highlightedTexts(reader), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['HMO', 'capitation', 'HEDIS']));
    expect(await reader.getByTestId('file-list').textContent()).toContain('Jordan_Rivera_Resume.pdf');
    await expect.poll(() => reader.getByTestId('level').textContent()).toMatch(/senior|mid/i);
    expect(problems).toEqual([]);
  });
});
