import type { Term } from '../glossary/schema';
import { formKey, inflections, isAcronym, TOKEN_SOURCE, tokenize } from './tokens';

/** One occurrence of a glossary term in a text: `text.slice(start, end)` is what the page shows. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

interface Pattern {
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

export interface Matcher {
  /**
   * Every non-overlapping occurrence, left to right, the longest form winning at each position. With
   * `from`/`to`, only matches starting in that slice are returned (the slice should start at a word
   * boundary), so a huge text can be matched a window at a time.
   */
  findAll(text: string, from?: number, to?: number): readonly TermMatch[];
}

type MatcherTerm = Pick<Term, 'id' | 'term' | 'aliases' | 'notAfter' | 'notBefore'>;

/** Whitespace (a line break or two, as in PDF text) and at most one hyphen or dash between two words. */
const GAP =
  /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){0,2}(?:[-\u2010\u2011\u2013][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?)?$/;
const GAP_WITH_COMMA = /^,?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const PLAIN_GAP = /^[\s-]+$/;

function gapAllowed(gap: string, comma: boolean): boolean {
  if (gap === ' ') return true;
  if (gap.length === 0) return false;
  return GAP.test(gap) || (comma && GAP_WITH_COMMA.test(gap));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ASCII letters, digits and "_": the word characters of nearly all resume text. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
const UNICODE_WORD = /^[\p{L}\p{N}_]$/u;
const unicodeWordCache = new Map<number, boolean>();

/**
 * How many UTF-16 units the word character at `i` takes (2 for one outside the BMP), or 0 when the
 * character there is no word character: the same characters TOKEN_SOURCE's `[\p{L}\p{N}_]` accepts.
 */
function wordCharWidth(text: string, i: number, c: number): number {
  if (c < 128) return ASCII_WORD[c] as number;
  const wide = c >= 0xd800 && c <= 0xdbff;
  const point = wide ? (text.codePointAt(i) as number) : c;
  let word = unicodeWordCache.get(point);
  if (word === undefined) {
    word = UNICODE_WORD.test(String.fromCodePoint(point));
    unicodeWordCache.set(point, word);
  }
  return word ? (point > 0xffff ? 2 : 1) : 0;
}

/** Whether the character before `at` cannot continue a word backwards (ASCII, no apostrophe or "&"). */
function plainBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c < 128 && c !== 39 && c !== 38;
}

/** Whether the character at `at` cannot continue a word that ends there (ASCII, no apostrophe). */
function plainAfter(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c < 128 && c !== 39;
}

/**
 * The start of the word (see TOKEN_SOURCE) that ends at or runs through `end`: back over word characters
 * and inner apostrophes.
 */
function wordStartBefore(text: string, end: number): number {
  if (text.charCodeAt(end - 1) === 38) return end - 1;
  let i = end;
  for (;;) {
    const width = wordWidthBefore(text, i);
    if (width > 0) {
      i -= width;
      continue;
    }
    const c = text.charCodeAt(i - 1);
    if ((c === 39 || c === 0x2019) && i < end && wordWidthBefore(text, i - 1) > 0) {
      i--;
      continue;
    }
    return i;
  }
}

/** Where the next word (or "&") starts at or after `from`, or -1. */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 38 || wordCharWidth(text, i, c) > 0) return i;
  }
  return -1;
}

/** The end of the word that starts at `start` (see TOKEN_SOURCE): inner apostrophes stay in it. */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  if (text.charCodeAt(i) === 38) return i + 1;
  while (i < length) {
    const width = wordCharWidth(text, i, text.charCodeAt(i));
    if (width > 0) {
      i += width;
      continue;
    }
    const c = text.charCodeAt(i);
    if (
      (c === 39 || c === 0x2019) &&
      i + 1 < length &&
      wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0
    ) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

/** The width (1, or 2 for a surrogate pair) of the word character ending just before `at`, or 0. */
function wordWidthBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const pair = wordCharWidth(text, at - 2, text.charCodeAt(at - 2));
    if (pair === 2) return 2;
  }
  return wordCharWidth(text, at - 1, c) > 0 ? 1 : 0;
}

/**
 * The word before `start`, for `notAfter` (a phrase when it is the match just made, as "Medicare Advantage"
 * is one word to what follows it). Read backwards from `start`, a character at a time.
 */
