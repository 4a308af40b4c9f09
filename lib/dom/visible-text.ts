import { BLOCK_ELEMENTS, NOT_DOCUMENT_TEXT, SCREEN_READER_CLASSES } from './html-elements';

/**
 * Elements whose text is not the document's: never seen (scripts, styles), or typed into it (form fields,
 * editors, such as a recruiter's own notes in an ATS).
 */
const INVISIBLE: ReadonlySet<string> = new Set([...NOT_DOCUMENT_TEXT, 'meta', 'link']);

/**
 * Screen-reader-only copies of text that is also shown (LinkedIn writes most of a profile twice): reading
 * them would count every word twice. `aria-hidden` is deliberately not among the hiding rules: a page with
 * an open dialog (LinkedIn's sign-in prompt, react-modal and most dialog libraries) sets it on the whole
 * app behind the dialog, which stays on screen; and LinkedIn puts its visible copy in `aria-hidden` spans.
 */
const SCREEN_READER_ONLY = new RegExp(`(?:^|\\s)(?:${SCREEN_READER_CLASSES.join('|')})(?:\\s|$)`);

/** Elements that start a new line, so words of neighbouring blocks never run together. */
const LINE_BREAKS = new Set(['br', 'hr']);
const startsLine = (tag: string) => BLOCK_ELEMENTS.has(tag) || LINE_BREAKS.has(tag);

function hidden(el: Element): boolean {
  if (INVISIBLE.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const classes = el.getAttribute('class');
  if (classes !== null && SCREEN_READER_ONLY.test(classes)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** A frame's page when it is of the same origin (an ATS may show the application in one); else nothing. */
function framedBody(frame: Element): Node[] {
  try {
    const body = (frame as HTMLIFrameElement).contentDocument?.body;
    return body ? [body] : [];
  } catch {
    return [];
  }
}

/**
 * The children a node shows: a web component's open shadow root instead of its own children (which show only
 * where a slot puts them), a slot's assigned nodes instead of its fallback content, and a same-origin
 * frame's page (another site's frame cannot be read, nor is it the page's own text).
 */
function shownChildren(node: Node): Iterable<Node> {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (el.localName === 'iframe' || el.localName === 'frame') return framedBody(el);
    if (el.shadowRoot) return [el.shadowRoot];
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/**
 * The text a reader sees in a document, one line per block element, without needing layout (so it also
 * works on a document parsed in Node). Takes the node as a parameter: no globals. Reading stops after about
 * `maxChars` characters: a resume is a few thousand, and a page of megabytes is no resume. Elements matching
 * `skip` (a selector) are left out too: parts a page's style sheet hides, such as closed dialogs.
 */
export function visibleText(root: Node, maxChars = Number.POSITIVE_INFINITY, skip?: string): string {
  const out: string[] = [];
  let read = 0;
  const walk = (node: Node) => {
    if (read >= maxChars) return;
    if (node.nodeType === 3) {
      const data = node.nodeValue ?? '';
      const text = data.length > maxChars - read ? data.slice(0, maxChars - read) : data;
      read += text.length;
      out.push(text.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const block = node.nodeType === 1 && startsLine(el.localName);
    if (node.nodeType === 1 && (hidden(el) || (skip !== undefined && el.matches(skip)))) return;
    // Inline elements side by side (a title and its dates in a flex row, tags, chips) read as separate
    // words, so element edges count as spaces; runs of spaces collapse below.
    const edge = block ? '\n' : node.nodeType === 1 ? ' ' : '';
    out.push(edge);
    for (const child of shownChildren(node)) walk(child);
    out.push(edge);
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
