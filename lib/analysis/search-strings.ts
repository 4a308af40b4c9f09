import type { Level } from './schema';

interface SearchTitle {
  title: string;
  levels: readonly Exclude<Level, 'unknown'>[];
}

/** The seeds' typical title and its alternates, with the levels each usually hires at. */
export const SEARCH_TITLES: readonly SearchTitle[] = [
  { title: 'HMO Coordinator', levels: ['junior', 'mid'] },
  { title: 'Healthcare Coordinator', levels: ['junior', 'mid'] },
  { title: 'Managed Care Specialist', levels: ['mid', 'senior'] },
  { title: 'HMO Administrator', levels: ['senior'] },
  { title: 'Insurance Coordinator', levels: ['junior', 'mid'] },
  { title: 'Member Services Representative', levels: ['junior'] },
  { title: 'Benefits Coordinator', levels: ['mid'] },
  { title: 'Healthcare Insurance Specialist', levels: ['mid', 'senior'] },
];

/** The domain keywords every search pairs with the titles. */
export const DOMAIN_KEYWORDS = ['HMO', 'Health Maintenance Organization', 'managed care'] as const;

const STOP = new Set(['and', 'of', 'the', 'for', 'in', 'a']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/**
 * Titles ordered by fit: first to the suggested level, then by the words they share with the titles on
 * the page ("Member Services Representative" rises for a member services rep). Ties keep the seeds' order.
 */
export function rankSearchTitles(level: Level, pageTitles: readonly string[]): string[] {
  const pageWords = new Set(pageTitles.flatMap(words));
  return SEARCH_TITLES.map((entry, order) => {
    const levelFit = level !== 'unknown' && entry.levels.includes(level) ? 2 : 0;
    const overlap = words(entry.title).filter((w) => pageWords.has(w)).length;
    return { title: entry.title, score: levelFit + overlap, order };
  })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.title);
}

/** A search term: bare when it is one plain word, quoted otherwise. Quotes and brackets inside are dropped. */
export function quoteTerm(term: string): string {
  const clean = term.replace(/["()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length === 0) return '';
  return /^[\p{L}\p{N}]+$/u.test(clean) && !/^(?:AND|OR|NOT)$/i.test(clean) ? clean : `"${clean}"`;
}

/** `(a OR b OR c)`; a single term stays bare; an empty list gives an empty string. */
export function anyOf(terms: readonly string[]): string {
  const quoted = [...new Set(terms.map(quoteTerm).filter((t) => t.length > 0))];
  if (quoted.length === 0) return '';
  if (quoted.length === 1) return quoted[0] as string;
  return `(${quoted.join(' OR ')})`;
}

/** Groups joined with AND, empty ones left out. */
export function allOf(groups: readonly string[]): string {
  return groups.filter((g) => g.length > 0).join(' AND ');
}

/** LinkedIn Recruiter / job-board boolean string: the titles AND the domain keywords. */
export function booleanSearch(titles: readonly string[]): string {
  return allOf([anyOf(titles), anyOf(DOMAIN_KEYWORDS)]);
}

/** Google counts every word, including each word inside quotes and every OR, towards its 32-word limit. */
export function googleWordCount(query: string): number {
  return query
    .replace(/[()"]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0).length;
}

export const GOOGLE_WORD_LIMIT = 32;

/**
 * Google X-ray search of LinkedIn profiles. Google ANDs terms by itself; titles are dropped from the end
 * of the ranked list until the query fits the word limit.
 */
export function xraySearch(titles: readonly string[]): string {
  const keywords = anyOf(['HMO', 'managed care']);
  for (let n = titles.length; n >= 1; n--) {
    const query = ['site:linkedin.com/in', anyOf(titles.slice(0, n)), keywords].join(' ');
    if (googleWordCount(query) <= GOOGLE_WORD_LIMIT) return query;
  }
  return ['site:linkedin.com/in', keywords].join(' ');
}
