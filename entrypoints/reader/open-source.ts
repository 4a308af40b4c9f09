import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { ExtractError, MAX_FILE_BYTES as MAX_BYTES, MESSAGES } from '../../lib/extract/extract-error';
import { sameOrigin } from '../../lib/reader/source-url';

const refused = () =>
  new ExtractError(
    'unsupported',
    'The site did not let HMO Lens read this file: download it, then open it with “Open a resume file”.',
  );
const tooLarge = () => new ExtractError('too-large', MESSAGES.tooLarge);

/**
 * Runs in the tab the recruiter clicked from: fetches the document (the PDF the tab shows, or a file its ATS
 * page frames or links) from the tab's own origin, so the browser's cache and the recruiter's session
 * answer with no cross-origin rules in the way, and hands back its bytes as base64. Self-contained: it is
 * serialised into the tab.
 */
async function fetchInPage(href: string, maxBytes: number): Promise<{ base64: string } | { error: string }> {
  try {
    // Only the page's own origin: anything else is the reader's direct fetch, under the browser's rules.
    if (new URL(href).origin !== location.origin) return { error: 'other origin' };
    const response = await fetch(href, { credentials: 'include', cache: 'force-cache' });
    if (!response.ok) return { error: `HTTP ${response.status}` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) return { error: 'too-large' };
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(binary) };
  } catch (error) {
    return { error: String(error) };
  }
}

/** What `fetchInPage` hands back, checked: the tab is a page the extension does not control. */
const InPageResultSchema = z.union([z.object({ base64: z.string() }), z.object({ error: z.string() })]);

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Through the tab the recruiter clicked from, when the file is of that tab's origin (the tab shows it, or
 * its page frames or links it): the click's activeTab grant lets the extension run there.
 */
async function readThroughTab(tabId: number, url: URL): Promise<Uint8Array | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url || (tab.url !== url.href && !sameOrigin(tab.url, url))) return null;
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: fetchInPage,
      args: [url.href, MAX_BYTES],
    });
    const parsed = InPageResultSchema.safeParse(injection?.result);
    if (!parsed.success) return null;
    const result = parsed.data;
    if ('base64' in result) return fromBase64(result.base64);
    if (result.error === 'too-large') throw tooLarge();
    return null;
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    return null;
  }
}

async function readDirectly(url: URL): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', redirect: 'follow', cache: 'force-cache' });
  } catch {
    throw refused();
  }
  if (!response.ok) throw refused();
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw tooLarge();
  return bytes;
}

/** A file the recruiter chose or dropped, refused before reading when no resume could be that large. */
export async function readChosenFile(file: Pick<File, 'size' | 'arrayBuffer'>): Promise<Uint8Array> {
  if (file.size > MAX_BYTES) throw tooLarge();
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The bytes of the document a tab showed, read with the least permission that works: through that tab
 * (granted by the recruiter's click), else directly where the site allows it. Sent nowhere.
 */
export async function fetchSource(url: URL, tabId: number | null): Promise<Uint8Array> {
  return (tabId === null ? null : await readThroughTab(tabId, url)) ?? readDirectly(url);
}
