import { render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import { placeCard } from '../../lib/dom/card-position';
import type { HighlightEntry } from '../../lib/dom/highlight-layer';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/text-segments';
import type { DocumentHighlights, ReaderTerms } from './highlights';

/**
 * The same definition card as on web pages, for the shown document: the pointer is hit-tested against the
 * highlights once per frame; the card hides when the pointer leaves both word and card, or on Escape.
 */
export function showDefinitionsOnHover(
  current: () => { highlights: DocumentHighlights; terms: ReaderTerms } | null,
  signal: AbortSignal,
): void {
  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  document.body.append(host);
  signal.addEventListener('abort', () => {
    render(null, host);
    host.remove();
  });
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let shown: HighlightEntry | null = null;
  let overCard = false;

  const hide = () => {
    if (!shown) return;
    current()?.highlights.layer.focus(null);
    shown = null;
    render(null, host);
  };

  const show = (entry: HighlightEntry, at: { x: number; y: number }, terms: ReaderTerms) => {
    const term = terms.glossary.find((t) => t.id === entry.termId);
    if (!term) return;
    shown = entry;
    const rects = Array.from(entry.range.getClientRects());
    const anchor =
      rects.find((r) => at.y >= r.top && at.y <= r.bottom) ?? entry.range.getBoundingClientRect();
    const paint = (position: { left: number; top: number }) =>
      render(
        <HoverCard
          term={term.term}
          category={term.category}
          definition={terms.define(term.id) ?? ''}
          aliases={term.aliases}
          matchedText={entry.range.toString()}
          position={position}
          onPointerEnter={() => {
            overCard = true;
          }}
          onPointerLeave={() => {
            overCard = false;
          }}
        />,
        host,
      );
    paint({ left: -10_000, top: -10_000 });
    const box = host.querySelector('.hmo-card')?.getBoundingClientRect();
    const size = { width: box?.width ?? 320, height: box?.height ?? 120 };
    paint(placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight }));
  };

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const hover = () => {
    frame = 0;
    const now = current();
    if (!pointer || !now?.terms.settings.highlighting) return;
    const entry = now.highlights.scanner.entryAt(pointer.x, pointer.y);
    if (entry) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      if (entry !== shown) {
        now.highlights.layer.focus(entry);
        show(entry, pointer, now.terms);
      }
    } else if (shown && !overCard && hideTimer === undefined) {
      // A short grace lets the pointer travel from the word onto the card.
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        if (!overCard) hide();
      }, 200);
    }
  };

  const options = { signal, passive: true } as const;
  document.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (frame === 0) frame = requestAnimationFrame(hover);
    },
    options,
  );
  document.addEventListener('scroll', hide, { ...options, capture: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') hide();
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(hideTimer));
}
