/** Browser pages no extension may script. */
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'about:',
  'chrome-extension:',
  'moz-extension:',
  'devtools:',
]);
const EXTENSION_STORES =
  /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//i;

/**
 * The address the browser's error is about and its scheme: the quoted URL of "Cannot access contents of url
 * "…"", or a scheme named in the sentence ("Cannot access a chrome:// URL"). Only the address is looked
 * at, so a page whose address merely contains "pdf" or "chrome" is not taken for a viewer or a browser page.
 */
function addressOf(text: string): { url: string | null; scheme: string | null } {
  const url = /url "([^"]*)"/i.exec(text)?.[1] ?? null;
  const scheme = url
    ? /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0]
    : /\b(?:chrome|edge|about|chrome-extension|moz-extension|devtools):/i.exec(text)?.[0];
  return { url, scheme: scheme?.toLowerCase() ?? null };
}

/**
 * Why a page cannot be scanned, in words a recruiter understands, from the browser's error when the content
 * script could not be injected ("Cannot access a chrome:// URL", "Missing host permission for the tab").
 */
export function explainInjectionError(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  const { url, scheme } = addressOf(text);
  if (
    (scheme && BROWSER_SCHEMES.has(scheme)) ||
    /extensions gallery/i.test(text) ||
    EXTENSION_STORES.test(url ?? '')
  )
    return 'Browser pages and the extension store cannot be scanned: extensions are not allowed to run there.';
  if (scheme === 'blob:' || /\.pdf(?:$|[?#])/i.test(url ?? ''))
    return 'This viewer (for example the built-in PDF viewer) cannot be scanned. Open the resume as a web page or text file.';
  if (scheme === 'file:')
    return 'Local files can be scanned only after allowing "Allow access to file URLs" for HMO Lens on the extensions page.';
  if (/permission|Cannot access/i.test(text))
    return 'HMO Lens was not given access to this page. Click the toolbar button on the page, then "Scan this page".';
  return `This page cannot be scanned (${text}).`;
}
