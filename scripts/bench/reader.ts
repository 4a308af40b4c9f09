/**
 * `npm run bench:reader`: the reader page, cold (a fresh browser profile per run, the page loaded and idle),
 * from choosing a resume PDF in the file input to the first highlights drawn on its text layer, and to the
 * analysis shown. Prints medians for a 2-page and a 10-page resume, generated here by Chromium's print-to-PDF.
 */

import { launchPdfPrinter } from '../../tests/support/print-pdf';
import { resumeHtml } from '../../tests/support/resume-documents';
import { launchWithExtension } from '../browser/extension-browser';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Installed in the reader page before the file is chosen: times, from the input's change event, the first
 * frame with a highlight registered and the first frame with the level shown. A string, so that nothing
 * the TypeScript runner adds to functions reaches the page; it ends on a plain value, as Playwright would
 * otherwise wait for the promise.
 */
const WATCH = `window.__readerBench = new Promise((resolve) => {
  let start, highlights, analysis;
  document.addEventListener('change', () => { start = performance.now(); }, true);
  const tick = () => {
    if (start !== undefined) {
      const now = performance.now();
      let size = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('hmo-lens') && !name.startsWith('hmo-lens-focus')) size += h.size;
      if (highlights === undefined && size > 0) highlights = now - start;
      if (analysis === undefined && document.querySelector('[data-testid="level"]')) analysis = now - start;
      if (highlights !== undefined && analysis !== undefined) return resolve({ highlights, analysis });
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}); 'watching'`;

async function once(pdf: Uint8Array): Promise<{ highlights: number; analysis: number }> {
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
    await page.getByTestId('open-file').waitFor({ state: 'attached' });
    // A recruiter picks a file a second or more after the page shows: the clock starts once the page has
    // loaded and gone idle, as it would have by then.
    await page.evaluate(
      '(async () => { for (let i = 0; i < 3; i++) await new Promise((r) => requestIdleCallback(r)); return 1; })()',
    );
    await page.evaluate(WATCH);
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    return (await page.evaluate('window.__readerBench')) as { highlights: number; analysis: number };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const printer = await launchPdfPrinter();
const cases = [
  { name: '2-page resume PDF', pdf: await printer.print(resumeHtml(2)) },
  { name: '10-page resume PDF', pdf: await printer.print(resumeHtml(10)) },
];
await printer.close();

console.log(
  `reader, cold (fresh profile per run, page idle), median of ${RUNS} runs, ms from choosing the file:`,
);
console.log('case                  first highlights   analysis shown   (all runs)');
for (const { name, pdf } of cases) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(pdf));
  const hl = median(runs.map((r) => r.highlights));
  const an = median(runs.map((r) => r.analysis));
  const all = runs.map((r) => `${Math.round(r.highlights)}/${Math.round(r.analysis)}`).join(' ');
  console.log(
    `${name.padEnd(22)}${String(Math.round(hl)).padStart(16)}${String(Math.round(an)).padStart(17)}   (${all})`,
  );
}
