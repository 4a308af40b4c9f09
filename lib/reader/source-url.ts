import { idParam } from '../protocol/page-params';

/**
 * The document the popup sends the reader page to: its address (`?src=`), the tab it came from (`?tab=`)
 * and the name it is listed under. Anyone can open the reader with any address, so both are checked.
 */

/** Where a `?src=` PDF may come from: the web and local files, never the extension's own or other schemes. */
export function sourceUrl(search: string): URL | null {
  const raw = new URLSearchParams(search).get('src');
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'file:' ? url : null;
  } catch {
    return null;
  }
}

/** The tab a `?src=` document came from, when the popup said. */
export function sourceTab(search: string): number | null {
  const param = idParam(search, 'tab');
  return param.kind === 'id' ? param.id : null;
}

/** The name a fetched document is listed under: its file's, decoded, else its site's. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

/** Whether a tab's address is of the document's origin; local files have no origin to share. */
export function sameOrigin(tabUrl: string, url: URL): boolean {
  try {
    return new URL(tabUrl).origin === url.origin && url.origin !== 'null';
  } catch {
    return false;
  }
}
