/**
 * Text of a PDF as reading-order lines with their layout facts, through pdf.js. The caller passes the pdf.js
 * module it can run: the legacy build under Node (see pdfjs-node.ts), the modern build with its worker in
 * extension pages. Nothing here touches the network: pdf.js gets the bytes and is told not to fetch fonts.
 */
import type { getDocument as GetDocument, PDFDocumentProxy, PDFPageProxy, PDFWorker } from 'pdfjs-dist';
import { ExtractError, MESSAGES } from './extract-error';
import { joinLines, type PdfLine, type PdfRun, pageLines } from './pdf-lines';

export interface PdfJs {
  getDocument: typeof GetDocument;
}

export interface PdfText {
  lines: PdfLine[];
  text: string;
  pageCount: number;
  /** Fewer than pageCount when the file is longer than any resume (see MAX_PDF_PAGES). */
  pagesRead: number;
}

/** No resume runs to this length; longer files are read up to here and the reader says so. */
export const MAX_PDF_PAGES = 20;

const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** pdf.js names its errors; the names are its stable API (PasswordException code 2 = wrong password). */
function toExtractError(error: unknown): ExtractError {
  if (error instanceof ExtractError) return error;
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  if (name === 'PasswordException')
    return code === 2
      ? new ExtractError('wrong-password', MESSAGES.wrongPassword)
      : new ExtractError('password', MESSAGES.password);
  return new ExtractError('corrupt', MESSAGES.corruptPdf);
}

/** Opens a PDF, mapping pdf.js failures to one-line ExtractErrors. The caller destroys the document. */
export async function openPdf(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  options: { password?: string; worker?: PDFWorker } = {},
): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new ExtractError('empty', MESSAGES.empty);
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps its own copy.
    data: bytes.slice(),
    password: options.password,
    // A worker the caller keeps (the reader's, started early) outlives this document.
    worker: options.worker,
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    void task.destroy();
    throw toExtractError(error);
  }
}

/** Whether each of the page's fonts is bold, by its name; loads the fonts if nothing rendered them yet. */
async function boldFonts(
  page: PDFPageProxy,
  fontIds: Set<string>,
  load: boolean,
): Promise<Map<string, boolean>> {
  if (load && [...fontIds].some((id) => !page.commonObjs.has(id))) await page.getOperatorList();
  const bold = new Map<string, boolean>();
  for (const id of fontIds) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: unknown }) : undefined;
    bold.set(id, typeof font?.name === 'string' && BOLD_FONT.test(font.name.replace(/^[A-Z]{6}\+/, '')));
  }
  return bold;
}

/** A page's text content as pdf.js gives it, when the caller already asked for it (to draw its text layer). */
export type PageContent = (pageNumber: number) => ReturnType<PDFPageProxy['getTextContent']>;

async function pageRuns(
  page: PDFPageProxy,
  loadFonts: boolean,
  content: PageContent | undefined,
): Promise<PdfRun[]> {
  const { items: all } = await (content ? content(page.pageNumber) : page.getTextContent());
  const [left = 0, , , top = 0] = page.view;
  const items = all.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
  const bold = await boldFonts(page, new Set(items.map((item) => item.fontName)), loadFonts);
  return items.map((item) => {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
    return {
      text: item.str,
      x: e - left,
      y: top - f,
      width: item.width,
      fontSize: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
      bold: bold.get(item.fontName) ?? false,
    };
  });
}

/**
 * Lines and text of an open document, up to maxPages. `loadFonts: false` skips reading font names the
 * renderer has not already loaded (bold is then only known for rendered pages); `content` reuses the text
 * content a renderer already read, rather than having the worker extract every page twice.
 */
export async function pdfDocumentText(
  doc: PDFDocumentProxy,
  options: { maxPages?: number; loadFonts?: boolean; content?: PageContent } = {},
): Promise<PdfText> {
  const pagesRead = Math.min(doc.numPages, options.maxPages ?? MAX_PDF_PAGES);
  const lines: PdfLine[] = [];
  try {
    for (let n = 1; n <= pagesRead; n++) {
      const page = await doc.getPage(n);
      lines.push(...pageLines(n, await pageRuns(page, options.loadFonts ?? true, options.content)));
    }
  } catch (error) {
    throw toExtractError(error);
  }
  if (lines.length === 0) throw new ExtractError('scanned', MESSAGES.scanned);
  return { lines, text: joinLines(lines), pageCount: doc.numPages, pagesRead };
}

/** Reads a PDF's text from its bytes; throws an ExtractError with a one-line message for a bad file. */
export async function readPdfText(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  options: { password?: string; maxPages?: number; loadFonts?: boolean } = {},
): Promise<PdfText> {
  const doc = await openPdf(bytes, pdfjs, options);
  try {
    return await pdfDocumentText(doc, options);
  } finally {
    await doc.destroy();
  }
}
