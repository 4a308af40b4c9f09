/**
 * pdf.js for the reader page, its worker shipped as one of the extension's own files (extension pages may
 * load scripts only from the extension). Chromium gets the modern build; Firefox ESR the legacy one, as the
 * modern build calls Map methods (getOrInsertComputed) that ESR does not have yet.
 */
export type PdfJsModule = typeof import('pdfjs-dist');

const builds = import.meta.env.FIREFOX
  ? () =>
      Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<unknown> as Promise<PdfJsModule>,
        import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
      ])
  : () => Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);

export interface LoadedPdfJs {
  pdfjs: PdfJsModule;
  /** Started once for the page; documents opened with it leave it running when they are destroyed. */
  worker: InstanceType<PdfJsModule['PDFWorker']>;
}

let loading: Promise<LoadedPdfJs> | null = null;

/**
 * Loads pdf.js and starts its worker once for the page, so that the worker parses its megabyte of code
 * while the recruiter is still choosing a file, and every document opened later reuses it.
 */
export function loadPdfJs(): Promise<LoadedPdfJs> {
  loading ??= builds().then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(worker.default, location.href).href;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  });
  return loading;
}
