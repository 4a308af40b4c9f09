import type { WxtStorage } from 'wxt/utils/storage';
import { analyzeInTime } from '../../lib/analysis/analyze';
import { ANALYSIS_TIME_LIMIT_MS, type Clock } from '../../lib/analysis/time-budget';
import { GLOSSARY } from '../../lib/glossary';
import { definitionOf } from '../../lib/glossary/definitions';
import {
  type CustomTerm,
  customTermsStore,
  definitionWith,
  mergeGlossary,
} from '../../lib/storage/custom-terms';
import type { Lexicon } from './tab-descriptions';

/**
 * How long one analysis may take. The end-to-end build lets a test set it on the worker's global
 * (`__hmoLensTimeLimitMs`), so that a real browser shows a stopped analysis at will; other builds drop this.
 */
function timeLimitMs(): number {
  if (import.meta.env.MODE === 'e2e') {
    const set = (globalThis as { __hmoLensTimeLimitMs?: unknown }).__hmoLensTimeLimitMs;
    if (typeof set === 'number') return set;
  }
  return ANALYSIS_TIME_LIMIT_MS;
}

export function lexiconOf(
  custom: readonly CustomTerm[],
  today?: () => Date,
  clock: Clock = performance,
): Lexicon {
  const glossary = mergeGlossary(GLOSSARY, custom);
  return {
    analyze: (text) =>
      analyzeInTime(text, {
        glossary,
        clock,
        limitMs: timeLimitMs(),
        ...(today ? { today: today() } : {}),
      }),
    define: definitionWith(custom, definitionOf),
  };
}

/**
 * The background's lexicon, read from storage on first use (the worker may have been stopped and started
 * again since) and rebuilt whenever the recruiter's terms change; `onChange` hears about it.
 */
export function storedLexicon(storage: WxtStorage, onChange: () => void): () => Promise<Lexicon> {
  const store = customTermsStore(storage);
  let current: Promise<Lexicon> | null = null;
  store.watch((terms) => {
    current = Promise.resolve(lexiconOf(terms));
    onChange();
  });
  return () => {
    current ??= store.get().then((terms) => lexiconOf(terms));
    return current;
  };
}
