import { type HighlightHit, highlightRegistry } from './highlight-api';
import type { HighlightEntry } from './highlight-layer';
import { HIGHLIGHT_NAME } from './highlight-style';

/** Where the caret would land for a point: the text node and offset under the pointer. */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots: readonly ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    // Without the shadow roots named, a point in one reports its host.
    const position = shadowRoots.length
      ? d.caretPositionFromPoint(x, y, { shadowRoots })
      : d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function rectsContain(rects: DOMRectList | DOMRect[], x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * The highlighted entry under a point. Where the browser can say which highlights are at a point
 * (`CSS.highlights.highlightsFromPoint`) a miss costs almost nothing; otherwise the caret position is mapped
 * onto our ranges. Either way the range's own boxes must contain the point: a caret position is also
 * reported for the blank space beside a line.
 */
export function entryAtPoint(
  win: Window,
  x: number,
  y: number,
  byNode: ReadonlyMap<Node, readonly HighlightEntry[]>,
  byRange: { get(range: AbstractRange): HighlightEntry | undefined },
  /** The name our highlights are registered under (it follows the look chosen). */
  name: string = HIGHLIGHT_NAME,
  /** Open shadow roots holding highlights: the browser reports hits inside only those it is given. */
  shadowRoots: readonly ShadowRoot[] = [],
): HighlightEntry | null {
  const registry = highlightRegistry(win);
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    const ours = registry.get(name);
    const hits = shadowRoots.length
      ? registry.highlightsFromPoint(x, y, { shadowRoots })
      : registry.highlightsFromPoint(x, y);
    const hit = hits.find((h) => h === ours || (h as HighlightHit).highlight === ours);
    if (!hit) return null;
    for (const range of hit === ours ? [] : ((hit as HighlightHit).ranges ?? [])) {
      const entry = byRange.get(range);
      if (entry && rectsContain(entry.range.getClientRects(), x, y)) return entry;
    }
    // Older shape (a list of highlights without ranges): fall through to the caret.
  }
  const caret = caretAt(win.document, x, y, shadowRoots);
  if (!caret) return null;
  for (const entry of byNode.get(caret.node) ?? []) {
    if (
      entry.range.comparePoint(caret.node, caret.offset) === 0 &&
      rectsContain(entry.range.getClientRects(), x, y)
    )
      return entry;
  }
  return null;
}
