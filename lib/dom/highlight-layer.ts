/**
 * Draws highlights without touching the page's DOM where the CSS Custom Highlight API exists (Chromium,
 * Firefox 140+): ranges go into `CSS.highlights` and are styled with `::highlight()`. Elsewhere a fallback
 * wraps the text in `<hmo-lens-mark>` elements and restores the original text nodes exactly on removal.
 */

import type { EarlySheet } from './early-sheet';
import { highlightApi } from './highlight-api';
import type { HighlightStyle } from './highlight-style';
import { NativeHighlightLayer } from './native-highlight-layer';
import { wrappingLayer } from './wrapping-highlight-layer';

export interface TextPart {
  node: Text;
  start: number;
  end: number;
}

export interface HighlightEntry {
  termId: string;
  /** May be created on first read (see PageScanner): read it only to draw or measure. */
  readonly range: Range;
  /** The pieces of text nodes the match covers, in order. */
  parts: TextPart[];
  /** The element whose visibility decides whether the highlight is drawn (its block). */
  block: Element;
}

export interface LayerOptions {
  /**
   * Draw only what is on or near the screen (native layer). Painting tens of thousands of highlighted
   * ranges costs the page on every frame; blocks are watched with an IntersectionObserver instead, and
   * their highlights registered as they come within a screen's height of the viewport.
   */
  nearViewportOnly?: boolean;
  style?: HighlightStyle;
  /** The browser passes `::highlight()` styles down to descendants (Chromium): see `highlightCss`. */
  inheritedHighlights?: boolean;
  /** A style sheet already adopted before the page had content (see `adoptEarlySheet`), to use instead. */
  earlySheet?: EarlySheet;
}

export interface HighlightLayer {
  /** True when the page DOM is never modified (CSS Custom Highlight API). */
  readonly native: boolean;
  /** The name the highlights are registered under in `CSS.highlights`, or null where there is none. */
  readonly highlightName: string | null;
  add(entries: readonly HighlightEntry[]): void;
  remove(entries: readonly HighlightEntry[]): void;
  clear(): void;
  setVisible(visible: boolean): void;
  /** Changes how highlights look, in place. */
  setStyle(style: HighlightStyle): void;
  /** Emphasises one entry (hover, "go to term"), or none. */
  focus(entry: HighlightEntry | null): void;
  /** The entry under the pointer, for the fallback's elements. */
  entryForElement(element: Element): HighlightEntry | undefined;
  /** Take the page back to its own DOM while it is read (a no-op where highlights never touch it). */
  suspend(): void;
  resume(): void;
  /**
   * The scan that added entries is over. Blocks start being watched only now: watching makes the browser
   * update intersections on every frame, which would otherwise slow each slice of a long scan.
   */
  settle(): void;
  destroy(): void;
}

export function supportsCustomHighlights(win: Window): boolean {
  return highlightApi(win) !== null;
}

export function createHighlightLayer(win: Window, options: LayerOptions = {}): HighlightLayer {
  return supportsCustomHighlights(win) ? new NativeHighlightLayer(win, options) : wrappingLayer(win, options);
}
