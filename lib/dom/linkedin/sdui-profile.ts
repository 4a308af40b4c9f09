import {
  entryLines,
  isChrome,
  linesOf,
  outermost,
  readExperience,
  roleFromLines,
  textOf,
} from './entry-lines';
import { emptyProfile, type LinkedInProfile, type ProfileRole } from './profile';
import { profileScope } from './scope';

const ENTRY = '[componentkey^="entity-collection-item"]';
/** Descriptions and other folded text sit in expandable boxes, apart from an entry's header lines. */
const DESCRIPTION = '[data-testid="expandable-text-box"]';
const FOLDED = '[data-testid="expandable-text-box"], [data-testid="expandable-text-button"]';

/** A card of the profile by the end of its component key, the one name that is not hashed. */
const card = (root: ParentNode, name: string) => root.querySelector(`section[componentkey$="${name}"]`);

/** The header lines of an entry: its own `<p>` lines, without nested entries or the description. */
function headerLines(entry: Element): string[] {
  return Array.from(entry.querySelectorAll('p'))
    .filter((line) => line.closest(ENTRY) === entry && !line.querySelector(DESCRIPTION))
    .map((line) => textOf(line, FOLDED))
    .filter((line): line is string => line !== null);
}

function descriptionLines(entry: Element): string[] {
  const box = Array.from(entry.querySelectorAll(DESCRIPTION)).find((el) => el.closest(ENTRY) === entry);
  return linesOf(box);
}

/** An entry: one position, or a company card whose nested entries are its roles. */
function entryRoles(entry: Element): Array<ProfileRole | 'masked' | null> {
  const nested = outermost(entry, ENTRY);
  if (nested.length === 0) return [roleFromLines(headerLines(entry), descriptionLines(entry))];
  const company = headerLines(entry)[0] ?? null;
  return nested.map((role) => roleFromLines(headerLines(role), descriptionLines(role), company));
}

/** Degree of connection ("· 2nd") and pronouns sit between the name and the headline. */
const NOT_HEADLINE = /^(?:·|\(?(?:she|he|they)\/)/i;

/**
 * The signed-in profile LinkedIn serves in 2026: hashed class names, cards named by their component key
 * (`…Topcard`, `…About`, `…ExperienceTopLevelSection`), the name in an `h2`, entries
 * `[componentkey^=entity-collection-item]` made of plain `<p>` lines. Cards below the fold may come late or
 * stay empty placeholders. Also reads the "all experiences" page, whose entries are the same.
 */
export function readSduiProfile(doc: Document, experienceDetails = false): LinkedInProfile {
  const top = card(doc, 'Topcard');
  const scope = profileScope(doc, 'sdui');
  const profile = emptyProfile('sdui', scope);
  if (!scope) return profile;
  if (top) {
    const nameEl = top.querySelector('h1, h2');
    profile.name = textOf(nameEl);
    const lines = Array.from(top.querySelectorAll('p'))
      .map((line) => textOf(line))
      .filter((line): line is string => line !== null && line !== profile.name);
    profile.headline = lines.find((line) => !NOT_HEADLINE.test(line)) ?? null;
  }
  profile.about = linesOf(card(scope, 'About')?.querySelector(DESCRIPTION));

  const experience = experienceDetails ? scope : card(scope, 'ExperienceTopLevelSection');
  readExperience(profile, experience, ENTRY, entryRoles, experienceDetails);

  const entries = (name: string) => {
    const section = card(scope, name);
    return section ? outermost(section, ENTRY).flatMap((entry) => entryLines(entry, FOLDED)) : [];
  };
  profile.education = entries('EducationTopLevelSection');
  profile.licenses = entries('LicensesAndCertificationsTopLevelSection');
  profile.skills = entries('Skills').filter((line) => !isChrome(line));
  return profile;
}
