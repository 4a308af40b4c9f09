import { ExtractError } from '../../lib/extract/extract-error';

/** The largest file the reader fetches from a tab; a resume is a few hundred kilobytes. */
const MAX_BYTES = 30 * 1024 * 1024;

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

export function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

/**
 * The bytes of the document a tab showed. Read with the recruiter's own cookies where the browser allows
 * (the host was granted by their click on "Open in HMO Lens reader"); sent nowhere.
 */
export async function fetchSource(url: URL): Promise<Uint8Array> {
  const refused = () =>
    new ExtractError(
      'unsupported',
      'The site did not let HMO Lens read this file: download it, then open it with “Open a resume file”.',
    );
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', redirect: 'follow', cache: 'force-cache' });
  } catch {
    throw refused();
  }
  if (!response.ok) throw refused();
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new ExtractError('too-large', 'This file is far larger than any resume.');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES)
    throw new ExtractError('too-large', 'This file is far larger than any resume.');
  return bytes;
}
