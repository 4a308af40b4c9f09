import { entryLines, linesOf, roleFromLines, setRoles, textOf } from './entry-lines';
import { emptyProfile, type LinkedInProfile, type ProfileRole } from './profile';
import { profileScope } from './scope';

/**
 * Sign-in prompts LinkedIn writes into the signed-out profile ("Sign in to view Dana’s full profile"): the
 * page's style sheet hides them until clicked, so they are not the candidate's text.
 */
const PROMPTS = '.contextual-sign-in-modal, .modal, [role="dialog"], .sign-in-modal, .google-auth';

/** An experience entry of the signed-out profile: title, employer, dates with `<time>`, place, description. */
function entryRole(item: Element, groupEmployer: string | null): ProfileRole | 'masked' | null {
  const header = [
    textOf(item.querySelector('.experience-item__title'), PROMPTS),
    textOf(item.querySelector('.experience-item__subtitle'), PROMPTS),
    textOf(item.querySelector('.date-range'), PROMPTS),
  ].filter((line): line is string => line !== null);
  const description = linesOf(item.querySelector('.show-more-less-text'), PROMPTS);
  return roleFromLines(header, description, groupEmployer);
}

/**
 * The signed-out public profile (`public_profile_v3`): sections are `section[data-section=…]`, roles
 * `li.experience-item`, or `li.experience-group-position` under a company's `li.experience-group`. A sign-in
 * dialog covers it, marking `<main>` aria-hidden, which does not hide it from the recruiter.
 */
export function readPublicProfile(doc: Document): LinkedInProfile {
  if (doc.querySelector('.page-not-found')) {
    const missing = emptyProfile('public', null);
    missing.gaps.push({ kind: 'not-found' });
    return missing;
  }
  const scope = profileScope(doc, 'public');
  const profile = emptyProfile('public', scope);
  if (!scope) return profile;
  const top = scope.querySelector('.top-card-layout');
  profile.name = textOf(top?.querySelector('.top-card-layout__title'), PROMPTS);
  profile.headline = textOf(top?.querySelector('.top-card-layout__headline'), PROMPTS);
  profile.about = linesOf(
    scope.querySelector('section[data-section="summary"] .core-section-container__content'),
    PROMPTS,
  );

  const experience = scope.querySelector('section[data-section="experience"]');
  const results: Array<ProfileRole | 'masked' | null> = [];
  for (const item of Array.from(experience?.querySelectorAll('.experience__list > li') ?? [])) {
    if (item.classList.contains('experience-group')) {
      const company = textOf(item.querySelector('.experience-group-header__company'), PROMPTS);
      for (const position of Array.from(item.querySelectorAll('li.experience-group-position')))
        results.push(entryRole(position, company));
    } else results.push(entryRole(item, null));
  }
  setRoles(profile, results);

  for (const item of Array.from(scope.querySelectorAll('section[data-section^="education"] li')))
    profile.education.push(...entryLines(item, PROMPTS));
  for (const item of Array.from(scope.querySelectorAll('section[data-section="certifications"] li')))
    profile.licenses.push(...entryLines(item, PROMPTS));
  return profile;
}
