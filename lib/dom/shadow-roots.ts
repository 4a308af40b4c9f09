import { isSkippedElement } from './text-segments';

/** How many elements are looked at between two reports of progress (a `null`), so a caller can pace itself. */
const TICK_EVERY = 512;

/**
 * The open shadow roots whose hosts sit in `root` (web components' text, which a walk of the page's tree never
 * reaches), in document order, with a `null` every few hundred elements looked at so a long walk can yield to
 * the page. Not the roots inside them: those are found when each is walked in turn. Closed shadow roots are
 * the page's secret and stay so; hosts in skipped subtrees (editors, form fields, HMO Lens's own UI) too.
 */
export function* openShadowRoots(root: Node): Generator<ShadowRoot | null> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const walker = doc.createTreeWalker(root, 0x1, {
    acceptNode: (node) => (isSkippedElement(node as Element) ? 2 : 1),
  });
  let seen = 0;
  for (
    let node: Node | null = root.nodeType === 1 ? root : walker.nextNode();
    node;
    node = walker.nextNode()
  ) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) yield shadow;
    if (++seen % TICK_EVERY === 0) yield null;
  }
}

/** The shadow root a node is in, if any (not the document). */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const top = node.getRootNode();
  return top.nodeType === 11 && (top as ShadowRoot).host ? (top as ShadowRoot) : null;
}
