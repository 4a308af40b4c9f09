// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { type SettingsItem, type StoredItem, useSettings, useStored } from '../../components/use-stored';
import type { ReadCustomTerms } from '../../lib/storage/custom-terms';
import { DEFAULT_SETTINGS, settingsStore } from '../../lib/storage/settings';
import { storedItems } from '../../lib/storage/stores';
import { byTestId, click, mount } from '../support/render';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  document.body.innerHTML = '';
});

function Terms({ items }: { items: ReturnType<typeof storedItems> }) {
  const read = useStored(items.customTerms);
  if (!read) return <p data-testid="out">loading</p>;
  return (
    <p data-testid="out">
      {read.terms.map((t) => t.term).join(',')}|{read.problem ?? 'fine'}
    </p>
  );
}

function Highlighting({ item, onError }: { item: SettingsItem; onError: (error: unknown) => void }) {
  const { settings, problem, update } = useSettings(item, DEFAULT_SETTINGS, { notSaved: onError });
  return (
    <button type="button" data-testid="out" onClick={() => update({ highlighting: !settings.highlighting })}>
      {String(settings.highlighting)}|{problem ?? 'fine'}
    </button>
  );
}

function TermCount({ item, onError }: { item: StoredItem<ReadCustomTerms>; onError: (e: unknown) => void }) {
  const read = useStored(item, onError);
  return <p data-testid="out">{read ? read.terms.length : 'loading'}</p>;
}

const text = (root: HTMLElement) => byTestId(root, 'out').textContent;
const term = { id: 'custom-dhmo', term: 'DHMO', aliases: [], definition: 'Dental.', category: 'plan-type' };

describe('a stored item in a component', () => {
  it('is read on mount and again whenever it changes elsewhere, with its problem', async () => {
    const items = storedItems(storage);
    await items.customTerms.set([term as never]);
    const root = mount(<Terms items={items} />);
    await vi.waitFor(() => expect(text(root)).toBe('DHMO|fine'));
    // Another page (the popup, another tab) writes the raw value.
    await act(() => fakeBrowser.storage.local.set({ customTerms: [term, { ...term, id: 'BAD' }] }));
    await vi.waitFor(() => expect(text(root)).toMatch(/^DHMO\|Some stored custom terms could not be read/));
  });

  it('shows a settings change at once, then what was stored', async () => {
    const item = settingsStore(storage);
    const onError = vi.fn();
    const root = mount(<Highlighting item={item} onError={onError} />);
    await vi.waitFor(() => expect(text(root)).toBe('true|fine'));
    await click(byTestId(root, 'out'));
    expect(text(root)).toBe('false|fine');
    await vi.waitFor(async () => expect((await item.get()).highlighting).toBe(false));
    await vi.waitFor(() => expect(text(root)).toBe('false|fine'));
    expect(onError).not.toHaveBeenCalled();
  });

  it('goes back to the stored settings when a change cannot be saved, and says why', async () => {
    const item = settingsStore(storage);
    const failing: SettingsItem = {
      read: () => item.read(),
      watch: (callback) => item.watch(callback),
      update: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    const onError = vi.fn();
    const root = mount(<Highlighting item={failing} onError={onError} />);
    await vi.waitFor(() => expect(text(root)).toBe('true|fine'));
    await click(byTestId(root, 'out'));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('QUOTA_BYTES quota exceeded')));
    expect(text(root)).toBe('true|fine');
  });

  it('tells a read that failed, and keeps the value it had', async () => {
    const items = storedItems(storage);
    let refuse = false;
    const flaky = {
      ...items.customTerms,
      read: () => (refuse ? Promise.reject(new Error('storage is gone')) : items.customTerms.read()),
    };
    const onError = vi.fn();
    await items.customTerms.set([term as never]);
    const root = mount(<TermCount item={flaky} onError={onError} />);
    await vi.waitFor(() => expect(text(root)).toBe('1'));
    refuse = true;
    await act(() => fakeBrowser.storage.local.set({ customTerms: [] }));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('storage is gone')));
    expect(text(root)).toBe('1');
  });
});
