import { isChrome, linesOf, outermost, readExperience, roleFromLines, textOf } from './entry-lines';
import { emptyProfile, type LinkedInProfile, type ProfileRole } from './profile';
import { profileScope } from './scope';

const ENTITY = '[data-view-name="profile-component-entity"]';
const SUB_COMPONENTS = '.pvs-entity__sub-components';
const ENTRY = 'li.artdeco-list__item, li.pvs-list__paged-list-item';

/** A card of the profile, found by the anchor LinkedIn has kept on it for years. */
function card(main: Element, anchor: string): Element | null {
  return main.querySelector(`#${anchor}`)?.closest('section') ?? null;
}

/** Header parts: title (bold), employer, dates and place (small text), set side by side inline. */
const HEADER_PART = '.t-bold, span.t-14, .t-normal';
const FOLDED = '.inline-show-more-text, [class*="inline-show-more-text"]';

/** The entity a part belongs to: the nearest one (older pages have no entities, only list entries). */
const ownerOf = (el: Element) => el.closest(ENTITY) ?? el.closest(ENTRY);

/** Whether a part of an entity lies in its nested parts (roles, description, media) rather than its header. */
function inSubComponents(entity: Element, part: Element): boolean {
  const sub = part.closest(SUB_COMPONENTS);
  return sub !== null && entity.contains(sub);
}

/**
 * The lines of an entity's own header, one per part (title, employer, dates, place); parts of nested
 * entities and the description are left out.
 */
function headerLines(entity: Element): string[] {
  return Array.from(entity.querySelectorAll(HEADER_PART))
    .filter(
      (part) =>
        ownerOf(part) === entity &&
        !inSubComponents(entity, part) &&
        !part.closest(FOLDED) &&
        !part.parentElement?.closest(HEADER_PART),
    )
    .map((part) => textOf(part))
    .filter((line): line is string => line !== null && !isChrome(line));
}

/** What an entity says below its header: the description, media titles and the skills it used. */
function descriptionLines(entity: Element): string[] {
  const sub = Array.from(entity.querySelectorAll(SUB_COMPONENTS)).find((el) => ownerOf(el) === entity);
  if (sub) return linesOf(sub, ENTITY);
  return Array.from(entity.querySelectorAll(FOLDED))
    .filter((el) => ownerOf(el) === entity && !el.parentElement?.closest(FOLDED))
    .flatMap((el) => linesOf(el));
}

/**
 * One entry of the experience card: a position, or a company card grouping several (its header holds the
 * company and the total time; each nested entity is a role with its own title and dates).
 */
function entryRoles(entry: Element): Array<ProfileRole | 'masked' | null> {
  const entity = entry.querySelector(ENTITY) ?? entry;
  const nested = Array.from(entity.querySelectorAll(`${SUB_COMPONENTS} ${ENTITY}`));
  if (nested.length === 0) return [roleFromLines(headerLines(entity), descriptionLines(entity))];
  const company = headerLines(entity)[0] ?? null;
  return nested.map((role) => roleFromLines(headerLines(role), descriptionLines(role), company));
}

/** The lines of each entry of a card (education, licences, skills), one entry after another. */
function cardEntries(section: Element | null): string[] {
  if (!section) return [];
  return outermost(section, ENTRY).flatMap((entry) => {
    const entity = entry.querySelector(ENTITY);
    return entity ? headerLines(entity) : [];
  });
}

/**
 * The signed-in profile of 2022–2025: cards found by `#about`, `#experience` and the other anchors, every
 * text written twice (a visible copy in `aria-hidden` spans, a `visually-hidden` one for screen readers),
 * class names hashed. The name is the `h1` of `<main>`: the viewer's own name sits in the nav bar, and
 * other people in the aside, both outside it. Also reads the "all experiences" page.
 */
export function readClassicProfile(doc: Document, experienceDetails = false): LinkedInProfile {
  const main = profileScope(doc, 'classic');
  const profile = emptyProfile('classic', main);
  if (!main) return profile;
  const name = main.querySelector('h1');
  profile.name = textOf(name);
  profile.headline = textOf(name?.closest('section')?.querySelector('.text-body-medium'));
  profile.about = linesOf(
    card(main, 'about')?.querySelector('.inline-show-more-text, [class*="inline-show-more-text"]'),
  );

  const experience = experienceDetails ? main : card(main, 'experience');
  readExperience(profile, experience, ENTRY, entryRoles, experienceDetails);

  profile.education = cardEntries(card(main, 'education'));
  profile.licenses = cardEntries(card(main, 'licenses_and_certifications'));
  profile.skills = cardEntries(card(main, 'skills')).filter((line) => !isChrome(line));
  return profile;
}
