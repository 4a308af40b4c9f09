import { isInSkippedSubtree, OWN_UI_ATTRIBUTE } from './text-segments';

/** HMO Lens's own elements: its UI, and the fallback layer's marks. Adding them is no page change. */
export function isOwnElement(node: Node): boolean {
  return (
    node.nodeType === 1 &&
    ((node as Element).hasAttribute(OWN_UI_ATTRIBUTE) ||
      (node as Element).tagName.toLowerCase() === 'hmo-lens-mark')
  );
}

/** Of the nodes a batch of mutations touched, the outermost connected ones that are ours to scan. */
export function rootsToRescan(touched: Iterable<Node>, root: Element): Node[] {
  const list = [...touched].filter((n) => n.isConnected && root.contains(n) && !isInSkippedSubtree(n, root));
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}
