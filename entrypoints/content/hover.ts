import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardHover, type PointerPlace } from '../../lib/dom/card-hover';
import type { HighlightEntry } from '../../lib/dom/highlight-layer';
import type { DefinitionsCache } from './definitions-cache';
import type { HighlightedTerms } from './highlighted-terms';
import type { HoverCardUi } from './hover-card-ui';
import type { PageScan } from './page-scan';

export interface HoverParts {
  scan: PageScan;
  terms: HighlightedTerms;
  card: HoverCardUi;
  definitions: DefinitionsCache;
}

/**
 * A highlighted word's definition on hover. The pointer is hit-tested against HMO Lens's ranges once per
 * frame, never on every event. The card stays while the pointer is on its word or on the card, closes a
 * moment after it leaves both, and at once on Escape (`CardHover`); it follows its word as the page scrolls.
 *
 * Only the user's own input counts (`isTrusted`): a page can dispatch pointer events at every highlighted
 * range, and would otherwise have each of the recruiter's definitions shown to it in turn. Nothing here
 * stops or cancels a page event: the page's own Escape handling runs as before.
 */
export function showDefinitionsOnHover(
  ctx: ContentScriptContext,
  { scan, terms, card, definitions }: HoverParts,
) {
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let framePending = false;

  const hover: CardHover<HighlightEntry> = new CardHover({
    show: (entry) => {
      const term = terms.term(entry.termId);
      if (!term || !pointer) return;
      scan.focus(entry);
      const at = pointer;
      const known = definitions.get(term.id);
      if (known !== undefined) void card.show(entry, term, known, at);
      else
        void definitions.load([term.id]).then(() => {
          // Shown only if the pointer has not moved on meanwhile.
          if (hover.entry === entry) void card.show(entry, term, definitions.get(term.id) ?? '', at);
        });
    },
    hide: () => card.hide(),
    after: (ms, then) => {
      const timer = ctx.setTimeout(then, ms);
      return () => clearTimeout(timer);
    },
  });
  card.onHidden(() => hover.closed());

  const place = (): PointerPlace<HighlightEntry> => {
    const { layer, scanner } = scan;
    if (!pointer || !layer || !scanner) return { over: 'elsewhere' };
    if (card.holds(pointer.target)) return { over: 'card' };
    const entry: HighlightEntry | null | undefined = layer.native
      ? scanner.entryAt(pointer.x, pointer.y)
      : pointer.target instanceof Element
        ? layer.entryForElement(pointer.target)
        : null;
    return entry ? { over: 'word', entry } : { over: 'elsewhere' };
  };

  const onFrame = () => {
    framePending = false;
    if (!terms.settings.highlighting || !scan.isActive) return;
    hover.pointerAt(place());
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (!framePending) {
        framePending = true;
        ctx.requestAnimationFrame(onFrame);
      }
    },
    { passive: true },
  );
  // The pointer left the window: neither word nor card is under it any more.
  ctx.addEventListener(
    document,
    'pointerout',
    (event: PointerEvent) => {
      if (event.isTrusted && event.relatedTarget === null) hover.pointerAt({ over: 'elsewhere' });
    },
    { passive: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') hover.close();
    },
    { capture: true, passive: true },
  );
  // Scroll events come many times a frame; placing the card measures and redraws it, so once a frame.
  let followPending = false;
  const follow = (event: Event) => {
    if (!event.isTrusted || followPending) return;
    followPending = true;
    ctx.requestAnimationFrame(() => {
      followPending = false;
      card.follow();
    });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  scan.onRestart(() => hover.close());
}
