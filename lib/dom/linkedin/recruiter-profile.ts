import { entryLines, isChrome, linesOf, roleFromLines, setRoles, textOf } from './entry-lines';
import { emptyProfile, type LinkedInProfile, type ProfileRole } from './profile';
import { profileScope } from './scope';

/** Recruiter Lite (`/recruiter/profile/…`): the candidate in `#primary-content`, tools and other people beside it. */
export const LITE = '#lira-profile, #primary-content #profile-experience';
/** LinkedIn Recruiter (`/talent/…`): Ember components whose `data-test-*` attributes outlive their class names. */
export const TALENT =
  '[data-test-row-lockup-full-name], [data-test-position-entity-title], [data-test-grouped-position-entity-title]';

type Role = ProfileRole | 'masked' | null;

/** The text of every element matching a selector that shows some: skills, certifications. */
const texts = (root: Element, selector: string) =>
  Array.from(root.querySelectorAll(selector))
    .map((el) => textOf(el))
    .filter((line): line is string => line !== null);

/** One text per selector that is present, in order: a role's header lines. */
function lines(root: Element, selectors: readonly string[]): string[] {
  return selectors
    .map((selector) => textOf(root.querySelector(selector)))
    .filter((l): l is string => l !== null);
}

/**
 * Recruiter Lite: modules `#topcard`, `#profile-summary`, `#profile-experience`, `#profile-education`; a
 * position is `li.position` with the title in `h4`, the employer in `h5`, "August 2017 – March 2021" with its
 * duration and place in `p.date-range`, and `p.description`.
 */
function readLite(profile: LinkedInProfile, scope: Element): Role[] {
  const top = scope.querySelector('#topcard');
  profile.name = textOf(top?.querySelector('h1'));
  profile.headline = textOf(top?.querySelector('.profile-info .title'));
  profile.about = linesOf(scope.querySelector('#profile-summary .module-body'));
  profile.education = Array.from(scope.querySelectorAll('#profile-education li.position')).flatMap((item) =>
    entryLines(item),
  );
  profile.skills = texts(scope, '.skill');
  return Array.from(scope.querySelectorAll('#profile-experience li.position')).map((item) =>
    roleFromLines(lines(item, ['h4', 'h5', '.date-range']), linesOf(item.querySelector('.description'))),
  );
}

const GROUPED = {
  company: '[data-test-grouped-position-entity-company-name]',
  title: '[data-test-grouped-position-entity-title]',
  dates: '[data-test-grouped-position-entity-date-range]',
  description: '[data-test-grouped-position-entity-description]',
};
const SINGLE = {
  title: '[data-test-position-entity-title]',
  company: '[data-test-position-entity-company-name]',
  dates: '[data-test-position-entity-date-range]',
  description: '[data-test-position-entity-description]',
};

/**
 * One position of LinkedIn Recruiter, found by its title: a position of its own (title, company, dates), or
 * one of a company's positions, the company named once above them (`[data-test-grouped-position-entity-…]`).
 */
function talentRole(title: Element): Role {
  if (title.matches(SINGLE.title)) {
    const item = title.closest('li') ?? title.parentElement ?? title;
    const header = lines(item, [SINGLE.title, SINGLE.company, SINGLE.dates]);
    return roleFromLines(
      header,
      linesOf(item.querySelector(SINGLE.description)).filter((l) => !isChrome(l)),
    );
  }
  const role = title.closest('[data-test-position]') ?? title.parentElement ?? title;
  const company = textOf(role.parentElement?.closest('li')?.querySelector(GROUPED.company));
  const header = lines(role, [GROUPED.title, GROUPED.dates]);
  return roleFromLines(
    header,
    linesOf(role.querySelector(GROUPED.description)).filter((l) => !isChrome(l)),
    company,
  );
}

/**
 * LinkedIn Recruiter: the top card's row lockup (`[data-test-row-lockup-full-name]`, `…-headline`), the
 * summary card, positions, schools (`[data-test-education-entity-…]`), certifications and skills.
 */
function readTalent(profile: LinkedInProfile, scope: Element): Role[] {
  profile.name = textOf(scope.querySelector('[data-test-row-lockup-full-name]'));
  profile.headline = textOf(scope.querySelector('[data-test-row-lockup-headline]'));
  // The summary's "Show more" is a link within it.
  profile.about = linesOf(scope.querySelector('.summary-card__summary'), 'a');
  profile.education = Array.from(scope.querySelectorAll('[data-test-education-entity-school-name]')).flatMap(
    (school) => entryLines(school.closest('li') ?? school),
  );
  profile.licenses = texts(scope, '[data-test-accomplishments-base-entity-title]');
  profile.skills = texts(scope, '[data-test-skill-entity-skill-name]');
  return Array.from(scope.querySelectorAll(`${SINGLE.title}, ${GROUPED.title}`)).map(talentRole);
}

/**
 * A candidate in LinkedIn's recruiting products: Recruiter Lite's profile page, or LinkedIn Recruiter's
 * profile (a page of its own, or the panel opened over search results and projects). Only the candidate is
 * read: not the recruiting tools, notes and projects, nor "Similar profiles" and "People also viewed".
 */
export function readRecruiterProfile(doc: Document): LinkedInProfile {
  const scope = profileScope(doc, 'recruiter');
  const profile = emptyProfile('recruiter', scope);
  if (!scope) return profile;
  const lite = scope.id === 'primary-content';
  setRoles(profile, lite ? readLite(profile, scope) : readTalent(profile, scope));
  return profile;
}
