// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
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
/** Lets storage's change events reach the watchers. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

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
    await settle();
    expect(terms.settings.highlighting).toBe(false);
    await settingsStore(storage).update({ hiddenCategories: ['regulation'] });
    await settle();
    await customTermsStore(storage).set([DENTAL_HMO]);
    await settle();
    expect(heard).toEqual(['look false', 'look false', 'terms categories', 'terms custom-terms']);

    ctx.abort();
    await settingsStore(storage).update({ highlighting: true });
    await settle();
    expect(heard).toHaveLength(4);
  });
});
