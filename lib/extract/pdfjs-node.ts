/**
 * pdf.js for Node (the CLI and tests): the legacy build runs on Node 20, with its worker run in-process.
 * Loaded on demand so that nothing pays for pdf.js until a PDF is read.
 */
import type { PdfJs } from './pdf-text';

export async function nodePdfJs(): Promise<PdfJs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
}
