import { compileMatcher, type Matcher } from './matcher';
import type { MatcherTerm } from './spellings';

const compiled = new WeakMap<readonly MatcherTerm[], Matcher>();

/**
 * The matcher for a term list, compiled once per list: compiling the glossary takes longer than matching a
 * whole resume, so the highlighter and the analysis of one page share the compiled form.
 */
export function compiledMatcher(terms: readonly MatcherTerm[]): Matcher {
  let matcher = compiled.get(terms);
  if (!matcher) {
    matcher = compileMatcher(terms);
    compiled.set(terms, matcher);
  }
  return matcher;
}
