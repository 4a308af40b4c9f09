import type { PlanContext, SearchTermGroup } from './schema';

/** What a search string is built from; the popup rebuilds it when the recruiter drops a chip. */
export interface SearchParts {
  titles: readonly string[];
  /** The specialty's ideas, each with its written forms. */
  keywords: readonly SearchTermGroup[];
  /** The candidate's lines of business; none means managed care in general. */
  contexts: readonly Pick<PlanContext, 'label' | 'forms'>[];
}

/** Managed care in general: the context of a candidate whose lines of business are not named. */
const GENERAL_CONTEXT_FORMS = ['HMO', 'Health Maintenance Organization', 'managed care'] as const;

/** A phrase longer than this is not a search term (and would eat Google's word budget). */
const MAX_TERM_WORDS = 7;
const MAX_TERM_CHARS = 80;

/**
 * A search term: bare when it is one plain word, in straight double quotes otherwise. Quotes and
 * brackets inside are dropped (curly quotes pasted into LinkedIn Recruiter break its parser), curly
 * apostrophes straightened, and overlong phrases cut to their first words.
 */
export function quoteTerm(term: string): string {
  const words = term
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/["\u201c\u201d\u201e\u00ab\u00bb()[\]{}\\]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERM_WORDS);
  let clean = words.join(' ');
  if (clean.length > MAX_TERM_CHARS) clean = clean.slice(0, MAX_TERM_CHARS).replace(/\s+\S*$/, '');
  if (!/[\p{L}\p{N}]/u.test(clean)) return '';
  return /^[\p{L}\p{N}]+$/u.test(clean) && !/^(?:AND|OR|NOT)$/i.test(clean) ? clean : `"${clean}"`;
}

/** `(a OR b OR c)`; a single term stays bare; an empty list gives an empty string. */
export function anyOf(terms: readonly string[]): string {
  const quoted = [...new Set(terms.map(quoteTerm).filter((t) => t.length > 0))];
  if (quoted.length === 0) return '';
  if (quoted.length === 1) return quoted[0] as string;
  return `(${quoted.join(' OR ')})`;
}

/** Any of several ideas, each written its ways: `(CPT OR ("coordination of benefits" OR COB))`. */
export function anyOfGroups(groups: readonly (readonly string[])[]): string {
  const used = new Set<string>();
  const parts: string[] = [];
  for (const forms of groups) {
    // A form already searched for in an earlier idea is not repeated.
    const fresh = forms.filter((form) => {
      const quoted = quoteTerm(form);
      if (quoted === '' || used.has(quoted)) return false;
      used.add(quoted);
      return true;
    });
    const group = anyOf(fresh);
    if (group) parts.push(group);
  }
  if (parts.length <= 1) return parts[0] ?? '';
  return `(${parts.join(' OR ')})`;
}

/** Groups joined with AND, empty ones left out. */
export function allOf(groups: readonly string[]): string {
  return groups.filter((g) => g.length > 0).join(' AND ');
}

const contextForms = (parts: SearchParts) =>
  parts.contexts.length > 0 ? parts.contexts.flatMap((c) => c.forms) : [...GENERAL_CONTEXT_FORMS];

function groupsOf(parts: SearchParts): string[] {
  return [anyOf(parts.titles), anyOfGroups(parts.keywords.map((k) => k.forms)), anyOf(contextForms(parts))];
}

const searchable = (forms: readonly string[]) => [
  ...new Map(forms.map((f) => [quoteTerm(f), f] as const).filter(([q]) => q.length > 0)).values(),
];

/** The parts without terms that quote to nothing or repeat another, so shrinking drops real terms only. */
function usable(parts: SearchParts): SearchParts {
  const groups = <T extends { forms: readonly string[] }>(list: readonly T[]) =>
    list.map((g) => ({ ...g, forms: searchable(g.forms) })).filter((g) => g.forms.length > 0);
  return {
    titles: searchable(parts.titles),
    keywords: groups(parts.keywords),
    contexts: groups(parts.contexts),
  };
}

/**
 * Smaller and smaller versions of the parts, dropping what says least first: extra keywords, titles
 * from the end of the ranking, extra lines of business, then the spelled-out forms. The last one has a
 * title, a keyword and a context of one form each.
 */
function* shrinking(parts: SearchParts): Generator<SearchParts> {
  let p = usable(parts);
  yield p;
  const steps: Array<() => SearchParts | null> = [
    () => (p.keywords.length > 2 ? { ...p, keywords: p.keywords.slice(0, -1) } : null),
    () => (p.titles.length > 3 ? { ...p, titles: p.titles.slice(0, -1) } : null),
    () => (p.contexts.length > 1 ? { ...p, contexts: p.contexts.slice(0, -1) } : null),
    () => (p.keywords.length > 1 ? { ...p, keywords: p.keywords.slice(0, -1) } : null),
    () => (p.titles.length > 1 ? { ...p, titles: p.titles.slice(0, -1) } : null),
    () =>
      p.keywords.some((k) => k.forms.length > 1)
        ? { ...p, keywords: p.keywords.map((k) => ({ ...k, forms: k.forms.slice(0, 1) })) }
        : null,
    () => {
      const forms = contextForms(p);
      return forms.length > 1 ? { ...p, contexts: [{ label: 'context', forms: forms.slice(0, 1) }] } : null;
    },
  ];
  for (;;) {
    const next = steps.map((step) => step()).find((s) => s !== null);
    if (!next) return;
    p = next;
    yield p;
  }
}

/**
 * LinkedIn publishes no length limit for Recruiter's keyword box; long strings are where sourcers report
 * it misreading queries, so a string is kept to a length every search box takes and a person can check.
 */
export const LINKEDIN_CHAR_LIMIT = 1000;

/** LinkedIn Recruiter / job-board boolean string: the titles AND the specialty's keywords AND the context. */
export function booleanSearch(parts: SearchParts): string {
  let last = '';
  for (const p of shrinking(parts)) {
    last = allOf(groupsOf(p));
    if (last.length <= LINKEDIN_CHAR_LIMIT) return last;
  }
  return last;
}

/** Google counts every word, including each word inside quotes, every OR and the `site:` operator. */
export function googleWordCount(query: string): number {
  return query
    .replace(/[()"]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0).length;
}

export const GOOGLE_WORD_LIMIT = 32;

/**
 * Google X-ray search of LinkedIn profiles. Google ANDs terms by itself; the parts shrink until the
 * query, `site:` included, is within Google's word limit.
 */
export function xraySearch(parts: SearchParts): string {
  let last = '';
  for (const p of shrinking(parts)) {
    last = ['site:linkedin.com/in', ...groupsOf(p)].filter((g) => g.length > 0).join(' ');
    if (googleWordCount(last) <= GOOGLE_WORD_LIMIT) return last;
  }
  return last;
}
