import { useEffect } from 'preact/hooks';
import type { DocumentHighlights, ReaderTerms } from './highlights';
import { showDefinitionsOnHover } from './hover';

/**
 * The definition card over the shown document's highlights. It asks for the highlights and terms at each
 * pointer move, so it follows a new document or new terms without being set up again.
 */
export function useHoverDefinitions(
  highlights: () => DocumentHighlights | null,
  terms: () => ReaderTerms | null,
): void {
  useEffect(() => {
    const hover = new AbortController();
    showDefinitionsOnHover(() => {
      const now = highlights();
      const latest = terms();
      return now && latest ? { highlights: now, terms: latest } : null;
    }, hover.signal);
    return () => hover.abort();
  }, [highlights, terms]);
}
