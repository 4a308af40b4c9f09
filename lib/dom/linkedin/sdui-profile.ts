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
/** The experience card as scrapers of the live page also find it, by a test id that ends in the member's slug. */
const EXPERIENCE_TEST_ID = '[data-testid^="profile_ExperienceTopLevelSection_"]';
/** The link around the candidate's name that opens their verifications. */
const NAME_LINK = '[componentkey^="ProfileVerificationTriggerRef"]';

/**
 * A card of the profile by the end of its component key, the one name that is not hashed. Saved pages put
 * it on a `div` (whose `id` repeats it) around a `section` keyed by a random id; the first match is that
 * outer element, which holds the whole card.
 */
const card = (root: ParentNode, name: string) => root.querySelector(`[componentkey$="${name}"]`);

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

/** Degree of connection ("· 2nd") sits between the name and the headline. */
const DEGREE = /^·/;
/**
 * So do pronouns, LinkedIn's own ("She/Her") or written by the member ("Ze/Zir"): pronouns and slashes only,
 * so a headline such as "RN/BSN" stays a headline.
 */
const PRONOUN = '(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|zirs|xe|xem|xyr|it|its|any|all)';
const PRONOUNS = new RegExp(`^\\(?${PRONOUN}(?:\\s*\\/\\s*${PRONOUN}){1,2}\\)?$`, 'i');

/**
 * The name and headline of the top card. The name is the heading in the verification link (or the card's
 * first heading); the headline is the first line after it that is neither the degree nor pronouns. The
 * lines below the headline ("Company · School", the place, connections) are never taken for it, as they
 * come later.
 */
function readTopCard(top: Element, profile: LinkedInProfile): void {
  const nameEl =
    top.querySelector(`${NAME_LINK} h1, ${NAME_LINK} h2`) ?? top.querySelector('h1, h2') ?? undefined;
  profile.name = textOf(nameEl);
  const after = (el: Element) => !nameEl || (nameEl.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0;
  profile.headline =
    Array.from(top.querySelectorAll('p'))
      .filter(after)
      .map((line) => textOf(line))
      .find(
        (line): line is string =>
          line !== null && line !== profile.name && !DEGREE.test(line) && !PRONOUNS.test(line),
      ) ?? null;
}

/** The About text: in its expandable box when there is one, else the card's paragraphs without controls. */
function aboutLines(scope: Element): string[] {
  const about = card(scope, 'About');
  if (!about) return [];
  const box = about.querySelector(DESCRIPTION);
  if (box) return linesOf(box);
  return Array.from(about.querySelectorAll('p')).flatMap((line) => linesOf(line, 'button'));
}

/**
 * The signed-in profile LinkedIn serves in 2026: hashed class names, cards named by their component key
 * (`…Topcard`, `…About`, `…ExperienceTopLevelSection`), the name in an `h2`, entries
 * `[componentkey^=entity-collection-item]` made of plain `<p>` lines. Cards below the fold come late: until
 * then skeletons (`profileCardsExperienceOnly…`) or empty placeholders stand in their place, and the
 * experience reads as missing. Also reads the "all experiences" page, whose entries are the same.
 */
export function readSduiProfile(doc: Document, experienceDetails = false): LinkedInProfile {
  const top = card(doc, 'Topcard');
  const scope = profileScope(doc, 'sdui');
  const profile = emptyProfile('sdui', scope);
  if (!scope) return profile;
  if (top) readTopCard(top, profile);
  profile.about = aboutLines(scope);

  const experience = experienceDetails
    ? scope
    : (card(scope, 'ExperienceTopLevelSection') ?? scope.querySelector(EXPERIENCE_TEST_ID));
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
