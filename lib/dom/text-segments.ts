import { BLOCK_ELEMENTS } from './html-elements';

/**
 * Runs of page text that read as one: the text nodes between two block boundaries, so that
 * "<b>Health</b> Maintenance Organization" is matched as one term. Works on any Document (the page, or a
 * happy-dom one in tests) and reads no layout.
 */
export interface TextSegment {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text` (a virtual space may separate two nodes). */
  starts: number[];
  /** The block element the text sits in (null only for text directly under the document). */
  block: Element | null;
}

/** Subtrees whose text is not prose a recruiter reads, or that belong to someone else's editor. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'CODE',
  'PRE',
]);

const NOT_SPACE = /\S/;

/** Attribute that marks HMO Lens's own UI, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-hmo-lens-ui';

/**
 * Screen-reader-only copies (LinkedIn writes most text twice, once visually hidden): invisible, and
 * joined to the visible copy they would turn "CAQH" into "CAQHCAQH".
 */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|a11y-text|assistive-text)(?:\s|$)/;

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  // Most elements of a page carry no attribute at all: nothing more to read.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  const className = el.getAttribute('class');
  if (className && SCREEN_READER_ONLY.test(className)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/** Whether a node sits inside a skipped subtree (for text reported by a mutation). */
export function isInSkippedSubtree(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) return false;
  }
  return false;
}

/** The nearest ancestor (or self) that starts a new line. */
export function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK_ELEMENTS.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}

/** Where a text node's parent sits: inside a skipped subtree or not, and which block it belongs to. */
interface Placement {
  skipped: boolean;
  block: Element | null;
}

/**
 * Segments of `root` in document order, produced lazily so a scanner can stop between them and yield to
 * the page. Skipped subtrees (scripts, form fields, editors, screen-reader copies, HMO Lens's UI) yield
 * nothing.
 *
 * Speed matters here (the whole page goes through it): a filterless TreeWalker over text nodes only, and
 * each parent element's placement worked out once, from its parent's. Elements between two text nodes that are not siblings (a <br>, an image, an element edge) become
 * a virtual space.
 */
export function* textSegments(root: Node): Generator<TextSegment> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const placements = new Map<Element, Placement>();
  const rootParent = root.parentElement;
  const outside: Placement = {
    skipped: false,
    block: rootParent ? blockOf(rootParent) : null,
  };
  const placementOf = (el: Element | null): Placement => {
    if (!el || el === rootParent) return outside;
    let placement = placements.get(el);
    if (placement) return placement;
    const parent = placementOf(el.parentElement);
    placement = {
      skipped: parent.skipped || isSkippedElement(el),
      block: BLOCK_ELEMENTS.has(el.tagName.toUpperCase()) ? el : parent.block,
    };
    placements.set(el, placement);
    return placement;
  };

  let lastParent: Element | null | undefined;
  let lastPlacement: Placement | undefined;
  const walker = doc.createTreeWalker(root, 0x4);
  let current: TextSegment | null = null;
  let currentBlock: Element | null = null;
  for (let node = root.nodeType === 3 ? root : walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    // Text nodes come in runs under one parent: its placement is reused without a lookup.
    const parent = text.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastPlacement = placementOf(parent);
    }
    const placement = lastPlacement as Placement;
    if (placement.skipped) continue;
    const block = placement.block;
    if (current && block !== currentBlock) {
      yield current;
      current = null;
    }
    if (!current) {
      // A segment of only whitespace can hold no term: start segments at real text.
      if (!NOT_SPACE.test(data)) continue;
      current = { text: '', nodes: [], starts: [], block };
      currentBlock = block;
    }
    // Text nodes that are not siblings meet at an element edge: pills, chips and LinkedIn's duplicated
    // spans sit side by side with no space yet read as separate words. A virtual space keeps them apart;
    // phrases still match across it ("<b>Health</b> Maintenance Organization").
    const last = current.nodes[current.nodes.length - 1];
    if (last && last.nextSibling !== text) current.text += ' ';
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
    if (root.nodeType === 3) break;
  }
  if (current) yield current;
}

/**
 * The node and offset inside it for a character offset into a segment (binary search). An offset on a
 * boundary between two nodes belongs to the later node, or with `asEnd` to the end of the earlier one, so a
 * range never starts or ends in a node it does not cover.
 */
export function locate(
  segment: TextSegment,
  offset: number,
  asEnd = false,
): { node: Text; offset: number; index: number } {
  let lo = 0;
  let hi = segment.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = segment.starts[mid] as number;
    if (start < offset || (!asEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: segment.nodes[lo] as Text, offset: offset - (segment.starts[lo] as number), index: lo };
}
