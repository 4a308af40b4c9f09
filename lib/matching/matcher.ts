import {
  type MatcherTerm,
  matchesInner,
  matchesLast,
  nextWordMayStart,
  type Pattern,
  spellingsOfTerms,
} from './spellings';
import { inflections } from './tokens';
import {
  ASCII_WORD,
  gapAllowed,
  nextWordStart,
  PLAIN_GAP,
  plainAfter,
  plainBefore,
  wordBefore,
  wordEnd,
  wordStartBefore,
} from './word-bounds';

/** One occurrence of a glossary term in a text: `text.slice(start, end)` is what the page shows. */
export interface TermMatch {
  termId: string;
  start: number;
  end: number;
}

export interface Matcher {
  /**
   * Every non-overlapping occurrence, left to right, the longest form winning at each position. With
   * `from`/`to`, only matches starting in that slice are returned (the slice should start at a word
   * boundary), so a huge text can be matched a window at a time.
   */
  findAll(text: string, from?: number, to?: number): readonly TermMatch[];
}

/** Not frozen, so that it has the same shape as every other list of matches the scanner reads. */
const NO_MATCHES: readonly TermMatch[] = [];

/** Patterns for every written form of every term, indexed by the key of their first word. */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const { index, maybeFirst, phraseStarts, prefilter } = spellingsOfTerms(terms);

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
    const visit = (written: string, acronymOnly: boolean) => {
      // The other apostrophe is the same word, not an inflection: "Children’s" starts a phrase too.
      const asKey = written.replace(/\u2019/g, "'");
      for (const key of inflections(written)) {
        if (seen.has(key)) continue;
        seen.add(key);
        for (const pattern of index.get(key) ?? []) {
          if (acronymOnly !== (pattern.acronym[0] as boolean)) continue;
          found.push({ pattern, inflected: key !== asKey });
        }
      }
    };
    // Acronym keys only ever match a word written in capitals; other keys match its lower case.
    if (word !== lower) visit(word, true);
    visit(lower, false);
    return found;
  }

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
