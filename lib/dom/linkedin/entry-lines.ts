import { findDateRanges } from '../../analysis/experience-dates';
import { visibleText } from '../visible-text';
import type { LinkedInProfile, ProfileRole } from './profile';

/** The visible lines of an element, leaving out parts matching `skip`; none for a missing element. */
export function linesOf(el: Element | null | undefined, skip?: string): string[] {
  if (!el) return [];
  return visibleText(el, Number.POSITIVE_INFINITY, skip)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** One line of text of an element (its lines joined), or null when it shows none. */
export function textOf(el: Element | null | undefined, skip?: string): string | null {
  const text = linesOf(el, skip).join(' ').trim();
  return text.length > 0 ? text : null;
}

/** LinkedIn's signed-out view writes hidden titles and dates as runs of asterisks. */
const MASK = /\*{3,}/;
const isMasked = (line: string) => MASK.test(line);

/** Controls and captions that sit among a section's text but say nothing about the candidate. */
const CHROME =
  /^(?:…\s*)?(?:see more|see less|show more|show less|more|less|…more|…see more|show all(?: \d+)? [\w ]+|show credential|see credential|endorse|\d+ endorsements?|\d+ experiences?)$/i;
export const isChrome = (line: string) => CHROME.test(line.replace(/\s*→$/, '').trim());

/** Parts LinkedIn adds to an employer line ("Evergreen Health Plan · Full-time · Hybrid"). */
const EMPLOYMENT_TYPE =
  /^(?:full[- ]time|part[- ]time|contract|temporary|internship|apprenticeship|self[- ]employed|freelance|seasonal|remote|hybrid|on[- ]site)$/i;
/** A duration, as LinkedIn writes it beside dates and on grouped company cards ("5 yrs 10 mos"). */
const DURATION = /^(?:\d+\s*(?:yrs?|years?|mos?|months?)\s*)+$/i;

const pieces = (line: string) =>
  line
    .split(/\s*\u00b7\s*/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);

/** The employer named on a line, without employment type or duration; null if the line names none. */
export function employerOf(line: string): string | null {
  return pieces(line).find((piece) => !EMPLOYMENT_TYPE.test(piece) && !DURATION.test(piece)) ?? null;
}

/** The date range a line holds ("Mar 2021 - Present · 5 yrs 10 mos" gives "Mar 2021 - Present"). */
export function datesOf(line: string): string | null {
  const range = findDateRanges(line)[0];
  return range ? line.slice(range.index, range.index + range.length) : null;
}

/**
 * A role from an entry's header lines (title first, then employer and dates, then place) and its
 * description. On a grouped company card the employer comes from the card, and the line under the title
 * is the employment type. 'masked' when LinkedIn hid the title or dates; null when the entry holds no
 * dated position.
 */
export function roleFromLines(
  header: readonly string[],
  description: readonly string[],
  groupEmployer: string | null = null,
): ProfileRole | 'masked' | null {
  const lines = header.filter((line) => !isChrome(line));
  const dateIndex = lines.findIndex((line) => datesOf(line) !== null);
  const title = lines[0];
  if (title === undefined) return null;
  if (isMasked(title) || (dateIndex === -1 && lines.some(isMasked))) return 'masked';
  if (dateIndex < 1) return null;
  const named = lines.slice(1, dateIndex).map(employerOf);
  const employer = groupEmployer ?? named.find((name) => name !== null) ?? null;
  return {
    title,
    employer,
    dates: datesOf(lines[dateIndex] as string) as string,
    description: description.filter((line) => !isChrome(line) && !isMasked(line)),
  };
}

/** Lines of an education or licence entry, without LinkedIn's controls. */
export function entryLines(el: Element, skip?: string): string[] {
  return linesOf(el, skip).filter((line) => !isChrome(line) && !isMasked(line));
}

/** "Show all 7 experiences": how many positions the profile has in all, when the page says. */
export function statedExperienceCount(el: Element | null): number | null {
  if (!el) return null;
  for (const link of Array.from(el.querySelectorAll('a, button'))) {
    const match = /show all (\d+) experiences?/i.exec(link.textContent ?? '');
    if (match) return Number(match[1]);
  }
  return null;
}

/** The outermost elements matching a selector: entries nested in another entry belong to it. */
export function outermost(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => {
    const outer = el.parentElement?.closest(selector);
    return !outer || outer === root || !root.contains(outer);
  });
}

/**
 * Fills a profile's roles from what its entries read, and says what is missing: entries LinkedIn masked
 * (which is the reason when none could be read), or no experience at all. Every design's reader ends here,
 * so the popup words the same gap the same way whatever the page looked like.
 */
export function setRoles(
  profile: LinkedInProfile,
  results: ReadonlyArray<ProfileRole | 'masked' | null>,
): ProfileRole[] {
  const roles = results.filter((r): r is ProfileRole => r !== null && r !== 'masked');
  profile.roles = roles;
  if (results.includes('masked')) profile.gaps.push({ kind: 'masked' });
  else if (roles.length === 0) profile.gaps.push({ kind: 'experience-missing' });
  return roles;
}

/**
 * Fills a profile's roles from its experience card's outermost entries, and notes what they leave out:
 * masked entries, no roles at all, or fewer roles than the card's "Show all N experiences" says. The
 * "all experiences" page lists every role, so it passes `whole` and is never partial.
 */
export function readExperience(
  profile: LinkedInProfile,
  experience: Element | null,
  entry: string,
  entryRoles: (entry: Element) => Array<ProfileRole | 'masked' | null>,
  whole = false,
): void {
  const roles = setRoles(profile, experience ? outermost(experience, entry).flatMap(entryRoles) : []);
  const total = whole ? null : statedExperienceCount(experience);
  if (total !== null && total > roles.length)
    profile.gaps.push({ kind: 'partial-experience', shown: roles.length, total });
}
