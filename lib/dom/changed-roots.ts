import { isInSkippedSubtree, OWN_UI_ATTRIBUTE } from './text-segments';

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
