/**
 * PDF fixtures made in test setup from HTML written in the tests, by Chromium's print-to-PDF: realistic
 * PDFs (embedded subset fonts, one text run per rendered line) with no binary of unknown origin in the repo.
 */
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PdfPrinter {
  print(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** One Chromium for several prints; close it in afterAll. */
export async function launchPdfPrinter(): Promise<PdfPrinter> {
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext();
  // Fixtures are self-contained: nothing they print may come from the network.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return {
    async print(html) {
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ format: 'Letter', printBackground: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** An HTML page whose only content is text drawn into a bitmap: prints as a "scanned" PDF with no text. */
export function scannedPageHtml(lines: readonly string[]): string {
  return `<!doctype html><html><body style="margin:0"><img id="scan" alt="">
<script>
  const canvas = document.createElement('canvas');
  canvas.width = 1200; canvas.height = 400;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, 1200, 400);
  g.fillStyle = '#000'; g.font = '32px serif';
  ${JSON.stringify(lines)}.forEach((line, i) => g.fillText(line, 40, 60 + i * 48));
  document.getElementById('scan').src = canvas.toDataURL('image/png');
</script></body></html>`;
}
