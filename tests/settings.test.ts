import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, settingsStore } from '../lib/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('falls back to the defaults for corrupt or foreign values', () => {
    for (const raw of [undefined, null, 'yes', 42, {}, { highlighting: 'on' }, []]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
    expect(parseSettings({ highlighting: false, extra: 1 })).toEqual({ highlighting: false });
  });

  it('stores, reads and watches the highlight switch', async () => {
    const store = settingsStore(storage);
    expect(await store.get()).toEqual({ highlighting: true });
    const seen: boolean[] = [];
    const unwatch = store.watch((s) => seen.push(s.highlighting));
    await store.update({ highlighting: false });
    expect(await store.get()).toEqual({ highlighting: false });
    await expect.poll(() => seen).toEqual([false]);
    unwatch();
  });

  it('survives a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await settingsStore(storage).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to store an invalid value', async () => {
    await expect(settingsStore(storage).set({ highlighting: 'no' } as never)).rejects.toThrow();
  });
});
