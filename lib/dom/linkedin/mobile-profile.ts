import { entryLines, linesOf, outermost, roleFromLines, setRoles, textOf } from './entry-lines';
import { emptyProfile, type LinkedInProfile, type ProfileRole } from './profile';
import { profileScope } from './scope';

const DESCRIPTION = '.show-more-text, .description';
const ROLE = 'li.role-container, li.sub-group';

/**
 * The header lines of an entry, one per part. The mobile page splits a date range across sibling spans
 * ("Mar 2021 -", "Present"), so a part ending in a dash is joined to the next.
 */
function headerLines(entry: Element): string[] {
  const parts = Array.from(entry.querySelectorAll('.list-item-heading, .body-small-bold, span'))
    .filter((el) => !el.closest(DESCRIPTION) && !el.parentElement?.closest('.list-item-heading'))
    .map((el) => textOf(el))
    .filter((line): line is string => line !== null);
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && /[-\u2013]$/.test(last)) lines[lines.length - 1] = `${last} ${part}`;
    else if (last !== part) lines.push(part);
  }
  return lines;
}

/** An entry of the mobile profile: a position, or a company (`li.grouped`) with its roles nested below. */
function entryRoles(entry: Element): Array<ProfileRole | 'masked' | null> {
  if (!entry.classList.contains('grouped'))
    return [roleFromLines(headerLines(entry), linesOf(entry.querySelector(DESCRIPTION), 'button'))];
  const company = textOf(entry.querySelector('.list-item-heading'));
  return Array.from(entry.querySelectorAll(ROLE)).map((role) =>
    roleFromLines(headerLines(role), linesOf(role.querySelector(DESCRIPTION), 'button'), company),
  );
}

/**
 * LinkedIn's mobile web profile: `main#app-container`, sections named by class (`experience-container`),
 * entries `li.profile-entity-lockup`, a company's roles in `li.sub-group` / `li.role-container` under a
 * `li.grouped` entry; LinkedIn nests a second lockup inside an entry, so only the outermost count.
 */
export function readMobileProfile(doc: Document): LinkedInProfile {
  const main = profileScope(doc, 'mobile');
  const profile = emptyProfile('mobile', main);
  if (!main) return profile;
  const top = main.querySelector('.basic-profile-section');
  profile.name = textOf(top?.querySelector('h1'));
  profile.headline = textOf(top?.querySelector('.body-small.text-color-text'));
  profile.about = linesOf(main.querySelector('.about-section')?.querySelector(DESCRIPTION), 'button');

  const experience = main.querySelector('.experience-container');
  setRoles(profile, experience ? outermost(experience, 'li.profile-entity-lockup').flatMap(entryRoles) : []);

  const entries = (selector: string, entry: string) =>
    Array.from(main.querySelectorAll(`${selector} ${entry}`)).flatMap((el) => {
      const lines = headerLines(el);
      return lines.length > 0 ? lines : entryLines(el);
    });
  profile.education = entries('.education-container', 'li.entity-lockup');
  profile.licenses = entries('.certifications-container', 'li.sub-list-item');
  profile.skills = Array.from(main.querySelectorAll('.skills-container .skill-item'))
    .map((el) => textOf(el))
    .filter((line): line is string => line !== null);
  return profile;
}
