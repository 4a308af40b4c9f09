/**
 * The written forms of terms, worked out once when a matcher is compiled: a pattern per form, the spellings
 * a form's first word may take on a page, and the prefilter regex that finds where a term can start.
 */
import type { Term } from '../glossary/schema';
import { formKey, inflections, isAcronym, TOKEN_SOURCE, tokenize } from './tokens';
import { afterPhraseGap } from './word-bounds';

export type MatcherTerm = Pick<Term, 'id' | 'term' | 'aliases' | 'notAfter' | 'notBefore'>;

/** One written form of a term, as its words are compared. */
export interface Pattern {
  termId: string;
  /** formKey of each word of the form. */
  keys: string[];
  /** Whether each key is an acronym, compared as written rather than in lower case. */
  acronym: boolean[];
  /** Whether the gap before word i (i >= 1) may hold a comma, as in "usual, customary and reasonable". */
  commaBefore: boolean[];
  notAfter: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
}

/**
 * The key a written form is matched by: its words as compared (acronyms as written, other words in lower
 * case), the last one singular. Two forms with the same signature match the same text.
 */
export function formSignature(form: string): string {
  const words = tokenize(form);
  const last = words.pop();
  if (last === undefined) return '';
  return [...words.map(formKey), formKey(inflections(last).at(-1) as string)].join(' ');
}

/** Pages repeat their words: inflections are worked out once per spelling (bounded, for endless pages). */
const inflectionCache = new Map<string, string[]>();
function cachedInflections(word: string): string[] {
  let list = inflectionCache.get(word);
  if (!list) {
    if (inflectionCache.size > 20_000) inflectionCache.clear();
    list = inflections(word);
    inflectionCache.set(word, list);
  }
  return list;
}

/** Whether a page's word is a form's last word: itself, plural, possessive (see `inflections`). */
export function matchesLast(word: string, key: string, acronym: boolean): boolean {
  const written = acronym ? word : word.toLowerCase();
  return written === key || cachedInflections(written).includes(key);
}

/** Whether a page's word is a form's inner word: as written, either apostrophe. */
export function matchesInner(word: string, key: string, acronym: boolean): boolean {
  const written = acronym ? word : word.toLowerCase();
  return written === key || (written.includes('\u2019') && written.replace(/\u2019/g, "'") === key);
}

