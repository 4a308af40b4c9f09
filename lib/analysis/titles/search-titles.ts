import type { KnownLevel, Level, SpecialtyId } from '../schema';
import { TITLES_BY_SPECIALTY } from './by-specialty';
import { cleanTitle } from './clean-title';
import { SEED_TITLES } from './seed-titles';

/** Enough titles to widen a search, few enough to read and to keep the string short. */
export const MAX_SEARCH_TITLES = 8;
/** Titles taken from a second specialty, after the first one's. */
const SECOND_SPECIALTY_TITLES = 2;

export interface SearchTitleInput {
  level: Level;
  /** Strongest first; empty when the page shows no line of health-plan work. */
  specialties: readonly SpecialtyId[];
  /** The candidate's health-plan titles, latest first, as written. */
  ownTitles: readonly string[];
}

/** When years give no level, the latest title's rank words are the best guess for which titles fit. */
export function levelFromTitle(title: string | undefined): KnownLevel {
  if (!title) return 'mid';
  if (/\b(?:director|vp|vice president|head|chief|officer|manager|administrator)\b/i.test(title))
    return 'senior';
  if (/\b(?:representative|rep|associate|assistant|clerk|processor|trainee|agent)\b/i.test(title))
    return 'junior';
  return 'mid';
}

const key = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The titles to search for more people like this candidate: their own latest health-plan title cleaned
 * of grade and seniority words, then the titles plans use for the same work at the same level, then the
 * seed's titles where they suit the specialty and level. Without a specialty, the seed's titles for the
 * level (all of them when the level is unknown).
 */
export function searchTitles({ level, specialties, ownTitles }: SearchTitleInput): string[] {
  const titles: string[] = [];
  const seen = new Set<string>();
  const add = (title: string | null | undefined) => {
    if (!title || seen.has(key(title)) || titles.length >= MAX_SEARCH_TITLES) return;
    seen.add(key(title));
    titles.push(title);
  };
  const own = ownTitles.map(cleanTitle).find((t) => t !== null);
  add(own);
  if (specialties.length === 0) {
    for (const seed of SEED_TITLES) if (level === 'unknown' || seed.levels.includes(level)) add(seed.title);
    return titles;
  }
  const at = level === 'unknown' ? levelFromTitle(own ?? undefined) : level;
  const [first, second] = specialties;
  const fits = (levels: readonly KnownLevel[]) => levels.includes(at);
  // The vocabulary lists each specialty's closest titles first.
  const sameWork = (id: SpecialtyId) => TITLES_BY_SPECIALTY[id].filter((t) => fits(t.levels));
  const firstTitles = first ? sameWork(first) : [];
  const secondTitles = second ? sameWork(second).slice(0, SECOND_SPECIALTY_TITLES) : [];
  const seeds = SEED_TITLES.filter(
    (s) => fits(s.levels) && s.specialties.some((id) => specialties.includes(id)),
  );
  const room = MAX_SEARCH_TITLES - titles.length - secondTitles.length - Math.min(seeds.length, 1);
  for (const t of firstTitles.slice(0, room)) add(t.title);
  for (const t of secondTitles) add(t.title);
  for (const t of seeds) add(t.title);
  for (const t of firstTitles) add(t.title);
  return titles;
}

/** The levels a vocabulary or seed title is hired at; undefined for a title of the candidate's own. */
export function levelsOfTitle(title: string): readonly KnownLevel[] | undefined {
  const wanted = key(title);
  for (const entries of Object.values(TITLES_BY_SPECIALTY)) {
    const found = entries.find((t) => key(t.title) === wanted);
    if (found) return found.levels;
  }
  return SEED_TITLES.find((t) => key(t.title) === wanted)?.levels;
}
