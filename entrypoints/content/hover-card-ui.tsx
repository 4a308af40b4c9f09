import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '../../components/HoverCard';
import cardCss from '../../components/hover-card.css?inline';
import { adoptSheet } from '../../lib/dom/adopted-sheets';
import { placeCard } from '../../lib/dom/card-position';
import type { HighlightEntry } from '../../lib/dom/highlight-layer';
import { OWN_UI_ATTRIBUTE } from '../../lib/dom/text-segments';
import type { Term } from '../../lib/glossary';

/**
 * The definition card: a Preact component in a shadow root hung on <html> (outside the body the scanner
 * watches). The host is in the page only while a card shows, so a page that looks for the extension finds
 * nothing the rest of the time, and its shadow root is closed, so the page's scripts cannot read the
 * recruiter's definitions out of it. The end-to-end build leaves it open for the tests' locators.
 */
export class HoverCardUi {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private shown: { entry: HighlightEntry; term: Term; definition: string } | null = null;
  private readonly hiddenListeners: Array<() => void> = [];
  private sheet: CSSStyleSheet | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onHide: () => void,
  ) {
    ctx.onInvalidated(() => this.destroy());
  }

  get entry(): HighlightEntry | null {
    return this.shown?.entry ?? null;
  }

  /**
   * Whether a page event's target is the card. Events from inside the shadow root reach the page's
   * listeners retargeted to its host, which holds nothing but the card.
   */
  holds(target: EventTarget | null): boolean {
    return target !== null && this.ui?.mounted != null && target === this.ui.shadowHost;
  }

  /** Called whenever the card closes, whatever closed it. */
  onHidden(listener: () => void): void {
    this.hiddenListeners.push(listener);
  }

  /** The card's UI, made once; it is attached to the page only while a card shows (`attach`). */
  private ready(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: 'hmo-lens-card',
      mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, shadow, host) => {
        host.setAttribute(OWN_UI_ATTRIBUTE, '');
        // A constructed sheet, not a <style> element: pages' Content-Security-Policy cannot block it. The
        // shadow root keeps it while the host is out of the page, so it is made once.
        if (!this.sheet) {
          this.sheet = new CSSStyleSheet();
          this.sheet.replaceSync(cardCss);
        }
        adoptSheet(shadow, this.sheet);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((ui) => {
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  private attach(): HTMLElement {
    const ui = this.ui as ShadowRootContentScriptUi<HTMLElement>;
    if (!ui.mounted) ui.mount();
    return ui.mounted as HTMLElement;
  }

  async show(
    entry: HighlightEntry,
    term: Term,
    definition: string,
    pointer: { x: number; y: number },
  ): Promise<void> {
    this.shown = { entry, term, definition };
    await this.ready();
    if (this.shown?.entry !== entry) return;
    this.draw(this.attach(), pointer);
  }

  /** Re-places the card after the page scrolled; hides it when its word left the screen. */
  follow(): void {
    if (!this.shown || !this.ui?.mounted) return;
    const rect = this.shown.entry.range.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight || (rect.width === 0 && rect.height === 0)) {
      this.hide();
      return;
    }
    this.draw(this.ui.mounted as HTMLElement, null);
  }

  private draw(container: HTMLElement, pointer: { x: number; y: number } | null): void {
    if (!this.shown) return;
    const { entry, term, definition } = this.shown;
    const rects = Array.from(entry.range.getClientRects());
    const anchor =
      (pointer && rects.find((r) => pointer.y >= r.top && pointer.y <= r.bottom)) ??
      rects[0] ??
      entry.range.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const paint = (position: { left: number; top: number }) =>
      render(
        <HoverCard
          term={term.term}
          category={term.category}
          definition={definition}
          aliases={term.aliases}
          matchedText={entry.range.toString()}
          position={position}
        />,
        container,
      );
    // First paint off-screen to learn the card's size, then place it.
    paint({ left: -10_000, top: -10_000 });
    const card = container.querySelector('.hmo-card')?.getBoundingClientRect();
    paint(placeCard(anchor, { width: card?.width ?? 320, height: card?.height ?? 120 }, viewport));
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = null;
    // Taken out of the page, not just emptied (its `onRemove` unmounts the component).
    this.ui?.remove();
    this.onHide();
    for (const listener of this.hiddenListeners) listener();
  }

  destroy(): void {
    this.shown = null;
    this.ui?.remove();
  }
}
