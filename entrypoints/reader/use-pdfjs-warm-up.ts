import { useEffect } from 'preact/hooks';
import { loadPdfJs } from './pdfjs';

/**
 * The page exists to read files: pdf.js and its worker get ready while the recruiter picks one, instead of
 * after.
 */
export function usePdfJsWarmUp(): void {
  useEffect(() => {
    const warm = requestIdleCallback(() => void loadPdfJs().catch(() => undefined));
    return () => cancelIdleCallback(warm);
  }, []);
}
