import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageContent } from '../../lib/extract/pdf-text';
import type { PdfJsModule } from './pdfjs';

export interface RenderedPdf {
  /** Every page's text layer is in place: highlights can be drawn. */
  textReady: Promise<void>;
  /** Every page is painted. */
  painted: Promise<void>;
  /** A page's text content, read once for its text layer and for the analysis. */
  content: PageContent;
}

/** CSS pixels per PDF point: a US Letter page is then about 800 px wide. */
const SCALE = 1.3;

/**
 * A PDF's pages as the recruiter expects to see them: each page a canvas with pdf.js's text layer above it
 * (transparent text in place, which highlights, selection and Ctrl+F work on). Text layers come first for
 * every page, so highlights and analysis need not wait for painting.
 */
export function renderPdf(
  pdfjs: PdfJsModule,
  doc: PDFDocumentProxy,
  container: HTMLElement,
  pages: number,
): RenderedPdf {
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const views: Array<{ canvas: HTMLCanvasElement; viewport: ReturnType<typeof pageViewport> }> = [];
  const contents = new Map<number, ReturnType<PageContent>>();
  const content: PageContent = (n) => {
    let read = contents.get(n);
    if (!read) {
      read = doc.getPage(n).then((page) => page.getTextContent());
      contents.set(n, read);
    }
    return read;
  };
  const textReady = (async () => {
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const viewport = pageViewport(page);
      const sheet = document.createElement('div');
      sheet.className = 'pdf-page';
      sheet.dataset.page = String(n);
      sheet.style.setProperty('--scale-factor', String(SCALE));
      sheet.style.setProperty('--total-scale-factor', String(SCALE));
      sheet.style.width = `${viewport.width}px`;
      sheet.style.height = `${viewport.height}px`;
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.setAttribute('aria-hidden', 'true');
      const text = document.createElement('div');
      text.className = 'textLayer';
      sheet.append(canvas, text);
      container.append(sheet);
      await new pdfjs.TextLayer({
        textContentSource: await content(n),
        container: text,
        viewport,
      }).render();
      views.push({ canvas, viewport });
    }
  })();
  const painted = textReady.then(async () => {
    for (const [i, { canvas, viewport }] of views.entries()) {
      const page = await doc.getPage(i + 1);
      await page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      }).promise;
    }
  });
  return { textReady, painted, content };
}

function pageViewport(page: Awaited<ReturnType<PDFDocumentProxy['getPage']>>) {
  return page.getViewport({ scale: SCALE });
}
