import { render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import { CardHover, type PointerPlace } from '../../lib/dom/card-hover';
import { placeCard } from '../../lib/dom/card-position';
import type { HighlightEntry } from '../../lib/dom/highlight-layer';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/text-segments';
import type { DocumentHighlights, ReaderTerms } from './highlights';

/**
 * The same definition card as on web pages, for the shown document, opened and closed by the same rules
 * (`CardHover`): the pointer is hit-tested against the highlights once per frame; the card stays while the
 * pointer is on its word or on the card, and closes a moment after it leaves both, on Escape or on scroll.
 */
export function showDefinitionsOnHover(
  current: () => { highlights: DocumentHighlights; terms: ReaderTerms } | null,
  signal: AbortSignal,
): void {
  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  document.body.append(host);
  signal.addEventListener('abort', () => {
    hover.close();
    host.remove();
  });
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame = 0;

  const show = (entry: HighlightEntry) => {
    const now = current();
    const term = now?.terms.glossary.find((t) => t.id === entry.termId);
    if (!now || !term || !pointer) return;
    now.highlights.layer.focus(entry);
    const at = pointer;
    const rects = Array.from(entry.range.getClientRects());
    const anchor =
      rects.find((r) => at.y >= r.top && at.y <= r.bottom) ?? entry.range.getBoundingClientRect();
    const paint = (position: { left: number; top: number }) =>
      render(
        <HoverCard
          term={term.term}
          category={term.category}
          definition={now.terms.define(term.id) ?? ''}
          aliases={term.aliases}
          matchedText={entry.range.toString()}
          position={position}
        />,
        host,
      );
    paint({ left: -10_000, top: -10_000 });
    const box = host.querySelector('.hmo-card')?.getBoundingClientRect();
    const size = { width: box?.width ?? 320, height: box?.height ?? 120 };
    paint(placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight }));
  };

  const hover: CardHover<HighlightEntry> = new CardHover({
    show,
    hide: () => {
      current()?.highlights.layer.focus(null);
      render(null, host);
    },
    after: (ms, then) => {
      const timer = setTimeout(then, ms);
      return () => clearTimeout(timer);
    },
  });

  const place = (): PointerPlace<HighlightEntry> => {
    const now = current();
    if (!pointer || !now?.terms.settings.highlighting) return { over: 'elsewhere' };
    if (pointer.target instanceof Node && host.contains(pointer.target)) return { over: 'card' };
    const entry = now.highlights.scanner.entryAt(pointer.x, pointer.y);
    return entry ? { over: 'word', entry } : { over: 'elsewhere' };
  };

  const options = { signal, passive: true } as const;
  document.addEventListener(
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (!signal.aborted) hover.pointerAt(place());
        });
    },
    options,
  );
  document.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null) hover.pointerAt({ over: 'elsewhere' });
    },
    options,
  );
  // The card is placed for where its word was; scrolling the document moves the word away from it.
  document.addEventListener('scroll', () => hover.close(), { ...options, capture: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') hover.close();
    },
    options,
  );
}
