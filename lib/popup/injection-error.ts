/**
 * Why a page cannot be scanned, in words a recruiter understands, from the browser's error when the content
 * script could not be injected ("Cannot access a chrome:// URL", "Missing host permission for the tab").
 */
export function explainInjectionError(error: unknown): string {
  const text = String((error as Error)?.message ?? error);
  if (/chrome:|edge:|about:|extensions gallery|webstore|chrome-extension:|moz-extension:/i.test(text))
    return 'Browser pages and the extension store cannot be scanned: extensions are not allowed to run there.';
  // Not any message naming an extension: Chrome's "Extension manifest must request permission…" is about access.
  if (/pdf|Cannot access contents of url "blob:/i.test(text))
    return 'This viewer (for example the built-in PDF viewer) cannot be scanned. Open the resume as a web page or text file.';
  if (/file:/i.test(text))
    return 'Local files can be scanned only after allowing "Allow access to file URLs" for HMO Lens on the extensions page.';
  if (/permission|Cannot access/i.test(text))
    return 'HMO Lens was not given access to this page. Click the toolbar button on the page, then "Scan this page".';
  return `This page cannot be scanned (${text}).`;
}
