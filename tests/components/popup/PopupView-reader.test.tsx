// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type PopupStatus, PopupView } from '../../../components/popup/PopupView';
import { mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

const READER = 'chrome-extension://id/reader.html';

function view(status: PopupStatus) {
  return mount(
    <PopupView
      status={status}
      highlighting
      termPositions={{}}
      onScan={() => {}}
      onRescan={() => {}}
      onRetry={() => {}}
      onToggleHighlighting={() => {}}
      onCopy={async () => true}
      onRevealTerm={() => {}}
      readerUrl={READER}
    />,
  );
}

const links = (root: Element) =>
  [...root.querySelectorAll('a')].map((a) => ({
    text: a.textContent,
    href: a.getAttribute('href'),
    target: a.target,
  }));

describe('the popup and the reader', () => {
  it('offers "Open in HMO Lens reader" on a PDF tab instead of scanning it', () => {
    const src = `${READER}?src=https%3A%2F%2Fats.example%2Fcv.pdf&tab=7`;
    const root = view({ kind: 'pdf', readerUrl: src });
    expect(links(root)).toContainEqual({ text: 'Open in HMO Lens reader', href: src, target: '_blank' });
    expect(root.querySelector('[data-testid="scan"]')).toBeNull();
  });

  it('offers "Open a resume file…" whatever the tab shows', () => {
    for (const status of [{ kind: 'not-scanned' }, { kind: 'unsupported', reason: 'No.' }] as PopupStatus[]) {
      expect(links(view(status))).toContainEqual({
        text: 'Open a resume file…',
        href: READER,
        target: '_blank',
      });
      document.body.innerHTML = '';
    }
  });
});
