import type { WxtStorage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { CATEGORIES } from '../glossary/categories';

// zod/mini: the content script reads these settings and must stay lean.

export const HIGHLIGHT_COLORS = ['amber', 'blue', 'green', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

const FIELDS = {
  highlighting: z.boolean(),
  /** The highlight's colour, and whether it is only an underline (for pages that are already colourful). */
  color: z.enum(HIGHLIGHT_COLORS),
  underlineOnly: z.boolean(),
  /** Categories not highlighted (listed rather than the shown ones, so a new category starts shown). */
  hiddenCategories: z.array(z.enum(CATEGORIES)).check(z.maxLength(CATEGORIES.length)),
};

/** What the recruiter can switch, in the popup and on the options page. */
export const SettingsSchema = z.object(FIELDS);
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  highlighting: true,
  color: 'amber',
  underlineOnly: false,
  hiddenCategories: [],
};

/** The terms highlighted under these settings: the whole list itself when no category is hidden. */
export function highlightedTerms<T extends { category: string }>(
  terms: readonly T[],
  settings: Pick<Settings, 'hiddenCategories'>,
): readonly T[] {
  if (settings.hiddenCategories.length === 0) return terms;
  const hidden = new Set<string>(settings.hiddenCategories);
  return terms.filter((t) => !hidden.has(t.category));
}

/** Whether two settings hide the same categories, in whatever order each was stored. */
export function sameCategories(
  a: Pick<Settings, 'hiddenCategories'>,
  b: Pick<Settings, 'hiddenCategories'>,
): boolean {
  const set = new Set(a.hiddenCategories);
  return set.size === new Set(b.hiddenCategories).size && b.hiddenCategories.every((c) => set.has(c));
}

export interface ReadSettings {
  settings: Settings;
  /** What could not be read and fell back to its default, in words; absent when all was well. */
  problem?: string;
}

/**
 * Reads a stored value field by field: a corrupt or foreign field falls back to its default and is named in
 * `problem`, the others are kept. Never throws, so no page or popup breaks on a bad value.
 */
export function readSettings(raw: unknown): ReadSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return {
      settings: DEFAULT_SETTINGS,
      problem: 'The stored settings are not settings; defaults are in use.',
    };
  const record = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    const parsed = (schema as z.ZodMiniType).safeParse(record[key]);
    if (parsed.success)
      settings[key] = key === 'hiddenCategories' ? [...new Set(parsed.data as string[])] : parsed.data;
    else {
      settings[key] = DEFAULT_SETTINGS[key as keyof Settings];
      if (key in record) bad.push(key);
    }
  }
  return {
    settings: settings as Settings,
    ...(bad.length > 0
      ? {
          problem: `Unreadable stored setting${bad.length > 1 ? 's' : ''}: ${bad.join(', ')}; defaults are in use.`,
        }
      : {}),
  };
}

export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}

/** Version 1 stored only the highlight switch. */
function fromVersion1(old: unknown): unknown {
  return old && typeof old === 'object' && !Array.isArray(old) ? { ...DEFAULT_SETTINGS, ...old } : old;
}

/** Where a stored value that could not be read is kept before it is overwritten, so it can be exported. */
export const UNREADABLE_KEY = 'local:unreadable' as const;

/**
 * The settings storage item, declared once. The storage API is passed in, so this module uses no browser
 * API itself and every entrypoint shares the same key, version, migrations and validation.
 */
export function settingsStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 2,
    migrations: { 2: fromVersion1 },
  });
  return {
    async read(): Promise<ReadSettings & { raw: unknown }> {
      const raw = await item.getValue();
      return { ...readSettings(raw), raw };
    },
    async get(): Promise<Settings> {
      return parseSettings(await item.getValue());
    },
    async set(settings: Settings): Promise<void> {
      const next = SettingsSchema.parse(settings);
      const current = await this.read();
      if (current.problem) await keepUnreadable(storage, 'settings', current.raw);
      await item.setValue(next);
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

const UnreadableSchema = z.record(z.string(), z.unknown());

/** The values kept under UNREADABLE_KEY, by the name of the item each was read from. */
export function unreadableStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>(UNREADABLE_KEY, { fallback: {} });
  return {
    async get(): Promise<Record<string, unknown>> {
      const raw = await item.getValue();
      const parsed = UnreadableSchema.safeParse(raw);
      // Even this record may be damaged: it is still kept whole, under its own name.
      return parsed.success ? parsed.data : { unreadable: raw };
    },
    /** Keeps a stored value that could not be read, by name, before it is overwritten. */
    async keep(name: string, raw: unknown): Promise<void> {
      await item.setValue({ ...(await this.get()), [name]: raw });
    },
  };
}

export async function keepUnreadable(storage: WxtStorage, name: string, raw: unknown): Promise<void> {
  await unreadableStore(storage).keep(name, raw);
}
