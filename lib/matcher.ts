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
  /** Whether the gap before word i (i >= 1) may hold a comma, as in "usual, customary and reasonable". */
  commaBefore: boolean[];
  notAfter: ReadonlySet<string>;
  notBefore: ReadonlySet<string>;
}

export interface Matcher {
  /** Every non-overlapping occurrence, left to right, the longest form winning at each position. */
  findAll(text: string): TermMatch[];
}

type MatcherTerm = Pick<Term, 'id' | 'term' | 'aliases' | 'notAfter' | 'notBefore'>;

/** Whitespace (a line break or two, as in PDF text) and at most one hyphen or dash between two words. */
const GAP =
  /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){0,2}(?:[-\u2010\u2011\u2013][ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?)?$/;
const GAP_WITH_COMMA = /^,?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;

function gapAllowed(gap: string, comma: boolean): boolean {
  if (gap.length === 0) return false;
  return GAP.test(gap) || (comma && GAP_WITH_COMMA.test(gap));
}

function wordMatchesKey(word: string, key: string, inflect: boolean): boolean {
  const written = isAcronym(key) ? word : word.toLowerCase();
  if (!inflect) return written === key || written.replace(/\u2019/g, "'") === key;
  return inflections(written).includes(key);
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
      const pattern: Pattern = {
        termId: term.id,
        keys: words.map(formKey),
        commaBefore,
        notAfter,
        notBefore,
      };
      const first = pattern.keys[0] as string;
      const list = index.get(first);
      if (list) list.push(pattern);
      else index.set(first, [pattern]);
    }
  }

  function findAll(text: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const re = new RegExp(TOKEN_SOURCE, 'gu');
    const ahead = new RegExp(TOKEN_SOURCE, 'gu');
    let prevWord = '';
    let prevEnd = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[0];
      const start = m.index;
      const end = start + word.length;
      const best = longestAt(text, word, start, end, prevWord, prevEnd, ahead);
      if (best) {
        matches.push(best);
        re.lastIndex = best.end;
        prevWord = text.slice(best.start, best.end);
        prevEnd = best.end;
      } else {
        prevWord = word;
        prevEnd = end;
      }
    }
    return matches;
  }

  function candidates(word: string): Array<{ pattern: Pattern; inflected: boolean }> {
    const found: Array<{ pattern: Pattern; inflected: boolean }> = [];
    const seen = new Set<string>();
    const forms = isAcronym(word) || /\p{Lu}/u.test(word) ? [word, word.toLowerCase()] : [word];
    for (const written of forms) {
      inflections(written).forEach((key, i) => {
        if (seen.has(key)) return;
        seen.add(key);
        for (const pattern of index.get(key) ?? []) {
          // An acronym key only matches a word written in capitals.
          if (isAcronym(key) && written !== word) continue;
          found.push({ pattern, inflected: i > 0 });
        }
      });
    }
    return found;
  }

  function longestAt(
    text: string,
    word: string,
    start: number,
    end: number,
    prevWord: string,
    prevEnd: number,
    ahead: RegExp,
  ): TermMatch | undefined {
    let best: TermMatch | undefined;
    for (const { pattern, inflected } of candidates(word)) {
      const n = pattern.keys.length;
      if (inflected && n > 1) continue;
      let matchEnd = end;
      let ok = true;
      ahead.lastIndex = end;
      for (let j = 1; j < n && ok; j++) {
        const next = ahead.exec(text);
        if (!next) {
          ok = false;
          break;
        }
        ok =
          gapAllowed(text.slice(matchEnd, next.index), pattern.commaBefore[j] ?? false) &&
          wordMatchesKey(next[0], pattern.keys[j] as string, j === n - 1);
        matchEnd = next.index + next[0].length;
      }
      if (!ok || (best && matchEnd <= best.end)) continue;
      if (pattern.notAfter.size > 0 && prevEnd >= 0 && /^[\s-]+$/.test(text.slice(prevEnd, start))) {
        if (pattern.notAfter.has(prevWord.toLowerCase())) continue;
      }
      if (pattern.notBefore.size > 0) {
        ahead.lastIndex = matchEnd;
        const next = ahead.exec(text);
        if (
          next &&
          /^[\s-]+$/.test(text.slice(matchEnd, next.index)) &&
          pattern.notBefore.has(next[0].toLowerCase())
        )
          continue;
      }
      best = { termId: pattern.termId, start, end: matchEnd };
    }
    return best;
  }

  return { findAll };
}

/** Occurrences per term id, in order of first appearance. */
export function countMatches(matches: readonly TermMatch[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.termId, (counts.get(match.termId) ?? 0) + 1);
  return counts;
}
