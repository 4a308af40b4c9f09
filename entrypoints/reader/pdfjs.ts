/**
 * pdf.js for the reader page: the modern build, its worker shipped as one of the extension's own files
 * (extension pages may load scripts only from the extension), loaded when the first PDF is opened.
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type PdfJsModule = typeof import('pdfjs-dist');

let loading: Promise<PdfJsModule> | null = null;

export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(workerUrl, location.href).href;
    return pdfjs;
  });
  return loading;
}
