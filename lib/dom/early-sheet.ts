import { adoptSheet } from './adopted-sheets';
import { highlightCss } from './highlight-style';

/** A highlight style sheet adopted before the page had content, and the CSS it holds. */
export interface EarlySheet {
  sheet: CSSStyleSheet;
  css: string;
}

/** Where the early sheet waits for the content script that draws (both share the extension's global). */
const KEY = Symbol.for('hmo-lens/early-highlight-sheet');
type Scope = Record<symbol, EarlySheet | undefined>;

/**
 * Adopts the highlight style sheet while the document is still empty. Adopted later, over a page with
 * content, a `::highlight()` rule makes the browser recalculate the style of every element at once (383 ms
 * on the 5 MB benchmark page); adopted now, it is part of the page's own first style computation. It
 * holds every look the options offer, so the recruiter's choice, read later, needs no change to it.
 */
export function adoptEarlySheet(win: Window, inherited: boolean, scope: object = globalThis): void {
  const shared = scope as Scope;
  if (shared[KEY]) return;
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  const css = highlightCss(inherited);
  sheet.replaceSync(css);
  adoptSheet(win.document, sheet);
  shared[KEY] = { sheet, css };
}

/** The early sheet, for the one highlight layer that takes it over (and drops it when it goes). */
export function takeEarlySheet(scope: object = globalThis): EarlySheet | undefined {
  const shared = scope as Scope;
  const early = shared[KEY];
  shared[KEY] = undefined;
  return early;
}
