import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { type PanelUse, PanelUseTracker, panelUseStore } from '../../../lib/storage/panel-use';

function tracker(stored: PanelUse = { open: false }) {
  let value = stored;
  const applied: boolean[] = [];
  const panels = new PanelUseTracker({
    store: {
      get: async () => value,
      set: async (use) => {
        value = use;
      },
    },
    apply: async (open) => {
      applied.push(open);
    },
  });
  return { panels, applied, stored: () => value };
}

describe('panelUseStore', () => {
  it('reads a damaged or missing value as closed, and keeps what is set', async () => {
    fakeBrowser.reset();
    const store = panelUseStore(storage);
    expect(await store.get()).toEqual({ open: false });
    await fakeBrowser.storage.local.set({ panel: { open: 'yes' } });
    expect(await store.get()).toEqual({ open: false });
    await store.set({ open: true });
    expect(await store.get()).toEqual({ open: true });
  });
});

describe('PanelUseTracker', () => {
  it('keeps the panel chosen once one opens, closed or not, until the recruiter asks for the popup', async () => {
    const { panels, applied, stored } = tracker();
    await panels.opened();
    await panels.opened(); // a second window's panel, or a panel connecting again to a restarted worker
    expect(stored()).toEqual({ open: true });
    expect(applied).toEqual([true, true]);
    await panels.choosePopup();
    expect(stored()).toEqual({ open: false });
    expect(applied).toEqual([true, true, false]);
  });

  it('restores the toolbar as last left, before a panel that connects while it reads', async () => {
    const { panels, applied, stored } = tracker({ open: false });
    const restoring = panels.restore();
    void panels.opened();
    await restoring;
    await panels.settled();
    expect(applied).toEqual([false, true]);
    expect(stored()).toEqual({ open: true });
  });

  it('keeps going after a step the browser refused', async () => {
    let fail = true;
    const applied: boolean[] = [];
    const panels = new PanelUseTracker({
      store: { get: async () => ({ open: true }), set: async () => {} },
      apply: async (open) => {
        if (fail) {
          fail = false;
          throw new Error('refused');
        }
        applied.push(open);
      },
    });
    await panels.restore();
    await panels.choosePopup();
    expect(applied).toEqual([false]);
  });
});
