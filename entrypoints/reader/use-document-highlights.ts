import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { DocumentHighlights, type ReaderTerms } from './highlights';
import type { OpenedDocument } from './open-document';
import { stepToTerm } from './reveal';

/**
 * Places the shown document in `host` and highlights it, again whenever it changes or the terms or their
 * look do. `drawn` is the document whose highlights are all on screen; `positions` says where each term
 * was last revealed ("2 of 5") and starts over with every drawing.
 */
export function useDocumentHighlights(
  host: RefObject<HTMLDivElement | null>,
  shown: OpenedDocument | undefined,
  terms: ReaderTerms | null,
) {
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [drawn, setDrawn] = useState<OpenedDocument | null>(null);
  const highlights = useRef<DocumentHighlights | null>(null);

  useEffect(() => {
    const slot = host.current;
    if (!slot) return;
    // One document's highlights at a time: their names in `CSS.highlights` are shared by the whole page.
    highlights.current?.destroy();
    highlights.current = null;
    setPositions({});
    if (!shown || !terms) {
      slot.replaceChildren();
      return;
    }
    slot.replaceChildren(shown.element);
    let live = true;
    void shown.textReady.then(() => {
      if (!live) return;
      highlights.current = new DocumentHighlights(shown.element, terms);
      void highlights.current.done.then(() => {
        if (live) setDrawn(shown);
      });
    });
    return () => {
      live = false;
    };
  }, [host, shown, terms]);

  useEffect(() => () => highlights.current?.destroy(), []);

  /** Steps to the term's next occurrence in the shown document. */
  const reveal = (termId: string) => {
    const now = highlights.current;
    if (!now) return;
    const position = stepToTerm(now, termId, positions[termId]);
    setPositions((p) => ({ ...p, [termId]: position }));
  };

  /** The highlights now on the page, for event handlers. */
  const current = useCallback(() => highlights.current, []);
  return { drawn, positions, reveal, highlights: current };
}
