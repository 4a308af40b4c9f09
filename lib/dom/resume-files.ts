import { MAX_RESUME_FILES, type ResumeFile } from '../protocol/messages';

/**
 * The resume files an applicant-tracking page shows in a frame or links to, for the popup to offer to the
 * reader. Only addresses are read; nothing is fetched here: the reader fetches the one file the recruiter
 * picks, and judges it by its bytes, so a wrong guess costs a one-line message, not a wrong analysis.
 */

export interface FileCandidate {
  href: string;
  how: ResumeFile['how'];
  /** The link's words, or a frame's title. */
  label?: string;
  /** A frame's `type` or a link's `type`: `application/pdf` names a PDF with no `.pdf` in its address. */
  type?: string;
  /** A link's `download` attribute (the file name the site suggests), when it has one. */
  download?: string | null;
}

const FILE_NAME = /\.(pdf|docx)$/i;
const FILE_TYPE = /^application\/(pdf|vnd\.openxmlformats-officedocument\.wordprocessingml\.document)\b/i;
const RESUME_WORDS = /(^|[^a-z])(r[ée]sum[ée]s?|cv|curriculum vitae)([^a-z]|$)/i;
const DOWNLOAD_WORDS = /\b(download|view|open|attachment)\b/i;
/** Query parameters a hosted viewer (pdf.js's viewer, Google's, an ATS's own) takes the document's address in. */
const VIEWER_PARAMS = ['file', 'src', 'url', 'document', 'doc'];
const READABLE = /^(https?|file):$/;
/** Links past this many are not looked at: an ATS page that far down is a list, not a candidate. */
const MAX_LINKS = 3_000;

function parse(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** A hosted viewer's document, e.g. `viewer.html?file=/files/resume.pdf`. */
function viewedDocument(url: URL): URL | null {
  for (const param of VIEWER_PARAMS) {
    const value = url.searchParams.get(param);
    const inner = value ? parse(value, url.href) : null;
    if (inner && READABLE.test(inner.protocol) && FILE_NAME.test(inner.pathname)) return inner;
  }
  return null;
}

function fileName(url: URL): string | null {
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  if (!last) return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 120).trim();
}

/** The resume file a frame or link points at, or null when it points at anything else. */
export function resumeFileOf(candidate: FileCandidate, base: string): ResumeFile | null {
  const address = parse(candidate.href, base);
  if (!address) return null;
  const url = viewedDocument(address) ?? address;
  if (!READABLE.test(url.protocol)) return null;
  const label = clean(candidate.label);
  const download = clean(candidate.download);
  const named = FILE_NAME.test(url.pathname) || FILE_NAME.test(download);
  const typed = FILE_TYPE.test(candidate.type ?? '');
  const about = `${label} ${download} ${url.pathname}`;
  // Without a file name or type, only what says it is a resume: a framed one, or a link to download one.
  const said =
    RESUME_WORDS.test(about) &&
    (candidate.how === 'embedded' || candidate.download != null || DOWNLOAD_WORDS.test(label));
  if (!named && !typed && !said) return null;
  url.hash = '';
  const name = FILE_NAME.test(url.pathname) ? fileName(url) : download || label || fileName(url);
  return { url: url.href, name: clean(name) || url.hostname || 'resume', how: candidate.how };
}

function attribute(el: Element, name: string): string | undefined {
  return el.getAttribute(name) ?? undefined;
}

/** What the document's frames, embeds, objects and links point at. */
function candidates(doc: Document): FileCandidate[] {
  const found: FileCandidate[] = [];
  for (const el of doc.querySelectorAll('iframe[src], frame[src], embed[src], object[data]')) {
    const href = attribute(el, el.localName === 'object' ? 'data' : 'src') ?? '';
    const label = attribute(el, 'title') ?? attribute(el, 'aria-label') ?? attribute(el, 'name');
    found.push({ href, how: 'embedded', label, type: attribute(el, 'type') });
  }
  const links = doc.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const el = links[i] as Element;
    const label = clean(el.textContent) || attribute(el, 'aria-label') || attribute(el, 'title');
    found.push({
      href: attribute(el, 'href') ?? '',
      how: 'linked',
      label,
      type: attribute(el, 'type'),
      download: el.getAttribute('download'),
    });
  }
  return found;
}

/** The page's resume files, embedded ones first, each once, at most `MAX_RESUME_FILES`. */
export function findResumeFiles(doc: Document, base: string = doc.baseURI): ResumeFile[] {
  const files = new Map<string, ResumeFile>();
  for (const candidate of candidates(doc)) {
    const file = resumeFileOf(candidate, base);
    if (file && !files.has(file.url)) files.set(file.url, file);
    if (files.size === MAX_RESUME_FILES) break;
  }
  return [...files.values()];
}
