/**
 * The CSS Custom Highlight API of a window passed in. TypeScript's DOM typings know `CSS.highlights` and
 * `Highlight` only as globals of the script's own window, not as members of a `Window` given as a parameter
 * (a test's happy-dom window, the benchmark's page), and do not know `highlightsFromPoint`, which only some
 * browsers have.
 */

/** What `highlightsFromPoint` reports for one highlight at a point (older browsers: the highlight itself). */
export interface HighlightHit {
  highlight?: unknown;
  ranges?: AbstractRange[];
}

export type PageHighlightRegistry = HighlightRegistry & {
  highlightsFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: readonly ShadowRoot[] },
  ) => Array<HighlightHit | Highlight>;
};

export interface HighlightApi {
  registry: PageHighlightRegistry;
  Highlight: typeof Highlight;
}

type WindowWithHighlights = { CSS?: { highlights?: PageHighlightRegistry }; Highlight?: typeof Highlight };

/** The window's highlight registry, where it has one. */
export function highlightRegistry(win: Window): PageHighlightRegistry | undefined {
  return (win as unknown as WindowWithHighlights).CSS?.highlights;
}

/** The window's highlight registry and constructor, or null where the API is missing. */
export function highlightApi(win: Window): HighlightApi | null {
  const registry = highlightRegistry(win);
  const { Highlight } = win as unknown as WindowWithHighlights;
  return typeof Highlight === 'function' && registry ? { registry, Highlight } : null;
}
