import type { ScanPace } from './scan-pacing';
import { isInSkippedSubtree, OWN_UI_ATTRIBUTE } from './text-segments';

/**
 * What reading one mutation record, or one node it added or removed, costs in characters read (see
 * ScanPace); a removed subtree costs one more per text node in it.
 */
const RECORD_COST = 16;

/** HMO Lens's own elements: its UI, and the fallback layer's marks. Adding them is no page change. */
export function isOwnElement(node: Node): boolean {
  return (
    node.nodeType === 1 &&
    ((node as Element).hasAttribute(OWN_UI_ATTRIBUTE) ||
      (node as Element).tagName.toLowerCase() === 'hmo-lens-mark')
  );
}

/**
 * Of the nodes a batch of mutations touched, the outermost connected ones that are ours to scan. Each node
 * looks up its own ancestors among the others, so the work grows with the number of nodes times their depth
 * rather than with the square of their number: a page may append tens of thousands of nodes at once.
 */
export function rootsToRescan(
  touched: Iterable<Node>,
  root: Element,
  /** Open shadow roots scanned with `root`: what changes inside them is ours too. */
  shadows: ReadonlySet<Node> = new Set(),
): Node[] {
  const candidates = new Set<Node>();
  const ours = (node: Node) => root.contains(node) || (shadows.size > 0 && shadows.has(node.getRootNode()));
  for (const node of touched)
    if (node.isConnected && ours(node) && !isInSkippedSubtree(node, root)) candidates.add(node);
  const outermost: Node[] = [];
  for (const node of candidates) {
    let inside = false;
    for (let a = node.parentNode; a && !inside; a = a === root ? null : a.parentNode)
      inside = candidates.has(a);
    if (!inside) outermost.push(node);
  }
  return outermost;
}

/** Visits every text node of `node` (itself, if it is one); returns how many that was. */
export function forEachText(node: Node, visit: (text: Node) => void): number {
  if (node.nodeType === 3) {
    visit(node);
    return 1;
  }
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 0x4 /* SHOW_TEXT */);
  let count = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode(), count++) visit(t);
  return count;
}

export interface ChangeReading {
  /** Forgets the highlights of one text node the page removed or changed (undrawn when the reading pauses). */
  forget(text: Node): void;
  pace: ScanPace;
  /** Lets the page run once a slice is used up; false when the work is superseded. Null: read in one go. */
  pause: (() => Promise<boolean>) | null;
}

/**
 * Reads a batch of mutation records: forgets the highlights of text removed or changed, and returns the
 * nodes whose text to scan again (null when superseded meanwhile). A page that never settles leaves tens of
 * thousands of records between two rescans, and each one read is a call into the browser: they are read in
 * slices that yield to the page, like the text itself.
 */
export async function readChanges(
  records: readonly MutationRecord[],
  reading: ChangeReading,
): Promise<Set<Node> | null> {
  const touched = new Set<Node>();
  for (const record of records) {
    let read = RECORD_COST;
    for (const node of record.removedNodes) read += RECORD_COST + forEachText(node, reading.forget);
    if (record.type === 'characterData') {
      reading.forget(record.target);
      if (record.target.parentElement) touched.add(record.target.parentElement);
    } else {
      for (const node of record.addedNodes) {
        read += RECORD_COST;
        if (isOwnElement(node)) continue;
        touched.add(node.nodeType === 1 ? node : (node.parentElement ?? node));
      }
    }
    if (reading.pause && reading.pace.spent(read) && !(await reading.pause())) return null;
  }
  return touched;
}
