// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { createBackup } from '../../../lib/storage/backup';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { manyTerms } from '../../support/many-terms';
import { byTestId, click, mount } from '../../support/render';

/** Chooses a file in the import input as the recruiter would. */
async function chooseFile(root: HTMLElement, name: string, content: unknown): Promise<void> {
  const input = byTestId(root, 'import-file') as HTMLInputElement;
  const file = new File([JSON.stringify(content)], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * happy-dom takes seconds to render hundreds of terms on a busy machine: these bound a hang, they do not
 * measure speed.
 */
const SLOW = { timeout: 30_000 };

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options page on its storage', () => {
  it('shows the stored terms, and refuses in the preview an import that would pass 500 terms', async () => {
    const mine = manyTerms('mine', 250);
    await fakeBrowser.storage.local.set({ customTerms: mine });
    const root = mount(<App />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-term-id]')).toHaveLength(250), SLOW);

    await chooseFile(root, 'big.json', createBackup(DEFAULT_SETTINGS, manyTerms('imported', 300)));
    await vi.waitFor(() => byTestId(root, 'import-plan'), SLOW);
    const apply = byTestId(root, 'import-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    expect(byTestId(root, 'import-conflicts').textContent).toBe(
      'Together with your 250 terms this file would make 550, and HMO Lens keeps at most 500: ' +
        'import at most 250 new terms, or delete some of yours first.',
    );
    await click(apply);
    expect((await fakeBrowser.storage.local.get('customTerms')).customTerms).toEqual(mine);
    expect(root.textContent).not.toMatch(/too_big|"code"|"path"/);
  }, 60_000);

  it('imports a file that fits, and says what it did', async () => {
    await fakeBrowser.storage.local.set({ customTerms: manyTerms('mine', 2) });
    const root = mount(<App />);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-term-id]')).toHaveLength(2), SLOW);
    await chooseFile(
      root,
      'fits.json',
      createBackup({ ...DEFAULT_SETTINGS, color: 'pink' }, manyTerms('imported', 3)),
    );
    await vi.waitFor(
      () => expect((byTestId(root, 'import-apply') as HTMLButtonElement).disabled).toBe(false),
      SLOW,
    );
    await click(byTestId(root, 'import-apply'));
    await vi.waitFor(
      () =>
        expect(byTestId(root, 'import-done').textContent).toBe(
          'Imported: 3 added, 0 replaced, 1 setting(s) changed.',
        ),
      SLOW,
    );
    const stored = await fakeBrowser.storage.local.get(['customTerms', 'settings']);
    expect(stored.customTerms).toHaveLength(5);
    expect(stored.settings).toMatchObject({ color: 'pink' });
    await vi.waitFor(() => expect(root.querySelectorAll('[data-term-id]')).toHaveLength(5), SLOW);
  });

  it('says in words when a change cannot be saved, and shows the stored setting again', async () => {
    const root = mount(<App />);
    const highlighting = byTestId(root, 'option-highlighting') as HTMLInputElement;
    await vi.waitFor(() => expect(highlighting.checked).toBe(true), SLOW);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await click(highlighting);
    await vi.waitFor(
      () =>
        expect(byTestId(root, 'failure').textContent).toBe(
          'Your change was not saved.QUOTA_BYTES quota exceeded',
        ),
      SLOW,
    );
    expect(highlighting.checked).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
  });

  it('keeps a typed term and says why when storage refuses it', async () => {
    const root = mount(<App />);
    await vi.waitFor(() => byTestId(root, 'term-editor'), SLOW);
    const type = async (id: string, value: string) =>
      act(() => {
        const field = byTestId(root, id) as HTMLInputElement;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
    await type('term-name', 'Dental plan');
    await type('term-definition', 'A plan for teeth.');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await click(byTestId(root, 'term-save'));
    await vi.waitFor(
      () => expect(byTestId(root, 'term-problems').textContent).toBe('QUOTA_BYTES quota exceeded'),
      SLOW,
    );
    expect((byTestId(root, 'term-name') as HTMLInputElement).value).toBe('Dental plan');
    expect((await fakeBrowser.storage.local.get('customTerms')).customTerms).toBeUndefined();
  });
});
