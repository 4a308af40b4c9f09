import { BLOCK_ELEMENTS, NOT_DOCUMENT_TEXT, SCREEN_READER_CLASSES } from './html-elements';

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

/**
 * Subtrees not highlighted: besides what is not the document's text at all, media and embedded documents,
 * and code (`pre`, `code`: often a page's own editor or sample, where a highlight would get in the way). The
 * analysis still reads code blocks, as a resume pasted into a `<pre>` is prose.
 */
const SKIPPED = new Set([
  ...NOT_DOCUMENT_TEXT,
  'math',
  'canvas',
  'iframe',
  'embed',
  'video',
  'audio',
  'code',
  'pre',
]);

const NOT_SPACE = /\S/;

/** Attribute that marks HMO Lens's own UI, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-hmo-lens-ui';

/**
 * Every element a skip rule could apply to, as one selector: most pages put a class on nearly every
 * element, and one `matches` call answers "none of these" faster than reading three attributes.
 */
const MAYBE_SKIPPED = [
  `[${OWN_UI_ATTRIBUTE}]`,
  '[contenteditable]',
  '[role="textbox"]',
  ...SCREEN_READER_CLASSES.map((name) => `.${name}`),
].join(',');
const MAYBE_SKIPPED_UNLESS_EDITABLE = MAYBE_SKIPPED.split(',')
  .filter((selector) => selector !== '[contenteditable]')
  .join(',');

export function isSkippedElement(el: Element, name: string = el.localName): boolean {
  if (SKIPPED.has(name)) return true;
  // Most elements of a page carry no attribute at all: nothing more to read.
  if (!el.hasAttributes() || !el.matches(MAYBE_SKIPPED)) return false;
  // `contenteditable="false"` is the one match that is not skipped.
  const editable = el.getAttribute('contenteditable');
  return editable === null || editable.toLowerCase() !== 'false' || el.matches(MAYBE_SKIPPED_UNLESS_EDITABLE);
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
function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK_ELEMENTS.has(el.localName)) return el;
  }
  return null;
}

/** Where an element's text belongs: the block it reads in (null: none), or nowhere (a skipped subtree). */
const SKIPPED_PLACE: unique symbol = Symbol('skipped');
type Place = Element | null | typeof SKIPPED_PLACE;

/**
 * Segments of a root in document order, read one at a time (`next`) so a scanner can stop between them and
 * yield to the page. Skipped subtrees (scripts, form fields, editors, screen-reader copies, HMO Lens's UI)
 * give nothing.
 *
 * Speed matters here (the whole page goes through it): a filterless TreeWalker over text nodes only, and
 * each element's place worked out once, from its parent's. Text nodes that are not siblings (a <br>, an
 * image or an element edge between them) are joined with a virtual space.
 */
class TextWalk implements Iterable<TextSegment> {
  private readonly walker: TreeWalker | null;
  private readonly places = new Map<Element, Place>();
  private readonly rootParent: Element | null;
  private readonly outside: Place;
  /** A root that is itself a text node, until it is read. */
  private rootText: Text | null;
  private lastParent: Element | null | undefined;
  private lastPlace: Place = null;
  /** The text node read last that starts the next segment, and its place. */
  private held: Text | null = null;
  private heldData = '';
  private heldPlace: Place = null;

  constructor(root: Node) {
    const doc = root.ownerDocument ?? (root as Document);
    const skipped = root.nodeType === 1 && isSkippedElement(root as Element);
    this.rootText = root.nodeType === 3 ? (root as Text) : null;
    this.walker = skipped || this.rootText ? null : doc.createTreeWalker(root, 0x4);
    // A shadow root reads in its host's block, as it is drawn.
    this.rootParent =
      root.parentElement ?? (root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null);
    this.outside = this.rootParent ? blockOf(this.rootParent) : null;
  }

  /** The next segment, or null when the root has no more. */
  next(): TextSegment | null {
    let current: TextSegment | null = null;
    let block: Place = null;
    for (;;) {
      let text: Text;
      let data: string;
      let place: Place;
      if (this.held) {
        text = this.held;
        data = this.heldData;
        place = this.heldPlace;
        this.held = null;
      } else {
        const node = this.rootText ?? this.walker?.nextNode();
        this.rootText = null;
        if (!node) return current;
        text = node as Text;
        data = text.data;
        if (data.length === 0) continue;
        // Text nodes come in runs under one parent: its place is reused without a lookup.
        const parent = text.parentElement;
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          this.lastPlace = this.placeOf(parent);
        }
        place = this.lastPlace;
        if (place === SKIPPED_PLACE) continue;
      }
      if (current && place !== block) {
        this.held = text;
        this.heldData = data;
        this.heldPlace = place;
        return current;
      }
      if (!current) {
        // A segment of only whitespace can hold no term: start segments at real text.
        if (!NOT_SPACE.test(data)) continue;
        current = { text: data, nodes: [text], starts: [0], block: place as Element | null };
        block = place;
        continue;
      }
      // Text nodes that are not siblings meet at an element edge: pills, chips and LinkedIn's duplicated
      // spans sit side by side with no space yet read as separate words. A virtual space keeps them apart;
      // phrases still match across it ("<b>Health</b> Maintenance Organization").
      if ((current.nodes[current.nodes.length - 1] as Text).nextSibling !== text) current.text += ' ';
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += data;
    }
  }

  *[Symbol.iterator](): Iterator<TextSegment> {
    for (let segment = this.next(); segment; segment = this.next()) yield segment;
  }

  private placeOf(el: Element | null): Place {
    if (!el || el === this.rootParent) return this.outside;
    const known = this.places.get(el);
    if (known !== undefined) return known;
    const up = this.placeOf(el.parentElement);
    const name = el.localName;
    const place =
      up === SKIPPED_PLACE || isSkippedElement(el, name) ? SKIPPED_PLACE : BLOCK_ELEMENTS.has(name) ? el : up;
    this.places.set(el, place);
    return place;
  }
}

/** The segments of `root` (see TextWalk). */
export function textSegments(root: Node): TextWalk {
  return new TextWalk(root);
}

/**
 * The index in `segment.nodes` of the node holding a character offset into a segment (binary search). An
 * offset on a boundary between two nodes belongs to the later node, or with `asEnd` to the end of the
 * earlier one, so a range never starts or ends in a node it does not cover.
 */
export function nodeIndexAt(segment: TextSegment, offset: number, asEnd = false): number {
  let lo = 0;
  let hi = segment.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = segment.starts[mid] as number;
    if (start < offset || (!asEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The node and offset inside it for a character offset into a segment (see `nodeIndexAt`). */
export function locate(
  segment: TextSegment,
  offset: number,
  asEnd = false,
): { node: Text; offset: number; index: number } {
  const index = nodeIndexAt(segment, offset, asEnd);
  return { node: segment.nodes[index] as Text, offset: offset - (segment.starts[index] as number), index };
}
