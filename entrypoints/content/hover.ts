import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
 * frame, never on every event; a short grace lets it travel from the word onto the card; Escape closes it,
 * and it follows its word as the page scrolls.
 *
 * Only the user's own input counts (`isTrusted`): a page can dispatch pointer events at every highlighted
 * range, and would otherwise have each of the recruiter's definitions shown to it in turn.
 */
export function showDefinitionsOnHover(
  ctx: ContentScriptContext,
  { scan, terms, card, definitions }: HoverParts,
) {
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let framePending = false;
  let hideTimer: number | undefined;
  let hovered: HighlightEntry | null = null;

  const hover = () => {
    framePending = false;
    const { layer, scanner } = scan;
    if (!pointer || !terms.settings.highlighting || !scan.isActive || !layer || !scanner) return;
    const entry: HighlightEntry | null = layer.native
      ? scanner.entryAt(pointer.x, pointer.y)
      : pointer.target instanceof Element
        ? (layer.entryForElement(pointer.target) ?? null)
        : null;
    hovered = entry;
    if (entry) {
      if (hideTimer !== undefined) clearTimeout(hideTimer);
      hideTimer = undefined;
      const term = terms.term(entry.termId);
      if (term && entry !== card.entry) {
        layer.focus(entry);
        const at = pointer;
        const known = definitions.get(term.id);
        if (known !== undefined) void card.show(entry, term, known, at);
        else
          void definitions.load([term.id]).then(() => {
            // Shown only if the pointer has not moved on to another word meanwhile.
            if (hovered === entry) void card.show(entry, term, definitions.get(term.id) ?? '', at);
          });
      }
    } else if (card.entry && !card.isPointerOverCard && hideTimer === undefined) {
      hideTimer = ctx.setTimeout(() => {
        hideTimer = undefined;
        if (!card.isPointerOverCard) card.hide();
      }, 200);
    }
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (!event.isTrusted) return;
      pointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (!framePending) {
        framePending = true;
        ctx.requestAnimationFrame(hover);
      }
    },
    { passive: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') card.hide();
    },
    { capture: true },
  );
  const follow = (event: Event) => {
    if (event.isTrusted) card.follow();
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  scan.onRestart(() => card.hide());
}
