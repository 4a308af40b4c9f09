import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../lib/analysis/schema';
import { MAX_PDF_PAGES } from '../../lib/extract/pdf-text';
import { MAX_UNZIPPED_BYTES } from '../../lib/extract/zip-guard';
import { analyzeCli, buildAnalyzeCli } from '../support/analyze-cli';
import { protectedPdf } from '../support/hand-made-pdf';
import { docxEntries, makeDocx, zip } from '../support/make-docx';
import { launchPdfPrinter, type PdfPrinter, scannedPageHtml } from '../support/print-pdf';

const RESUME_LINES = [
  'Casey Example',
  'Senior Manager, Utilization Management — Example Health Plan, 2015 – 2024',
  'Led prior authorization and concurrent review for HMO and Medicare Advantage members.',
  'Built HEDIS reporting and worked capitation contracts with the provider network.',
];
const resumeHtml = (pages = 1) =>
  `<!doctype html><html><body style="font-family: sans-serif">${Array.from(
    { length: pages },
    (_, i) =>
      `<section style="break-after: page">${RESUME_LINES.map((l) => `<p>${l} ${i || ''}</p>`).join('')}</section>`,
  ).join('')}</body></html>`;

let dir: string;
let printer: PdfPrinter;
const path = (name: string) => join(dir, name);
beforeAll(async () => {
  await buildAnalyzeCli();
  dir = mkdtempSync(join(tmpdir(), 'hmo-lens-cli-docs-'));
  printer = await launchPdfPrinter();
  const pdf = await printer.print(resumeHtml());
  writeFileSync(path('resume.pdf'), pdf);
  writeFileSync(path('renamed-pdf.txt'), pdf);
  writeFileSync(path('resume.docx'), makeDocx(RESUME_LINES));
  writeFileSync(path('scanned.pdf'), await printer.print(scannedPageHtml(RESUME_LINES)));
  writeFileSync(path('long.pdf'), await printer.print(resumeHtml(MAX_PDF_PAGES + 2)));
  writeFileSync(path('protected.pdf'), protectedPdf(RESUME_LINES, 'secret'));
  writeFileSync(path('truncated.pdf'), pdf.slice(0, 600));
  writeFileSync(path('empty.pdf'), '');
  const bomb = [
    ...docxEntries(RESUME_LINES),
    { name: 'word/media/x.bin', data: 'x', declaredSize: MAX_UNZIPPED_BYTES },
  ];
  writeFileSync(path('bomb.docx'), zip(bomb));
  writeFileSync(path('photo.docx'), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
}, 120_000);
afterAll(() => printer?.close());

describe('npm run analyze with PDF and Word files', { timeout: 120_000 }, () => {
  it('analyses a PDF, a Word file and a PDF with the wrong extension like any resume', async () => {
    const { code, stdout, stderr } = await analyzeCli(
      '--json',
      '--today',
      '2026-11-25',
      path('resume.pdf'),
      path('resume.docx'),
      path('renamed-pdf.txt'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => AnalysisSchema.parse(JSON.parse(line)));
    expect(results).toHaveLength(3);
    for (const result of results) {
      const terms = result.terms.map((t) => t.term.toLowerCase());
      expect(terms).toEqual(expect.arrayContaining(['hmo', 'capitation', 'hedis']));
    }
    expect(results[0]?.level).toBe(results[1]?.level);
  });

  it('gives each bad file one line saying what is wrong, and still reads the long one', async () => {
    const bad = ['scanned.pdf', 'protected.pdf', 'truncated.pdf', 'empty.pdf', 'bomb.docx', 'photo.docx'];
    const { code, stdout, stderr } = await analyzeCli(path('long.pdf'), ...bad.map(path));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `analyze: ${path('long.pdf')}: Only the first ${MAX_PDF_PAGES} of ${MAX_PDF_PAGES + 2} pages were read: no resume is that long.`,
      `analyze: ${path('scanned.pdf')}: This PDF is a scanned image; there is no text to read (HMO Lens does not do OCR).`,
      `analyze: ${path('protected.pdf')}: This PDF is protected by a password and cannot be read without it. Give it with --password.`,
      `analyze: ${path('truncated.pdf')}: This PDF is damaged or incomplete and cannot be read.`,
      `analyze: ${path('empty.pdf')}: The file is empty.`,
      `analyze: ${path('bomb.docx')}: This Word file unpacks to far more data than any resume; it was not opened.`,
      `analyze: ${path('photo.docx')}: This file is a JPEG image, not a document with text.`,
    ]);
    expect(stdout).toContain(path('long.pdf'));
  });

  it('opens a protected PDF with --password, and says so in one line when the password is wrong', async () => {
    const opened = await analyzeCli(
      '--json',
      '--password',
      'secret',
      path('protected.pdf'),
      path('resume.pdf'),
    );
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    const [result] = opened.stdout
      .trim()
      .split('\n')
      .map((line) => AnalysisSchema.parse(JSON.parse(line)));
    expect(result?.terms.map((t) => t.term.toLowerCase())).toEqual(
      expect.arrayContaining(['hmo', 'capitation', 'hedis']),
    );

    const wrong = await analyzeCli('--password', 'guess', path('protected.pdf'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      `analyze: ${path('protected.pdf')}: That password is not right for this PDF.`,
    );
  });

  it('refuses an empty --password before reading anything', async () => {
    const { code, stdout, stderr } = await analyzeCli('--password=', path('protected.pdf'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^analyze: --password: must not be empty\n/);
  });
});
