/**
 * pdf.js for the reader page, its worker shipped as one of the extension's own files (extension pages may
 * load scripts only from the extension), loaded when the first PDF is opened. Chromium gets the modern
 * build; Firefox ESR the legacy one, as the modern build calls Map methods (getOrInsertComputed) that ESR
 * does not have yet.
 */
export type PdfJsModule = typeof import('pdfjs-dist');

const builds = import.meta.env.FIREFOX
  ? () =>
      Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<unknown> as Promise<PdfJsModule>,
        import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
      ])
  : () => Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);

let loading: Promise<PdfJsModule> | null = null;

export function loadPdfJs(): Promise<PdfJsModule> {
  loading ??= builds().then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(worker.default, location.href).href;
    return pdfjs;
  });
  return loading;
}
