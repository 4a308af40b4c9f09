import { MAX_PAGE_TEXT } from '../analysis/text-limit';
import { gapNote, profileText } from './linkedin/profile';
import { isLinkedInProfile, readProfile } from './linkedin/read-profile';
import { visibleText } from './visible-text';

export { isLinkedInProfile } from './linkedin/read-profile';

export { MAX_PAGE_TEXT };

/** What a page gives the analysis, and what it leaves out, in words for the popup. */
export interface PageReading {
  text: string;
  /** Plain statements of what is missing (a masked profile, experience that never loaded, a partial list). */
  notes: string[];
  /** Where terms are highlighted: on LinkedIn the candidate's profile; elsewhere (null) the whole page. */
  scope: Element | null;
}

/**
 * What the analysis reads. On a LinkedIn profile: the candidate's name, headline and profile sections, read
 * by the reader for the page's design, leaving out the viewer's nav bar and sidebars ("People also viewed")
 * that describe other people; for a design no reader knows, the main content without its asides. Anywhere
 * else: the page's visible text.
 */
export function readPage(doc: Document, url: string): PageReading {
  if (isLinkedInProfile(url)) {
    const profile = readProfile(doc, url);
    if (profile) {
      return {
        text: profileText(profile).slice(0, MAX_PAGE_TEXT),
        notes: profile.gaps.map(gapNote),
        scope: profile.scope,
      };
    }
    const main = doc.querySelector('main');
    if (main) {
      const text = visibleText(main, MAX_PAGE_TEXT, 'aside');
      return { text, notes: [], scope: main };
    }
  }
  return { text: doc.body ? visibleText(doc.body, MAX_PAGE_TEXT) : '', notes: [], scope: null };
}

/** The text the analysis reads (see `readPage`). */
export function pageText(doc: Document, url: string): string {
  return readPage(doc, url).text;
}
