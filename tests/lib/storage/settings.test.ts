import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  highlightedTerms,
  parseSettings,
  readSettings,
  sameCategories,
  settingsStore,
  UNREADABLE_KEY,
  unreadableStore,
} from '../../../lib/storage/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('falls back to the defaults for corrupt or foreign values, field by field', () => {
    for (const raw of [undefined, null, 'yes', 42, {}, { highlighting: 'on' }, []]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
    expect(parseSettings({ highlighting: false, extra: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      highlighting: false,
    });
    const mixed = readSettings({
      highlighting: false,
      color: 'purple',
      hiddenCategories: ['finance', 'nope'],
    });
    expect(mixed.settings).toEqual({ ...DEFAULT_SETTINGS, highlighting: false });
    expect(mixed.problem).toMatch(/color, hiddenCategories/);
    expect(readSettings('garbage').problem).toMatch(/not settings/);
    expect(readSettings(undefined).problem).toBeUndefined();
  });

  it('stores, reads and watches the settings', async () => {
    const store = settingsStore(storage);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    const seen: boolean[] = [];
    const unwatch = store.watch((s) => seen.push(s.highlighting));
    await store.update({ highlighting: false, color: 'blue' });
    expect(await store.get()).toEqual({ ...DEFAULT_SETTINGS, highlighting: false, color: 'blue' });
    await expect.poll(() => seen).toEqual([false]);
    unwatch();
  });

  it('migrates version 1 (the highlight switch alone) to version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlighting: false }, settings$: { v: 1 } });
    const store = settingsStore(storage);
    await expect.poll(() => fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect(await store.read()).toMatchObject({
      settings: { ...DEFAULT_SETTINGS, highlighting: false },
      raw: { ...DEFAULT_SETTINGS, highlighting: false },
    });
  });

  it('survives a corrupt stored value and keeps it for export when it is overwritten', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const store = settingsStore(storage);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect((await store.read()).problem).toBeDefined();
    await store.update({ color: 'green' });
    expect(await storage.getItem(UNREADABLE_KEY)).toEqual({ settings: 'garbage' });
    expect((await store.read()).problem).toBeUndefined();
  });

  it('refuses to store an invalid value', async () => {
    await expect(settingsStore(storage).set({ highlighting: 'no' } as never)).rejects.toThrow();
  });

  it('keeps unreadable values by name, and even a damaged record of them whole', async () => {
    const kept = unreadableStore(storage);
    expect(await kept.get()).toEqual({});
    await kept.keep('settings', 'garbage');
    await kept.keep('customTerms', { not: 'a list' });
    expect(await kept.get()).toEqual({ settings: 'garbage', customTerms: { not: 'a list' } });
    await fakeBrowser.storage.local.set({ unreadable: ['not', 'a', 'record'] });
    await kept.keep('settings', 42);
    expect(await kept.get()).toEqual({ unreadable: ['not', 'a', 'record'], settings: 42 });
  });
});

describe('highlighted terms and categories', () => {
  const terms = [
    { id: 'hmo', category: 'plan-type' },
    { id: 'cob', category: 'finance' },
  ] as const;

  it('keeps the very list when nothing is hidden, and drops hidden categories otherwise', () => {
    expect(highlightedTerms(terms, { hiddenCategories: [] })).toBe(terms);
    expect(highlightedTerms(terms, { hiddenCategories: ['finance'] }).map((t) => t.id)).toEqual(['hmo']);
  });

  it('compares hidden categories as sets, whatever order they were stored in', () => {
    expect(
      sameCategories(
        { hiddenCategories: ['finance', 'coverage'] },
        { hiddenCategories: ['coverage', 'finance'] },
      ),
    ).toBe(true);
    expect(
      sameCategories({ hiddenCategories: ['finance'] }, { hiddenCategories: ['finance', 'coverage'] }),
    ).toBe(false);
    expect(
      sameCategories({ hiddenCategories: ['finance', 'coverage'] }, { hiddenCategories: ['finance'] }),
    ).toBe(false);
    expect(sameCategories({ hiddenCategories: [] }, { hiddenCategories: [] })).toBe(true);
  });
});
