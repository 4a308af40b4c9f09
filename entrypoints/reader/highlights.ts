import { storage } from 'wxt/utils/storage';
import { createHighlightLayer, type HighlightLayer } from '../../lib/dom/highlight-layer';
import { PageScanner } from '../../lib/dom/page-scanner';
import { GLOSSARY, type Term } from '../../lib/glossary';
import { definitionOf } from '../../lib/glossary/definitions';
import { compiledMatcher } from '../../lib/matching/compiled-matcher';
import {
  type CustomTerm,
  customTermsStore,
  definitionWith,
  mergeGlossary,
} from '../../lib/storage/custom-terms';
import { highlightedTerms, type Settings, sameCategories, settingsStore } from '../../lib/storage/settings';

/** The terms and look the recruiter chose, as web pages use them, followed while the reader is open. */
export interface ReaderTerms {
  settings: Settings;
  glossary: Term[];
  /** Only the categories switched on: what is highlighted. */
  highlighted: readonly Term[];
  define: (id: string) => string | undefined;
}

function readerTerms(settings: Settings, custom: readonly CustomTerm[]): ReaderTerms {
  const glossary = mergeGlossary(GLOSSARY, custom);
  return {
    settings,
    glossary,
    // The whole glossary itself when nothing is hidden, so the highlighter and the analysis share one matcher.
    highlighted: highlightedTerms(glossary, settings),
    define: definitionWith(custom, definitionOf),
  };
}

/** What changed: only the look (switch, colour), or which terms are highlighted. */
export type TermsChange = 'initial' | 'look' | 'terms';

/** Reads the stored settings and terms, and calls `onChange` with new ones whenever either changes. */
export async function followTerms(
  onChange: (terms: ReaderTerms, change: TermsChange) => void,
): Promise<() => void> {
  const settings = settingsStore(storage);
  const custom = customTermsStore(storage);
  let current = { settings: await settings.get(), custom: await custom.get() };
  let terms = readerTerms(current.settings, current.custom);
  onChange(terms, 'initial');
  const unwatch = [
    settings.watch((next: Settings) => {
      const same = sameCategories(next, current.settings);
      current = { ...current, settings: next };
      // A new look keeps the same term lists, so the compiled matcher is reused.
      terms = same ? { ...terms, settings: next } : readerTerms(current.settings, current.custom);
      onChange(terms, same ? 'look' : 'terms');
    }),
    custom.watch((next: CustomTerm[]) => {
      current = { ...current, custom: next };
      terms = readerTerms(current.settings, current.custom);
      onChange(terms, 'terms');
    }),
  ];
  return () => {
    for (const stop of unwatch) stop();
  };
}

/**
 * Highlights on one shown document, with the same scanner, layer and look as on web pages. One at a time:
 * the layer's names in `CSS.highlights` are shared by the whole page.
 */
export class DocumentHighlights {
  readonly layer: HighlightLayer;
  readonly scanner: PageScanner;
  readonly done: Promise<void>;
  private readonly abort = new AbortController();

  constructor(root: HTMLElement, terms: ReaderTerms) {
    this.layer = createHighlightLayer(window, {
      // A resume is at most MAX_PDF_PAGES pages, a few hundred highlights: all are drawn as the scan finds
      // them, so they are on screen when the scan is done, before the analysis runs.
      nearViewportOnly: false,
      style: terms.settings,
      // Chromium passes ::highlight() styles down from the root; Firefox needs the rule on every element.
      inheritedHighlights: !import.meta.env.FIREFOX,
    });
    this.layer.setVisible(terms.settings.highlighting);
    this.scanner = new PageScanner({
      win: window,
      root,
      matcher: compiledMatcher(terms.highlighted),
      layer: this.layer,
      signal: this.abort.signal,
    });
    this.done = this.scanner.start();
  }

  destroy(): void {
    this.abort.abort();
    this.layer.destroy();
  }
}
