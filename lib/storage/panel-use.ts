import type { WxtStorage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** The name of the port the side panel keeps open to the background while it shows. */
export const PANEL_PORT = 'hmo-lens/side-panel';

/** Whether the recruiter was using the side panel when last seen: then the toolbar button opens it. */
export const PanelUseSchema = z.object({ open: z.boolean() });
export type PanelUse = z.infer<typeof PanelUseSchema>;

export function panelUseStore(storage: WxtStorage) {
  const item = storage.defineItem<unknown>('local:panel', { fallback: { open: false } });
  return {
    /** A value that is not a panel state (damaged, foreign) reads as closed: the popup is the safe default. */
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
 * Follows the side panels that are open (one port each, as each window has its own): the first to open
 * records the panel as in use, the last to close records it closed. Storage and the toolbar are changed one
 * step at a time, in the order things happened, so a worker that wakes up to a panel's connection cannot
 * apply the older stored state after the newer one.
 */
export class PanelUseTracker {
  private open = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly parts: PanelUseParts) {}

  /** At the worker's start: the toolbar as the recruiter last left it. */
  restore(): Promise<void> {
    return this.step(async () => this.parts.apply((await this.parts.store.get()).open));
  }

  /** A panel connected; the returned function is for its disconnection. */
  opened(): () => Promise<void> {
    this.open += 1;
    if (this.open === 1) void this.record(true);
    let closed = false;
    return () => {
      if (closed) return this.queue;
      closed = true;
      this.open -= 1;
      return this.open === 0 ? this.record(false) : this.queue;
    };
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
