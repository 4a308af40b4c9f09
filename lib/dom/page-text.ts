import { visibleText } from './visible-text';

/** LinkedIn profile pages, including Recruiter and Talent views: the automatic path. */
export function isLinkedInProfile(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    if (hostname !== 'linkedin.com' && !hostname.endsWith('.linkedin.com')) return false;
    return /^\/(?:in|talent\/profile|talent\/hire\/.+\/profile|recruiter\/profile)\//.test(pathname);
  } catch {
    return false;
  }
}

/** Sections of a LinkedIn profile worth reading, by the anchors LinkedIn has kept for years. */
const PROFILE_SECTIONS = [
  'about',
  'experience',
  'education',
  'licenses_and_certifications',
  'skills',
  'volunteering_experience',
];

function linkedInText(doc: Document): string | null {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return null;
  const parts: string[] = [];
  // Name and headline: the first heading and the block after it, whatever their classes are this month.
  const name = main.querySelector('h1');
  if (name) {
    parts.push(visibleText(name));
    const top = name.closest('section') ?? name.parentElement;
    const headline = top?.querySelector('.text-body-medium, [data-generated-suggestion-target], h2 + div');
    if (headline) parts.push(visibleText(headline));
  }
  let found = 0;
  for (const id of PROFILE_SECTIONS) {
    const anchor = main.querySelector(`#${id}`);
    const section = anchor?.closest('section');
    if (!section) continue;
    found++;
    parts.push(visibleText(section, MAX_PAGE_TEXT));
  }
  if (found === 0) return null;
  return parts.filter((p) => p.length > 0).join('\n');
}

/** What the analysis reads of a page at most: far more than any resume, far less than a huge page. */
export const MAX_PAGE_TEXT = 500_000;

/**
 * The text the analysis reads. On a LinkedIn profile: the name, headline and profile sections, read by
 * stable anchors rather than class names, leaving out sidebars ("People also viewed") that describe other
 * people; when those anchors are missing, the main content. Anywhere else: the page's visible text.
 */
export function pageText(doc: Document, url: string): string {
  if (isLinkedInProfile(url)) {
    const profile = linkedInText(doc);
    if (profile) return profile;
    const main = doc.querySelector('main');
    if (main) {
      const clone = main.cloneNode(true) as Element;
      for (const aside of Array.from(clone.querySelectorAll('aside'))) aside.remove();
      return visibleText(clone, MAX_PAGE_TEXT);
    }
  }
  return doc.body ? visibleText(doc.body, MAX_PAGE_TEXT) : '';
}
