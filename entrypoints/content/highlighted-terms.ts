import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { GLOSSARY, type Term } from '../../lib/glossary';
import { compileMatcher, type Matcher } from '../../lib/matching/matcher';
import { type CustomTerm, customTermsStore, mergeGlossary } from '../../lib/storage/custom-terms';
import { highlightedTerms, type Settings, sameCategories, settingsStore } from '../../lib/storage/settings';
import { onTeardown } from './context-guards';

export interface TermChanges {
  /** The highlight switch or the look changed: applied in place. */
  look(settings: Settings): void;
  /** Other terms are highlighted now; the recruiter's own terms may also define terms anew. */
  terms(cause: 'categories' | 'custom-terms'): void;
}

/**
 * What the page highlights, and how: the glossary and the recruiter's own terms less the categories
 * switched off, in the look the settings give. Both live in storage, set by the popup's switch, the keyboard
 * command and the options page, and every open tab follows them.
 */
export class HighlightedTerms {
  private byId = new Map<string, Term>();

  private constructor(
    private current: Settings,
    private custom: CustomTerm[],
  ) {}

  static async read(): Promise<HighlightedTerms> {
    const [settings, custom] = await Promise.all([
      settingsStore(storage).get(),
      customTermsStore(storage).get(),
    ]);
    return new HighlightedTerms(settings, custom);
  }

  get settings(): Settings {
    return this.current;
  }

  term(id: string): Term | undefined {
    return this.byId.get(id);
  }

  /** A matcher for the terms highlighted now; `term` knows them from here on. */
  matcher(): Matcher {
    const list = highlightedTerms(mergeGlossary(GLOSSARY, this.custom), this.current);
    this.byId = new Map(list.map((t) => [t.id, t]));
    return compileMatcher(list);
  }

  /** Follows storage until the script stops. */
  follow(ctx: ContentScriptContext, changes: TermChanges): void {
    const unwatchSettings = settingsStore(storage).watch((next: Settings) => {
      const categoriesChanged = !sameCategories(next, this.current);
      this.current = next;
      changes.look(next);
      if (categoriesChanged) changes.terms('categories');
    });
    onTeardown(ctx, unwatchSettings);
    const unwatchCustom = customTermsStore(storage).watch((next: CustomTerm[]) => {
      this.custom = next;
      changes.terms('custom-terms');
    });
    onTeardown(ctx, unwatchCustom);
  }
}
