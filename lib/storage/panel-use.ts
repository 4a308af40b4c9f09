import type { WxtStorage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** The name of the port the side panel keeps open to the background while it shows. */
export const PANEL_PORT = 'hmo-lens/side-panel';

/**
 * Whether the recruiter works with the side panel rather than the popup: then the toolbar button opens the
 * panel, in every window and after a restart, until the recruiter chooses the popup again from the panel.
 */
export const PanelUseSchema = z.object({ open: z.boolean() });
export type PanelUse = z.infer<typeof PanelUseSchema>;

/** What a panel may ask the background over its port. */
export const PanelRequestSchema = z.object({ type: z.literal('use-popup') });
export type PanelRequest = z.infer<typeof PanelRequestSchema>;

export function panelUseStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>('local:panel', { fallback: { open: false } });
  return {
    /** A value that is not a panel state (damaged, foreign) reads as the popup: the safe default. */
    async get(): Promise<PanelUse> {
      const parsed = PanelUseSchema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : { open: false };
    },
    async set(use: PanelUse): Promise<void> {
      await item.setValue(PanelUseSchema.parse(use));
    },
  };
}

export interface PanelUseParts {
  store: Pick<ReturnType<typeof panelUseStore>, 'get' | 'set'>;
  /** Makes the toolbar button open the panel (`true`) or the popup (`false`). */
  apply(open: boolean): Promise<void>;
}

/**
 * The recruiter's choice between panel and popup, kept and applied to the toolbar button. Opening a panel
 * chooses the panel; closing it does not undo that (a browser that shuts down closes its panels too, and
 * the choice must outlive the restart): only "Use the popup instead" does. Storage and the toolbar are
 * changed one step at a time, in the order things happened, so a worker that wakes up to a panel's
 * connection cannot apply the older stored choice after the newer one.
 */
export class PanelUseTracker {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly parts: PanelUseParts) {}

  /** At the worker's start: the toolbar as the recruiter last left it. */
  restore(): Promise<void> {
    return this.step(async () => this.parts.apply((await this.parts.store.get()).open));
  }

  /** A side panel opened (or connected again to a restarted worker). */
  opened(): Promise<void> {
    return this.record(true);
  }

  /** The recruiter asked for the popup again. */
  choosePopup(): Promise<void> {
    return this.record(false);
  }

  /** Settles once every change so far is stored and applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  private record(open: boolean): Promise<void> {
    return this.step(async () => {
      await this.parts.store.set({ open });
      await this.parts.apply(open);
    });
  }

  private step(run: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(run).catch(() => {
      // A failed step (the browser refused a call) must not stop the later ones.
    });
    return this.queue;
  }
}
