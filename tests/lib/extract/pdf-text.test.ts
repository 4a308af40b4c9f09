import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractError } from '../../../lib/extract/extract-error';
import { readPdfText } from '../../../lib/extract/pdf-text';
import { nodePdfJs } from '../../../lib/extract/pdfjs-node';
import { protectedPdf } from '../../support/hand-made-pdf';
import { launchPdfPrinter, type PdfPrinter, scannedPageHtml } from '../../support/print-pdf';

const RESUME = `<!doctype html><html><body style="font-family: sans-serif; font-size: 11pt">
<h1 style="font-size: 20pt">Morgan Sample</h1>
<p><b>Senior Network Contracting Analyst</b><span style="float: right">Jan 2019 – Present</span></p>
<ul><li>Negotiated capitation and shared-savings contracts for an HMO provider network.</li>
<li>Reported HEDIS and Star Ratings results to the utilization management committee.</li></ul>
<div style="display: flex; gap: 48px; margin-top: 24px">
  <div style="width: 160px">Skills<br>Medicare Advantage<br>Risk adjustment<br>Claims audit</div>
  <div>Earlier roles on the payer side, first in provider relations<br>and then in claims operations,<br>
  supporting a Medicaid managed care plan.</div>
</div>
<div style="break-before: page">Education<br>Master of Health Administration</div>
</body></html>`;

let printer: PdfPrinter;
let resume: Uint8Array;
beforeAll(async () => {
  printer = await launchPdfPrinter();
  resume = await printer.print(RESUME);
}, 60_000);
afterAll(() => printer?.close());

describe('readPdfText on a PDF printed by Chromium', () => {
  it('rebuilds the lines in reading order with a plain text join', async () => {
    const pdf = await readPdfText(resume, await nodePdfJs());
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pagesRead).toBe(2);
    const texts = pdf.lines.map((l) => l.text);
    expect(texts[0]).toBe('Morgan Sample');
    expect(texts[1]).toBe('Senior Network Contracting Analyst\tJan 2019 – Present');
    expect(pdf.text).toContain('capitation and shared-savings contracts');
    // The sidebar is read before the main column, not interleaved with it.
    const sidebar = texts.indexOf('Claims audit');
    expect(texts.slice(sidebar - 3, sidebar + 2)).toEqual([
      'Skills',
      'Medicare Advantage',
      'Risk adjustment',
      'Claims audit',
      'Earlier roles on the payer side, first in provider relations',
    ]);
    expect(pdf.lines.at(-1)).toMatchObject({ page: 2, text: 'Master of Health Administration' });
  });

  it('knows headings by size and bold type by the font name', async () => {
    const pdf = await readPdfText(resume, await nodePdfJs());
    const [name, title, bullet] = pdf.lines;
    expect(name?.fontSize).toBeGreaterThan(18);
    expect(name?.bold).toBe(true);
    expect(title?.bold).toBe(true);
    expect(bullet?.bold).toBe(false);
    expect(bullet?.fontSize).toBeCloseTo(11, 0);
  });

  it('reads at most maxPages and says how many there were', async () => {
    const pdf = await readPdfText(resume, await nodePdfJs(), { maxPages: 1 });
    expect(pdf).toMatchObject({ pageCount: 2, pagesRead: 1 });
    expect(pdf.text).not.toContain('Education');
  });

  it('calls a PDF with only an image of text a scanned image', async () => {
    const scanned = await printer.print(scannedPageHtml(['Utilization management', 'HMO']));
    await expect(readPdfText(scanned, await nodePdfJs())).rejects.toMatchObject({
      code: 'scanned',
      message: expect.stringContaining('scanned image'),
    });
  });

  it('calls a truncated or garbled PDF damaged', async () => {
    const pdfjs = await nodePdfJs();
    const garbled = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body at all\n');
    await expect(readPdfText(garbled, pdfjs)).rejects.toBeInstanceOf(ExtractError);
    await expect(readPdfText(garbled, pdfjs)).rejects.toMatchObject({ code: 'corrupt' });
    const truncated = resume.slice(0, Math.floor(resume.length / 3));
    const result = await readPdfText(truncated, pdfjs).catch((error: unknown) => error);
    // pdf.js recovers what it can from a cut file; either way the answer is text or a one-line error.
    if (result instanceof ExtractError) expect(['corrupt', 'scanned']).toContain(result.code);
    else expect(result).toHaveProperty('text');
  });

  it('leaves the caller its bytes (pdf.js detaches the buffer it is given)', async () => {
    const copy = resume.slice();
    await readPdfText(copy, await nodePdfJs());
    expect(copy.byteLength).toBe(resume.byteLength);
  });
});

describe('readPdfText on a password-protected PDF', () => {
  const locked = protectedPdf(['Capitation and risk adjustment analyst'], 'hmo-2026');

  it('asks for the password, refuses a wrong one, and reads the text with the right one', async () => {
    const pdfjs = await nodePdfJs();
    await expect(readPdfText(locked, pdfjs)).rejects.toMatchObject({ code: 'password' });
    await expect(readPdfText(locked, pdfjs, { password: 'guess' })).rejects.toMatchObject({
      code: 'wrong-password',
    });
    const pdf = await readPdfText(locked, pdfjs, { password: 'hmo-2026' });
    expect(pdf.text).toBe('Capitation and risk adjustment analyst');
  });
});
