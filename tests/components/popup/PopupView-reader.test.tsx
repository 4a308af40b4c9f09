// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../../components/popup/PopupView';
import { analyze } from '../../../lib/analysis/analyze';
import type { PopupStatus } from '../../../lib/popup/popup-status';
import type { ResumeFile } from '../../../lib/protocol/messages';
import { byTestId, mount } from '../../support/render';

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
      readerUrlOf={(url) => `${READER}?src=${encodeURIComponent(url)}&tab=7`}
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

describe('an ATS page that shows or links resume files', () => {
  const ready = (resumeFiles?: ResumeFile[]): PopupStatus => ({
    kind: 'ready',
    page: {
      url: 'https://ats.example/candidates/4821',
      status: 'ready',
      active: true,
      highlighting: true,
      distinctTerms: 1,
      revision: 3,
      analysis: analyze('Utilization management nurse at an HMO, 2019 to 2024.'),
      definitions: {},
      ...(resumeFiles ? { resumeFiles } : {}),
    },
    terms: [],
  });

  it('offers each file to the reader, before the analysis of the page around it', () => {
    const root = view(
      ready([
        { url: 'https://ats.example/a/4821/resume.pdf', name: 'resume.pdf', how: 'embedded' },
        { url: 'https://ats.example/a/4822/cv.docx', name: 'cv.docx', how: 'linked' },
      ]),
    );
    const files = byTestId(root, 'resume-files');
    expect(links(files)).toEqual([
      {
        text: 'Open resume in HMO Lens reader',
        href: `${READER}?src=https%3A%2F%2Fats.example%2Fa%2F4821%2Fresume.pdf&tab=7`,
        target: '_blank',
      },
      {
        text: 'Open resume in HMO Lens reader',
        href: `${READER}?src=https%3A%2F%2Fats.example%2Fa%2F4822%2Fcv.docx&tab=7`,
        target: '_blank',
      },
    ]);
    expect([...files.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'))).toEqual([
      'Open resume in HMO Lens reader: resume.pdf',
      'Open resume in HMO Lens reader: cv.docx',
    ]);
    expect(files.textContent).toContain('resume.pdf shown on the page');
    expect(files.textContent).toContain('cv.docx linked');
    expect(
      files.compareDocumentPosition(byTestId(root, 'level')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows no list when the page has no files', () => {
    expect(view(ready([])).querySelector('[data-testid="resume-files"]')).toBeNull();
    expect(view(ready()).querySelector('[data-testid="resume-files"]')).toBeNull();
  });
});
