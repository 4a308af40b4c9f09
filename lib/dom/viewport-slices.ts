import type { HighlightEntry } from './highlight-layer';

/**
 * A block with very many entries (a whole resume pasted as one text node) is drawn a slice at a time: the
 * entries whose text is in or near the viewport. Registering all of them would make the browser revalidate
 * every range on each change to any highlight.
 */
export const SLICED_BLOCK = 200;
/**
 * The most entries in one slice. Chromium's paint of one text node grows with the highlights in it (about
 * 0.1 ms each in a node of thousands of lines), and the node is painted again whenever the page edits it or
 * the slice moves: 250 keep that repaint near 25 ms, which is a screenful of a text dense with terms.
 */
const MAX_SLICE = 250;

/** Document order of two entries, from their first text node and offset (no Range needed). */
function compareEntries(a: HighlightEntry, b: HighlightEntry): number {
  const x = a.parts[0];
  const y = b.parts[0];
  if (!x || !y) return 0;
  if (x.node === y.node) return x.start - y.start;
  return x.node.compareDocumentPosition(y.node) & 4 /* FOLLOWING */ ? -1 : 1;
}

/** A block's entries in document order: as added, unless a later scan added some out of order. */
function inDocumentOrder(group: readonly HighlightEntry[]): HighlightEntry[] {
  const list = [...group];
  for (let i = 1; i < list.length; i++) {
    if (compareEntries(list[i - 1] as HighlightEntry, list[i] as HighlightEntry) > 0) {
      list.sort(compareEntries);
      break;
    }
  }
  return list;
}

/**
 * The entries of a block whose boxes lie from half a screen's height above the viewport to half a screen's
 * height below it, found by binary search over the block's entries in document order. Where that is more
 * than MAX_SLICE, the ones in view come first and the margins share what is left.
 */
export function sliceNearViewport(
  group: readonly HighlightEntry[],
  viewportHeight: number,
): HighlightEntry[] {
  const list = inDocumentOrder(group);
  // First entry whose box ends below `y`, and first whose box starts below `y`.
  const search = (y: number, edge: 'bottom' | 'top') => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = (list[mid] as HighlightEntry).range.getBoundingClientRect();
      if (rect[edge] < y || (edge === 'top' && rect.top === y)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const margin = viewportHeight / 2;
  const above = search(-margin, 'bottom');
  const below = search(viewportHeight + margin, 'top');
  if (below - above <= MAX_SLICE) return list.slice(above, below);
  const viewStart = search(0, 'bottom');
  const inView = search(viewportHeight, 'top') - viewStart;
  // Half of what the view leaves goes above it; what the margin below cannot take goes above too.
  const half = Math.floor(Math.max(0, MAX_SLICE - inView) / 2);
  const from = Math.max(above, Math.min(viewStart - half, below - MAX_SLICE));
  return list.slice(from, Math.min(below, from + MAX_SLICE));
}
