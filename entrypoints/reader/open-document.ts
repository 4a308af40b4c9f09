import { visibleText } from '../../lib/dom/visible-text';
import { extractResume, pagesNotice } from '../../lib/extract/extract-resume';
import { type FileKind, sniffFileType } from '../../lib/extract/file-type';
import type { PdfLine } from '../../lib/extract/pdf-lines';
import { MAX_PDF_PAGES, openPdf, pdfDocumentText } from '../../lib/extract/pdf-text';
import { safeFragment } from '../../lib/extract/safe-html';
import { renderPdf } from './pdf-view';
import { loadPdfJs } from './pdfjs';

/** A resume file shown in the reader: its rendered document, its text for the analysis. */
export interface OpenedDocument {
  kind: FileKind;
  element: HTMLElement;
  text: string;
  /** For a PDF: each line's position, size and weight, which help the analysis tell titles from duties. */
  layout?: readonly PdfLine[];
  notice?: string;
  /** Highlights can be drawn on `element` (for a PDF: the text layers are in place). */
  textReady: Promise<void>;
  /** The document looks finished (for a PDF: every page painted). */
  painted: Promise<void>;
  close(): void;
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const htmlText = (html: string) => visibleText(parseHtml(html));

function documentElement(kind: FileKind): HTMLElement {
  const element = document.createElement('article');
  element.className = `document document--${kind}`;
  element.setAttribute('aria-label', 'Resume');
  return element;
}

async function openPdfDocument(bytes: Uint8Array, password?: string): Promise<OpenedDocument> {
  const { pdfjs, worker } = await loadPdfJs();
  const doc = await openPdf(bytes, pdfjs, password === undefined ? { worker } : { password, worker });
  try {
    const element = documentElement('pdf');
    const pages = Math.min(doc.numPages, MAX_PDF_PAGES);
    const rendered = renderPdf(pdfjs, doc, element, pages);
    // If reading the text fails first, the document is destroyed under the rendering, which then fails too.
    const painted = rendered.painted.catch(() => undefined);
    // Font names (for bold) are not awaited: they would wait for every page's fonts to load. Positions and
    // sizes are known without them.
    const [pdf] = await Promise.all([
      pdfDocumentText(doc, { maxPages: pages, loadFonts: false, content: rendered.content }),
      rendered.textReady,
    ]);
    const notice = pagesNotice(pdf);
    return {
      kind: 'pdf',
      element,
      text: pdf.text,
      layout: pdf.lines,
      ...(notice ? { notice } : {}),
      textReady: rendered.textReady,
      painted,
      close: () => void doc.destroy(),
    };
  } catch (error) {
    void doc.destroy();
    throw error;
  }
}

/** Opens a resume file of any kind the reader knows; throws ExtractError with a one-line message. */
export async function openDocument(
  bytes: Uint8Array,
  name: string,
  password?: string,
): Promise<OpenedDocument> {
  const kind = sniffFileType(bytes, name);
  // A PDF is rendered page by page, with its text read from the same pdf.js document.
  if (kind === 'pdf') return openPdfDocument(bytes, password);
  const pdfjs = async () => (await loadPdfJs()).pdfjs;
  const resume = await extractResume(bytes, name, { pdfjs, htmlText });
  const element = documentElement(kind);
  // The text was read from this HTML (an .html file's, or a Word file's one conversion): the document shown
  // and the text analysed come from the same source.
  if (resume.html !== undefined) element.append(safeFragment(resume.html, parseHtml, document));
  else element.textContent = resume.text;
  return {
    kind,
    element,
    text: resume.text,
    textReady: Promise.resolve(),
    painted: Promise.resolve(),
    close() {},
  };
}
