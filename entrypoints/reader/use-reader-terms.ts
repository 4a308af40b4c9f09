import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { compiledMatcher } from '../../lib/matching/compiled-matcher';
import { followTerms, type ReaderTerms } from './highlights';

/**
 * The recruiter's terms and look, followed while the reader is open; null until read. `latestTerms` is for
 * event handlers, which must see a change before the page renders it. `onNewTerms` hears when the terms
 * themselves changed (not only their look).
 */
export function useReaderTerms(onNewTerms: () => void) {
  const [terms, setTerms] = useState<ReaderTerms | null>(null);
  const latest = useRef<ReaderTerms | null>(null);

  // Followed once for the page's life: the latest `onNewTerms` is called, without following again.
  const newTerms = useRef(onNewTerms);
  newTerms.current = onNewTerms;

  useEffect(() => {
    let stop: (() => void) | undefined;
    let closed = false;
    let warmMatcher = 0;
    void followTerms((next, change) => {
      // The matchers are compiled while the recruiter picks a file, not when the first one is drawn.
      cancelIdleCallback(warmMatcher);
      warmMatcher = requestIdleCallback(() => {
        compiledMatcher(next.glossary);
        compiledMatcher(next.highlighted);
      });
      latest.current = next;
      setTerms(next);
      if (change === 'terms') newTerms.current();
    }).then((unwatch) => {
      // Closed before the terms were first read: stop following at once.
      if (closed) unwatch();
      else stop = unwatch;
    });
    return () => {
      closed = true;
      cancelIdleCallback(warmMatcher);
      stop?.();
    };
  }, []);

  const latestTerms = useCallback(() => latest.current, []);
  return { terms, latestTerms };
}
