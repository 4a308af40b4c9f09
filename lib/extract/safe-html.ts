/**
 * Untrusted document HTML (a Word file's conversion, an .html resume) rebuilt as inert DOM: only plain
 * document elements and a few harmless attributes are copied, text is copied as text, and nothing that can
 * run, load or navigate by itself survives. Links keep their web address but open only when clicked, in a
 * new tab, with no referrer and no opener.
 */

const KEPT_ELEMENTS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'br',
  'hr',
  'a',
  'img',
  'span',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'blockquote',
  'address',
  'time',
  'abbr',
  'mark',
]);

/** Elements dropped with everything inside them: code, styles, embedded content, forms. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'portal',
  'dialog',
]);

const SAFE_LINK = /^(https?:|mailto:)/i;
/** Inline images as Word files carry them; SVG is left out as it can hold scripts and links. */
const SAFE_IMAGE = /^data:image\/(png|jpe?g|gif|webp|bmp);base64,[a-z0-9+/=\s]+$/i;

function copyAttributes(from: Element, to: HTMLElement): void {
  const name = from.localName;
  if (name === 'a') {
    const href = from.getAttribute('href')?.trim() ?? '';
    if (SAFE_LINK.test(href)) {
      to.setAttribute('href', href);
      to.setAttribute('target', '_blank');
      to.setAttribute('rel', 'noopener noreferrer');
    }
  } else if (name === 'img') {
    const src = from.getAttribute('src') ?? '';
    if (SAFE_IMAGE.test(src)) to.setAttribute('src', src);
    to.setAttribute('alt', from.getAttribute('alt') ?? '');
  } else if (name === 'td' || name === 'th') {
    for (const attribute of ['colspan', 'rowspan']) {
      const value = from.getAttribute(attribute);
      if (value && /^\d{1,3}$/.test(value)) to.setAttribute(attribute, value);
    }
  }
}

function copyChildren(from: Node, to: Node, target: Document, depth: number): void {
  // Real documents nest a few dozen levels; a deeper tree is flattened rather than followed.
  const nextDepth = depth + 1;
  for (let child = from.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      to.appendChild(target.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const name = element.localName;
    if (DROPPED_ELEMENTS.has(name)) continue;
    if (!KEPT_ELEMENTS.has(name) || depth > 200) {
      copyChildren(element, to, target, nextDepth);
      continue;
    }
    if (name === 'img' && !SAFE_IMAGE.test(element.getAttribute('src') ?? '')) continue;
    const copy = target.createElement(name);
    copyAttributes(element, copy);
    to.appendChild(copy);
    copyChildren(element, copy, target, nextDepth);
  }
}

/**
 * Safe DOM for untrusted HTML, made in `target`. `parse` turns the HTML into an inert document (the
 * browser's DOMParser: scripts in it never run, images in it never load).
 */
export function safeFragment(
  html: string,
  parse: (html: string) => Document,
  target: Document,
): DocumentFragment {
  const source = parse(html);
  const fragment = target.createDocumentFragment();
  copyChildren(source.body ?? source.documentElement, fragment, target, 0);
  return fragment;
}
