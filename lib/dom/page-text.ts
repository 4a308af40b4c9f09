import { MAX_PAGE_TEXT } from '../analysis/text-limit';
import { visibleText } from './visible-text';

export { MAX_PAGE_TEXT };

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
  // One budget for everything read: a page may make any part of the profile as long as it likes.
  let budget = MAX_PAGE_TEXT;
  const read = (el: Element) => {
    if (budget <= 0) return;
    const text = visibleText(el, budget);
    budget -= text.length;
    parts.push(text);
  };
  // Name and headline: the first heading and the block after it, whatever their classes are this month.
  const name = main.querySelector('h1');
  if (name) {
    read(name);
    const top = name.closest('section') ?? name.parentElement;
    const headline = top?.querySelector('.text-body-medium, [data-generated-suggestion-target], h2 + div');
    if (headline) read(headline);
  }
  let found = 0;
  for (const id of PROFILE_SECTIONS) {
    const anchor = main.querySelector(`#${id}`);
    const section = anchor?.closest('section');
    if (!section) continue;
    found++;
    read(section);
  }
  if (found === 0) return null;
  return parts.filter((p) => p.length > 0).join('\n');
}

/**
 * The text the analysis reads. On a LinkedIn profile: the name, headline and profile sections, read by
 * stable anchors rather than class names, leaving out sidebars ("People also viewed") that describe other
 * people; when those anchors are missing, the main content. Anywhere else: the page's visible text.
 */
export function pageText(doc: Document, url: string): string {
  return fullPageText(doc, url).slice(0, MAX_PAGE_TEXT);
}

function fullPageText(doc: Document, url: string): string {
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
