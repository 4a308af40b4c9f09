/**
 * Elements that start a new line in normal page styling. Known without layout, so it works on any
 * Document (and in happy-dom): text on either side of one never reads as one phrase. By `localName`,
 * which is lower case in HTML and XHTML documents alike.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Elements whose text is not the document's, for highlighting and analysis alike: never shown (scripts,
 * styles, the head), drawn rather than written (svg, object), or typed into the page (form fields).
 */
export const NOT_DOCUMENT_TEXT: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'object',
  'textarea',
  'input',
  'select',
  'option',
  'button',
];

/**
 * Screen-reader-only copies of text that is also shown (LinkedIn writes most of a profile twice): invisible,
 * and read with the visible copy they would count every word twice and turn "CAQH" into "CAQHCAQH".
 */
export const SCREEN_READER_CLASSES: readonly string[] = [
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'a11y-text',
  'assistive-text',
];
