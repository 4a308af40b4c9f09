import { MAX_PAGE_TEXT } from '../analysis/text-limit';
import type { CareerMemory } from './linkedin/career-memory';
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
 * that describe other people, and completed from the profile's other page the recruiter saw in this tab
 * (`careers`); for a design no reader knows, the main content without its asides. Anywhere else: the
 * page's visible text.
 */
export function readPage(doc: Document, url: string, careers?: CareerMemory): PageReading {
  const reading = readWhole(doc, url, careers);
  // The readers count only the characters of text nodes, not the line breaks and spaces put between
  // blocks, so a page of many small cells can come out longer than the limit the message schema enforces.
  return { ...reading, text: reading.text.slice(0, MAX_PAGE_TEXT) };
}

function readWhole(doc: Document, url: string, careers?: CareerMemory): PageReading {
  if (isLinkedInProfile(url)) {
    const read = readProfile(doc, url);
    if (read) {
      const profile = careers ? careers.complete(url, read) : read;
      return {
        text: profileText(profile),
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
