import type { HighlightEntry } from './highlight-layer';

/**
 * A block with very many entries (a whole resume pasted as one text node) is drawn a slice at a time: the
 * entries whose text is within a screen's height of the viewport. Registering all of them would make the
 * browser revalidate every range on each change to any highlight.
 */
export const SLICED_BLOCK = 200;
/** The most entries in one slice. */
const MAX_SLICE = 2_000;

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
 * The entries of a block whose boxes lie from a screen's height above the viewport to a screen's height
 * below it, found by binary search over the block's entries in document order.
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
  const from = search(-viewportHeight, 'bottom');
  const to = Math.min(search(2 * viewportHeight, 'top'), from + MAX_SLICE);
  return list.slice(from, to);
}
