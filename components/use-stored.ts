import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReadSettings, Settings } from '../lib/storage/settings';

/** A stored item as the options page sees it: read whole, and watched for changes from anywhere. */
export interface StoredItem<T> {
  read(): Promise<T>;
  watch(callback: () => void): () => void;
}

/**
 * The item's value, read on mount and again whenever it changes (in this page, the popup or another tab);
 * undefined until the first read. A read that resolves after a newer one is dropped, so a slow read
 * never shows an older value; a read that fails goes to `onError` and leaves the value as it was.
 */
export function useStored<T>(item: StoredItem<T>, onError?: (error: unknown) => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const n = ++latest;
      item.read().then(
        (next) => {
          if (live && n === latest) setValue(next);
        },
        (error: unknown) => {
          if (live) onError?.(error);
        },
      );
    };
    load();
    const unwatch = item.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [item, onError]);
  return value;
}

export interface SettingsItem extends StoredItem<ReadSettings> {
  update(change: Partial<Settings>): Promise<Settings>;
}

/**
 * The settings, with a change shown at once (a switch must not lag behind the click) and then saved;
 * the stored value, when it comes back, replaces what was shown, and so does a save that failed, which
 * `on.notSaved` hears of (a read that failed, `on.notRead`).
 */
export function useSettings(
  item: SettingsItem,
  fallback: Settings,
  on: { notRead?: (error: unknown) => void; notSaved: (error: unknown) => void },
) {
  const stored = useStored(item, on.notRead);
  // A change shown ahead of storage, until the value it was made over is replaced by a newer read.
  const [pending, setPending] = useState<{ over: ReadSettings | undefined; settings: Settings } | null>(null);
  const settings = pending && pending.over === stored ? pending.settings : (stored?.settings ?? fallback);
  const update = useCallback(
    (change: Partial<Settings>) => {
      setPending({ over: stored, settings: { ...settings, ...change } });
      item.update(change).catch((error: unknown) => {
        setPending(null);
        on.notSaved(error);
      });
    },
    [item, stored, settings, on.notSaved],
  );
  return { settings, problem: stored?.problem, update };
}