function wordBefore(
  text: string,
  start: number,
  lastMatchStart: number,
  lastMatchEnd: number,
): { start: number; end: number } | null {
  let i = start;
  const limit = Math.max(0, start - 80);
  while (i > limit && wordWidthBefore(text, i) === 0) i--;
  if (wordWidthBefore(text, i) === 0) return null;
  const end = i;
  if (end === lastMatchEnd) return { start: lastMatchStart, end };
  return { start: wordStartBefore(text, end), end };
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

/** Words a form's last word may appear as: itself, plural, possessive (see `inflections`). */
function matchesLast(word: string, key: string, acronym: boolean): boolean {
  const written = acronym ? word : word.toLowerCase();
  return written === key || cachedInflections(written).includes(key);
}

function matchesInner(word: string, key: string, acronym: boolean): boolean {
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

/** The characters a gap between two words of a phrase may hold (see GAP and GAP_WITH_COMMA). */
const GAP_RUN = /[\s,\-\u2010\u2011\u2013]+/y;

/** Whether a word that only starts phrases is followed by one that may continue one of them. */
function nextWordMayStart(text: string, end: number, starts: readonly string[]): boolean {
  let at = end + 1;
  // Nearly always one space: the regex is for the other gaps.
  if (text.charCodeAt(end) !== 32 || ASCII_WORD[text.charCodeAt(at)] !== 1) {
    GAP_RUN.lastIndex = end;
    if (!GAP_RUN.test(text)) return false;
    at = GAP_RUN.lastIndex;
  }
  return starts.some((start) => {
    for (let j = 0; j < start.length; j++) {
      const c = text.charCodeAt(at + j);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== start.charCodeAt(j)) return false;
    }
    return true;
  });
}

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

/** Not frozen, so that it has the same shape as every other list of matches the scanner reads. */
const NO_MATCHES: readonly TermMatch[] = [];

/** Patterns for every written form of every term, indexed by the key of their first word. */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const index = new Map<string, Pattern[]>();
  for (const term of terms) {
    const notAfter = new Set(term.notAfter);
    const notBefore = new Set(term.notBefore);
    for (const form of [term.term, ...term.aliases]) {
      const words = tokenize(form);
      if (words.length === 0) continue;
      const commaBefore = [false];
      const re = new RegExp(TOKEN_SOURCE, 'gu');
      let prevEnd = 0;
      let i = 0;
      for (let m = re.exec(form); m; m = re.exec(form), i++) {
        if (i > 0) commaBefore.push(form.slice(prevEnd, m.index).includes(','));
        prevEnd = m.index + m[0].length;
      }
      const keys = words.map(formKey);
      const pattern: Pattern = {
        termId: term.id,
        keys,
        acronym: keys.map(isAcronym),
        commaBefore,
        notAfter,
        notBefore,
      };
      const first = keys[0] as string;
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

  // Every lower-case spelling a first word can take, so that the vast majority of words, which start no
  // term, cost one toLowerCase and one Set lookup. Only a one-word form is ever matched inflected
  // ("HMOs"): a word that only starts phrases is matched as written.
  const maybeFirst = new Set<string>();
  /** Words that only start phrases, and how their next word must begin: checked before any candidate. */
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

  type Candidate = { pattern: Pattern; inflected: boolean };
  /** What the matcher knows of a word as written, worked out once per spelling: pages repeat their words. */
  interface Spelling {
    /** The patterns the word can start (none for most words). */
    list: Candidate[];
    /** How many following words they can need to look at. */
    lookahead: number;
    /** For a word that only starts phrases: how the next word must begin. */
    phraseStarts: readonly string[] | undefined;
    /** The term the word is on its own whatever its neighbours, or null when they decide. */
    alone: string | null;
  }
  const NOTHING: Spelling = { list: [], lookahead: 0, phraseStarts: undefined, alone: null };
  const spellings = new Map<string, Spelling>();

  function spellingOf(word: string): Spelling {
    let known = spellings.get(word);
    if (known) return known;
    if (spellings.size > 20_000) spellings.clear();
    const lower = word.toLowerCase();
    if (!maybeFirst.has(lower)) known = NOTHING;
    else {
      const list = findCandidates(word, lower);
      const lookahead = list.reduce(
        (most, { pattern }) => Math.max(most, pattern.keys.length - 1 + (pattern.notBefore.size > 0 ? 1 : 0)),
        0,
      );
      // With no word to look ahead to and no word before that could veto it, the first one-word pattern
      // is the match wherever the word stands.
      const alone =
        list.length > 0 && lookahead === 0 && list.every(({ pattern }) => pattern.notAfter.size === 0)
          ? (list[0] as Candidate).pattern.termId
          : null;
      known = { list, lookahead, phraseStarts: phraseStarts.get(lower), alone };
    }
    spellings.set(word, known);
    return known;
  }

  function findCandidates(word: string, lower: string): Candidate[] {
    const found: Candidate[] = [];
    const seen = new Set<string>();
    const visit = (keys: string[], acronymOnly: boolean) => {
      keys.forEach((key, i) => {
        if (seen.has(key)) return;
        seen.add(key);
        for (const pattern of index.get(key) ?? []) {
          if (acronymOnly !== (pattern.acronym[0] as boolean)) continue;
          found.push({ pattern, inflected: i > 0 });
        }
      });
    };
    // Acronym keys only ever match a word written in capitals; other keys match its lower case.
    if (word !== lower) visit(inflections(word), true);
    visit(inflections(lower), false);
    return found;
  }

  // Where a term can start: one regex of every spelling in `maybeFirst`, run by the engine's own compiled
  // code, so the text between candidates is skipped without a JavaScript loop over its characters. Each
  // hit is then checked here: it must be a whole word, and a spelling the matcher knows.
  const prefilter = prefilterOf([...new Set(prefilterList)]);

  // Words after the current one, read only when a candidate needs them.
  const nextWords: string[] = [];
  const nextStarts: number[] = [];

  function findAll(text: string, from = 0, to = text.length): readonly TermMatch[] {
    // Most texts a page is made of hold no term: they all get the one empty list.
    let matches: TermMatch[] = NO_MATCHES as TermMatch[];
    if (!prefilter) return matches;
    let lastMatchStart = -1;
    let lastMatchEnd = -1;
    prefilter.lastIndex = from;
    // `test` rather than `exec`: no result array for each of the many hits. The word the hit ends in is
    // read here, back to its start and on to its end, so "éHMO", "x'HMO" and "HMO'x" are whole other words.
    while (prefilter.test(text)) {
      const hitEnd = prefilter.lastIndex;
      // Nearly every hit is a plain ASCII word: its bounds are found here without the general readers.
      let start = hitEnd;
      while (start > 0 && ASCII_WORD[text.charCodeAt(start - 1)] === 1) start--;
      if (start === hitEnd || !plainBefore(text, start)) start = wordStartBefore(text, hitEnd);
      if (start >= to) break;
      const end = plainAfter(text, hitEnd) ? hitEnd : wordEnd(text, start);
      const word = text.slice(start, end);
      const { list, lookahead, phraseStarts: starts, alone } = spellingOf(word);
      if (list.length === 0 || (starts && !nextWordMayStart(text, end, starts))) {
        prefilter.lastIndex = end;
        continue;
      }
      if (alone !== null) {
        if (matches === NO_MATCHES) matches = [];
        matches.push({ termId: alone, start, end });
        lastMatchStart = start;
        lastMatchEnd = end;
        prefilter.lastIndex = end;
        continue;
      }
      nextWords.length = 0;
      nextStarts.length = 0;
      nextWords.push(word);
      nextStarts.push(start);
      let after = end;
      for (let k = 0; k < lookahead; k++) {
        const next = nextWordStart(text, after);
        if (next < 0) break;
        after = wordEnd(text, next);
        nextWords.push(text.slice(next, after));
        nextStarts.push(next);
      }
      let best: TermMatch | undefined;
      for (const { pattern, inflected } of list) {
        const n = pattern.keys.length;
        if ((inflected && n > 1) || n > nextWords.length) continue;
        let ok = true;
        for (let j = 1; j < n && ok; j++) {
          const w = nextWords[j] as string;
          const prevWordEnd = (nextStarts[j - 1] as number) + (nextWords[j - 1] as string).length;
          ok =
            gapAllowed(text.slice(prevWordEnd, nextStarts[j]), pattern.commaBefore[j] ?? false) &&
            (j === n - 1
              ? matchesLast(w, pattern.keys[j] as string, pattern.acronym[j] as boolean)
              : matchesInner(w, pattern.keys[j] as string, pattern.acronym[j] as boolean));
        }
        if (!ok) continue;
        const matchEnd = (nextStarts[n - 1] as number) + (nextWords[n - 1] as string).length;
        if (best && matchEnd <= best.end) continue;
        if (pattern.notAfter.size > 0) {
          const previous = wordBefore(text, start, lastMatchStart, lastMatchEnd);
          if (previous && PLAIN_GAP.test(text.slice(previous.end, start))) {
            if (pattern.notAfter.has(text.slice(previous.start, previous.end).toLowerCase())) continue;
          }
        }
        if (pattern.notBefore.size > 0 && n < nextWords.length) {
          const next = nextWords[n] as string;
          if (
            PLAIN_GAP.test(text.slice(matchEnd, nextStarts[n])) &&
            pattern.notBefore.has(next.toLowerCase())
          )
            continue;
        }
        best = { termId: pattern.termId, start, end: matchEnd };
      }
      if (best) {
        if (matches === NO_MATCHES) matches = [];
        matches.push(best);
        lastMatchStart = best.start;
        lastMatchEnd = best.end;
        prefilter.lastIndex = best.end;
      } else prefilter.lastIndex = end;
    }
    return matches;
  }

  return { findAll };
}

/** Occurrences per term id, in order of first appearance. */
export function countMatches(matches: readonly TermMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.termId, (counts.get(match.termId) ?? 0) + 1);
  return counts;
}
