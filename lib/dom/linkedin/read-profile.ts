import { readClassicProfile } from './classic-profile';
import { readMobileProfile } from './mobile-profile';
import type { LinkedInLayout, LinkedInProfile } from './profile';
import { isExperienceDetails, isLinkedInProfile } from './profile-urls';
import { readPublicProfile } from './public-profile';
import { LITE, readRecruiterProfile, TALENT } from './recruiter-profile';
import { profileScope } from './scope';
import { readSduiProfile } from './sdui-profile';

export { isExperienceDetails, isLinkedInProfile };

/**
 * Which design a page is in, by the marks each keeps whatever its class names are this month; null when
 * none is recognised (the page is still loading, or LinkedIn changed it).
 */
export function detectLayout(doc: Document): LinkedInLayout | null {
  if (
    doc.querySelector(
      '[componentkey$="Topcard"], [componentkey*="ExperienceTopLevelSection"], [data-testid^="profile_ExperienceTopLevelSection_"], main [componentkey^="entity-collection-item"]',
    )
  )
    return 'sdui';
  if (doc.querySelector(`${LITE}, ${TALENT}`)) return 'recruiter';
  if (
    doc.querySelector(
      '.pv-profile-card__anchor, .pv-top-card, main .pvs-list__paged-list-item, main [data-view-name="profile-component-entity"]',
    )
  )
    return 'classic';
  if (
    doc.querySelector(
      'meta[name="pageKey"][content^="public_profile"], .top-card-layout, section[data-section], .page-not-found',
    )
  )
    return 'public';
  if (doc.querySelector('main#app-container, li.profile-entity-lockup, section.basic-profile-section'))
    return 'mobile';
  return null;
}

/** The candidate's profile on a LinkedIn page, by the reader for its design; null for an unknown design. */
export function readProfile(doc: Document, url: string): LinkedInProfile | null {
  const details = isExperienceDetails(url);
  switch (detectLayout(doc)) {
    case 'sdui':
      return readSduiProfile(doc, details);
    case 'classic':
      return readClassicProfile(doc, details);
    case 'public':
      return readPublicProfile(doc);
    case 'mobile':
      return readMobileProfile(doc);
    case 'recruiter':
      return readRecruiterProfile(doc);
    case null:
      return null;
  }
}

/**
 * Where terms are highlighted on a LinkedIn page: the candidate's profile when its design is known, else
 * null (the caller keeps the whole page until the profile has rendered).
 */
export function linkedInScope(doc: Document, url: string): Element | null {
  if (!isLinkedInProfile(url)) return null;
  const layout = detectLayout(doc);
  return layout ? profileScope(doc, layout) : null;
}
