import type { Term } from './glossary/schema';
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
  findAll(text: string, from?: number, to?: number): TermMatch[];
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

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const AMPERSAND = 38;

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

  // Every lower-case spelling a first word can take (plural, possessive), so that the vast majority of
  // words, which start no term, cost one toLowerCase and one Set lookup.
  const maybeFirst = new Set<string>();
  for (const key of index.keys()) {
    const k = key.toLowerCase();
    for (const v of [k, `${k}s`, `${k}es`, `${k}'s`, `${k}\u2019s`, `${k}s'`, `${k}s\u2019`])
      maybeFirst.add(v);
    if (k.endsWith('y')) maybeFirst.add(`${k.slice(0, -1)}ies`);
  }

  type Candidate = { pattern: Pattern; inflected: boolean };
  /** A word's candidate patterns, and how many following words they can need to look at. */
  type Candidates = { list: Candidate[]; lookahead: number };
  const candidateCache = new Map<string, Candidates>();

  /** Patterns the word can start (memoised per spelling: pages repeat their words). */
  function candidates(word: string, lower: string): Candidates {
    let cached = candidateCache.get(word);
    if (!cached) {
      if (candidateCache.size > 20_000) candidateCache.clear();
      const list = findCandidates(word, lower);
      const lookahead = list.reduce(
        (most, { pattern }) => Math.max(most, pattern.keys.length - 1 + (pattern.notBefore.size > 0 ? 1 : 0)),
        0,
      );
      cached = { list, lookahead };
      candidateCache.set(word, cached);
    }
    return cached;
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

  // Hashes of the ASCII spellings in `maybeFirst`: the scan below hashes each word as it reads its
  // characters, so a word that starts no term costs no substring, no toLowerCase and no string lookup.
  const firstHashes = new Set<number>();
  for (const spelling of maybeFirst) {
    if ([...spelling].some((ch) => ch.charCodeAt(0) > 127)) continue;
    let h = FNV_OFFSET;
    for (let i = 0; i < spelling.length; i++) h = Math.imul(h ^ spelling.charCodeAt(i), FNV_PRIME);
    firstHashes.add(h);
  }

  // Reused by every call (findAll is synchronous): creating it per text node costs more than matching.
  const ahead = new RegExp(TOKEN_SOURCE, 'gu');

  function findAll(text: string, from = 0, to = text.length): TermMatch[] {
    const matches: TermMatch[] = [];
    const length = text.length;
    // The word before the window, for `notAfter`.
    const before =
      from > 0
        ? /([\p{L}\p{N}_]+(?:['\u2019][\p{L}\p{N}_]+)*)[\s-]*$/u.exec(
            text.slice(Math.max(0, from - 60), from),
          )
        : null;
    let prevStart = before ? from - before[0].length : -1;
    let prevEnd = before ? from - (before[0].length - (before[1] as string).length) : -1;
    // Words after the current one, read only when a candidate needs them.
    const nextWords: string[] = [];
    const nextStarts: number[] = [];

    let i = from;
    while (i < to) {
      // Read one token (see TOKEN_SOURCE) by character codes, hashing its lower case as it goes.
      let c = text.charCodeAt(i);
      let width = wordCharWidth(text, i, c);
      if (width === 0) {
        i++;
        if (c !== AMPERSAND) continue;
      }
      const start = width === 0 ? i - 1 : i;
      let h = width === 0 ? Math.imul(FNV_OFFSET ^ AMPERSAND, FNV_PRIME) : FNV_OFFSET;
      let ascii = true;
      while (width > 0) {
        if (c < 128) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
        else ascii = false;
        i += width;
        if (i >= length) break;
        c = text.charCodeAt(i);
        width = wordCharWidth(text, i, c);
        // An apostrophe stays inside a word when a word character follows ("HMO's", "Children's").
        if (width === 0 && (c === 39 || c === 0x2019) && i + 1 < length) {
          if (wordCharWidth(text, i + 1, text.charCodeAt(i + 1)) > 0) width = 1;
        }
      }
      const end = i;
      if (ascii ? !firstHashes.has(h) : !maybeFirst.has(text.slice(start, end).toLowerCase())) {
        prevStart = start;
        prevEnd = end;
        continue;
      }
      const word = text.slice(start, end);
      const lower = word.toLowerCase();
      if (!maybeFirst.has(lower)) {
        prevStart = start;
        prevEnd = end;
        continue;
      }
      const { list, lookahead } = candidates(word, lower);
      nextWords.length = 0;
      nextStarts.length = 0;
      nextWords.push(word);
      nextStarts.push(start);
      ahead.lastIndex = end;
      for (let k = 0; k < lookahead; k++) {
        const a = ahead.exec(text);
        if (!a) break;
        nextWords.push(a[0]);
        nextStarts.push(a.index);
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
        if (pattern.notAfter.size > 0 && prevEnd >= 0 && PLAIN_GAP.test(text.slice(prevEnd, start))) {
          if (pattern.notAfter.has(text.slice(prevStart, prevEnd).toLowerCase())) continue;
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
        matches.push(best);
        prevStart = best.start;
        prevEnd = best.end;
        i = best.end;
      } else {
        prevStart = start;
        prevEnd = end;
      }
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
