import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../lib/analysis/schema';
import { visibleText } from '../../lib/dom/visible-text';
import { analyzeCli, buildAnalyzeCli } from '../support/analyze-cli';
import { launchPdfPrinter, type PdfPrinter } from '../support/print-pdf';

// A corpus resume whose dates sit in a column of their own beside the titles.
const HTML = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'corpus', 'html', 'enrollment-junior-oscar-datecol.html'),
  'utf8',
);

function pageText(html: string): string {
  const window = new Window();
  window.document.write(html);
  const text = visibleText(window.document as unknown as Node);
  void window.happyDOM.close();
  return text;
}

let dir: string;
let printer: PdfPrinter;
beforeAll(async () => {
  await buildAnalyzeCli();
  dir = mkdtempSync(join(tmpdir(), 'hmo-lens-cli-layout-'));
  printer = await launchPdfPrinter();
  writeFileSync(join(dir, 'resume.pdf'), await printer.print(HTML));
  writeFileSync(join(dir, 'resume.txt'), pageText(HTML));
}, 120_000);
afterAll(() => printer?.close());

const roles = async (file: string) => {
  const { stdout } = await analyzeCli('--json', '--today', '2026-11-25', join(dir, file));
  return AnalysisSchema.parse(JSON.parse(stdout)).roles.map((r) => `${r.title} | ${r.start}–${r.end}`);
};

describe('npm run analyze on a PDF with a column of dates', { timeout: 120_000 }, () => {
  it('reads the same roles from the PDF (with its layout) as from the text of the page', async () => {
    const fromText = await roles('resume.txt');
    expect(fromText).toEqual([
      'Enrollment Operations Associate | 09/2025–present',
      'Shift Supervisor | 2021–2025',
      'Cashier | 2019–2021',
    ]);
    expect(await roles('resume.pdf')).toEqual(fromText);
  });
});
