// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { HighlightedTerms } from '../../../entrypoints/content/highlighted-terms';
import { customTermsStore } from '../../../lib/storage/custom-terms';
import { settingsStore } from '../../../lib/storage/settings';

const TEXT = 'Dental HMO sales, capitation and COB.';
const found = (terms: HighlightedTerms) =>
  terms
    .matcher()
    .findAll(TEXT)
    .map((m) => m.termId);
const DENTAL_HMO = {
  id: 'custom-dhmo',
  term: 'Dental HMO',
  aliases: [],
  definition: 'A dental plan.',
  category: 'plan-type' as const,
};

describe('the terms a page highlights', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the glossary and the recruiter’s own terms, less the categories switched off', async () => {
    await customTermsStore(storage).set([DENTAL_HMO]);
    const terms = await HighlightedTerms.read();
    expect(found(terms)).toEqual(['custom-dhmo', 'capitation', 'cob']);
    expect(terms.term('custom-dhmo')?.term).toBe('Dental HMO');

    const category = terms.term('capitation')?.category;
    expect(category).toBeDefined();
    await settingsStore(storage).update({ hiddenCategories: category ? [category] : [] });
    const fewer = await HighlightedTerms.read();
    expect(found(fewer)).not.toContain('capitation');
    expect(fewer.term('capitation')).toBeUndefined();
  });

  it('follow storage until the script stops: the look in place, other terms by their cause', async () => {
    const terms = await HighlightedTerms.read();
    const ctx = new ContentScriptContext('test');
    const heard: string[] = [];
    terms.follow(ctx, {
      look: (settings) => heard.push(`look ${settings.highlighting}`),
      terms: (cause) => heard.push(`terms ${cause}`),
    });
    await settingsStore(storage).update({ highlighting: false });
    await vi.waitFor(() => expect(heard).toEqual(['look false']));
    expect(terms.settings.highlighting).toBe(false);
    await settingsStore(storage).update({ hiddenCategories: ['regulation'] });
    await vi.waitFor(() => expect(heard).toEqual(['look false', 'look false', 'terms categories']));
    await customTermsStore(storage).set([DENTAL_HMO]);
    await vi.waitFor(() => expect(heard).toHaveLength(4));
    expect(heard).toEqual(['look false', 'look false', 'terms categories', 'terms custom-terms']);

    ctx.abort();
    // A watcher of the test's own, added last, hears the change after any the script might have kept.
    const probe: boolean[] = [];
    const unwatch = settingsStore(storage).watch((next: { highlighting: boolean }) =>
      probe.push(next.highlighting),
    );
    await settingsStore(storage).update({ highlighting: true });
    await vi.waitFor(() => expect(probe).toEqual([true]));
    unwatch();
    expect(heard).toHaveLength(4);
  });
});
