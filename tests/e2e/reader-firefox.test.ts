import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  until,
} from '../../scripts/browser/firefox-browser';
import { launchPdfPrinter } from '../support/print-pdf';
import { resumeHtml } from '../support/resume-documents';

// The reader in Firefox ESR: pdf.js's module worker from the extension, the text layer, the highlights.

let firefox: FirefoxWithExtension;
let pdf: Uint8Array;

beforeAll(async () => {
  const printer = await launchPdfPrinter();
  pdf = await printer.print(resumeHtml(2));
  await printer.close();
  firefox = await launchFirefoxWithExtension();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
});

/**
 * Gives the file input a file as a recruiter's choice would, through the page's own DataTransfer (puppeteer's
 * upload helpers need the Function() that extension pages forbid).
 */
function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  return page.evaluate(
    (fileName, data) => {
      const input = document.querySelector('[data-testid="open-file"]') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], fileName, { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    name,
    [...bytes],
  );
}

describe('the reader in Firefox', () => {
  it('renders a PDF chosen with the file input, highlights its text layer and shows the level', async () => {
    const reader = await firefox.openExtensionPage('reader.html');
    const errors: string[] = [];
    reader.on('pageerror', (error) => errors.push(String(error)));
    await chooseFile(reader, 'jordan-rivera.pdf', pdf);
    const texts = await until(
      () =>
        reader.evaluate(() => {
          const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
          return [...(registry?.get('hmo-lens') ?? [])].map((range) => range.toString());
        }),
      (found) => found.includes('HEDIS') && found.includes('capitation'),
      30_000,
    );
    expect(texts).toEqual(expect.arrayContaining(['HMO', 'PPO']));
    const pages = await reader.evaluate(() => document.querySelectorAll('.pdf-page canvas').length);
    expect(pages).toBe(2);
    const level = await until(
      () =>
        reader.evaluate(
          () => (document.querySelector('[data-testid="level"]') as HTMLElement | null)?.innerText,
        ),
      (text) => !!text,
    );
    expect(level).toMatch(/senior|mid/i);
    expect(errors).toEqual([]);
  });
});