/** A word as written, and as written with the other apostrophe. */
function bothApostrophes(word: string): string[] {
  return word.includes("'") ? [word, word.replace(/'/g, '\u2019')] : [word];
}

/** The forms a first word takes before any possessive: itself, and for a one-word term its plurals. */
function pluralsOf(key: string, inflected: boolean): string[] {
  if (!inflected) return [key];
  const plurals = [key, `${key}s`, `${key}es`];
  if (key.endsWith('y')) plurals.push(`${key.slice(0, -1)}ies`);
  return plurals;
}

/**
 * The lower-case words `inflections` takes back to `key`: plurals, possessives and both apostrophes. A
 * superset is harmless (the candidates are checked), a missing spelling is a missed match.
 */
function spellingsOf(key: string, inflected: boolean): string[] {
  const suffixes = inflected ? ['', "'s", "'"] : [''];
  return pluralsOf(key, inflected).flatMap((base) =>
    suffixes.flatMap((suffix) => bothApostrophes(base + suffix)),
  );
}

/**
 * The words the prefilter looks for to find `key`. Possessives need none of their own: the regex stops
 * before the apostrophe, which is no ASCII word character, and the word is then read to its end here.
 */
function prefilterWords(key: string, inflected: boolean): string[] {
  return pluralsOf(key, inflected).flatMap(bothApostrophes);
}

/**
 * How the second word of each phrase begins: up to three letters every accepted spelling of it starts
 * with ("policy" -> "pol", as in "policies"), or null when one does not start with plain ASCII.
 */
function secondWordStarts(patterns: readonly Pattern[]): string[] | null {
  const starts = new Set<string>();
  for (const pattern of patterns) {
    const second = pattern.keys[1];
    if (second === undefined) return null;
    const start = second.toLowerCase().slice(0, 3).replace(/y$/, '');
    if (!/^(?:[a-z0-9_]+|&)$/.test(start)) return null;
    starts.add(start);
  }
  return [...starts];
}

/** Whether a word that only starts phrases, ending at `end`, is followed by one that may continue one. */
export function nextWordMayStart(text: string, end: number, starts: readonly string[]): boolean {
  const at = afterPhraseGap(text, end);
  if (at < 0) return false;
  return starts.some((start) => {
    for (let j = 0; j < start.length; j++) {
      const c = text.charCodeAt(at + j);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== start.charCodeAt(j)) return false;
    }
    return true;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex of every word a term can start with, matched as a whole ASCII word. `\b` is the fast way to
 * say so (the engine checks it without looking behind), but it only means that for words that begin and
 * end with an ASCII word character; the rest ("ärzte", "&") look around instead.
 */
function prefilterOf(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const longestFirst = (list: string[]) =>
    list
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const isPlain = (w: string) => /^[A-Za-z0-9_](?:.*[A-Za-z0-9_])?$/s.test(w);
  const plain = words.filter(isPlain);
  const other = words.filter((w) => !isPlain(w));
  const sources: string[] = [];
  if (plain.length > 0) sources.push(`\\b(?:${longestFirst(plain)})\\b`);
  if (other.length > 0) sources.push(`(?<![A-Za-z0-9_])(?:${longestFirst(other)})(?![A-Za-z0-9_])`);
  return new RegExp(sources.join('|'), 'gi');
}

/** The pattern of one written form of a term, or null for a form with no words. */
function patternOf(
  form: string,
  termId: string,
  notAfter: ReadonlySet<string>,
  notBefore: ReadonlySet<string>,
) {
  const words = tokenize(form);
  if (words.length === 0) return null;
  const commaBefore = [false];
  const re = new RegExp(TOKEN_SOURCE, 'gu');
  let prevEnd = 0;
  let i = 0;
  for (let m = re.exec(form); m; m = re.exec(form), i++) {
    if (i > 0) commaBefore.push(form.slice(prevEnd, m.index).includes(','));
    prevEnd = m.index + m[0].length;
  }
  const keys = words.map(formKey);
  return { termId, keys, acronym: keys.map(isAcronym), commaBefore, notAfter, notBefore };
}

export interface Spellings {
  /** Patterns for every written form of every term, by the key of their first word. */
  index: ReadonlyMap<string, readonly Pattern[]>;
  /**
   * Every lower-case spelling a first word can take, so that the vast majority of words, which start no
   * term, cost one toLowerCase and one Set lookup.
   */
  maybeFirst: ReadonlySet<string>;
  /** Words that only start phrases, and how their next word must begin: checked before any candidate. */
  phraseStarts: ReadonlyMap<string, readonly string[]>;
  /**
   * Where a term can start: one regex of every spelling in `maybeFirst`, run by the engine's own compiled
   * code, so the text between candidates is skipped without a JavaScript loop over its characters.
   */
  prefilter: RegExp | null;
}

export function spellingsOfTerms(terms: readonly MatcherTerm[]): Spellings {
  const index = new Map<string, Pattern[]>();
  for (const term of terms) {
    const notAfter = new Set(term.notAfter);
    const notBefore = new Set(term.notBefore);
    for (const form of [term.term, ...term.aliases]) {
      const pattern = patternOf(form, term.id, notAfter, notBefore);
      if (!pattern) continue;
      const first = pattern.keys[0] as string;
      const list = index.get(first);
      if (list) list.push(pattern);
      else index.set(first, [pattern]);
    }
  }

  // Patterns by the lower case of their first word (an acronym and a word can share it).
  const byFirst = new Map<string, Pattern[]>();
  for (const [key, patterns] of index) {
    const k = key.toLowerCase();
    byFirst.set(k, [...(byFirst.get(k) ?? []), ...patterns]);
  }

  // Only a one-word form is ever matched inflected ("HMOs"): a word that only starts phrases is matched as
  // written.
  const maybeFirst = new Set<string>();
  const phraseStarts = new Map<string, string[]>();
  const prefilterList: string[] = [];
  for (const [k, patterns] of byFirst) {
    const inflected = patterns.some((p) => p.keys.length === 1);
    for (const spelling of spellingsOf(k, inflected)) maybeFirst.add(spelling);
    prefilterList.push(...prefilterWords(k, inflected));
    const starts = secondWordStarts(patterns);
    if (starts) for (const spelling of spellingsOf(k, false)) phraseStarts.set(spelling, starts);
  }
  // "claims" starts phrases ("claims examiner") but is also the plural of the term "claim".
  for (const [k, patterns] of byFirst) {
    if (!patterns.some((p) => p.keys.length === 1)) continue;
    for (const spelling of spellingsOf(k, true)) phraseStarts.delete(spelling);
  }
  return { index, maybeFirst, phraseStarts, prefilter: prefilterOf([...new Set(prefilterList)]) };
}
