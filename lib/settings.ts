import type { WxtStorage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** What the recruiter can switch; grows with the options page. zod/mini keeps the content script lean. */
export const SettingsSchema = z.object({
  highlighting: z.boolean(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlighting: true };

/** A stored value that is corrupt or foreign falls back to the defaults rather than breaking the page. */
export function parseSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/**
 * The settings storage item, declared once. The storage API is passed in, so this module uses no browser
 * API itself and every entrypoint shares the same key, version and validation.
 */
export function settingsStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
  return {
    async get(): Promise<Settings> {
      return parseSettings(await item.getValue());
    },
    async set(settings: Settings): Promise<void> {
      await item.setValue(SettingsSchema.parse(settings));
    },
    async update(change: Partial<Settings>): Promise<Settings> {
      const next = { ...(await this.get()), ...change };
      await this.set(next);
      return next;
    },
    watch(callback: (settings: Settings) => void): () => void {
      return item.watch((value) => callback(parseSettings(value)));
    },
  };
}
