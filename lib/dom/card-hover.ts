/** Where the pointer is, as far as the definition card is concerned. */
export type PointerPlace<Entry> = { over: 'word'; entry: Entry } | { over: 'card' } | { over: 'elsewhere' };

export interface CardHoverActions<Entry> {
  /** Shows (or starts loading) the card for a highlighted word. */
  show(entry: Entry): void;
  hide(): void;
  /** Calls `then` once after `ms` unless the returned function is called first. */
  after(ms: number, then: () => void): () => void;
}

/**
 * Long enough for the pointer to cross the gap between a word and its card, short enough that a card left
 * behind goes away before the recruiter looks for it. Any move back onto the word or the card cancels it.
 */
export const HIDE_GRACE_MS = 300;

/**
 * When the definition card opens and closes, for web pages and the reader alike (WCAG 1.4.13, content on
 * hover): it stays while the pointer is on its word or on the card itself, so its button can be used; it
 * closes a moment after the pointer has left both, at once on Escape, and never because of anything else the
 * pointer does on the way. Pure: the callers say where the pointer is and supply the timer.
 */
export class CardHover<Entry> {
  private wanted: Entry | null = null;
  private cancelHide: (() => void) | null = null;

  constructor(private readonly act: CardHoverActions<Entry>) {}

  /** The word the card is shown (or being loaded) for. */
  get entry(): Entry | null {
    return this.wanted;
  }

  pointerAt(place: PointerPlace<Entry>): void {
    if (place.over === 'word') {
      this.stayOpen();
      if (place.entry === this.wanted) return;
      this.wanted = place.entry;
      this.act.show(place.entry);
    } else if (place.over === 'card') {
      this.stayOpen();
    } else if (this.wanted !== null && this.cancelHide === null) {
      this.cancelHide = this.act.after(HIDE_GRACE_MS, () => {
        this.cancelHide = null;
        this.close();
      });
    }
  }

  /** Escape, a scroll that moves the word away, highlighting switched off: closes now. */
  close(): void {
    this.stayOpen();
    if (this.wanted === null) return;
    this.wanted = null;
    this.act.hide();
  }

  /** The card went away by itself (its word left the screen): the next hover on any word shows it again. */
  closed(): void {
    this.stayOpen();
    this.wanted = null;
  }

  private stayOpen(): void {
    this.cancelHide?.();
    this.cancelHide = null;
  }
}
