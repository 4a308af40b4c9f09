// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../../components/HoverCard';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import { analyze } from '../../../lib/analysis/analyze';
import { definitionOf } from '../../../lib/glossary/definitions';
import type { PopupStatus } from '../../../lib/popup/popup-status';
import type { PageReport } from '../../../lib/protocol/tab-description';
import { TODAY } from '../../fixtures/resumes/expected';
import { byTestId, click, mount } from '../../support/render';
import { resumeText } from '../../support/resume-text';

afterEach(() => {
  document.body.innerHTML = '';
});

function readyStatus(fixture: string): Extract<PopupStatus, { kind: 'ready' }> {
  const analysis = analyze(resumeText(fixture), { today: TODAY });
  const page: PageReport = {
    url: 'https://example.test/',
    status: 'ready',
    active: true,
    highlighting: true,
    distinctTerms: 3,
    revision: 2,
    analysis,
    definitions: Object.fromEntries(analysis.terms.map((t) => [t.id, definitionOf(t.id) ?? ''])),
  };
  return {
    kind: 'ready',
    page,
    terms: analysis.terms.map((t) => ({ ...t, definition: page.definitions[t.id] ?? '' })),
  };
}

function props(status: PopupStatus, overrides: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    status,
    highlighting: true,
    termPositions: {},
    onScan: vi.fn(),
    onRescan: vi.fn(),
    onRetry: vi.fn(),
    onToggleHighlighting: vi.fn(),
    onCopy: vi.fn(async () => true),
    onRevealTerm: vi.fn(),
    ...overrides,
  };
}

describe('what the page left out', () => {
  it('is said before the level it qualifies, and not at all when nothing is missing', () => {
    const status = readyStatus('long-career-outside-health.txt');
    const note = 'This page shows 3 of 5 experiences, and the analysis covers only those.';
    const root = mount(<PopupView {...props({ ...status, page: { ...status.page, notes: [note] } })} />);
    const notes = byTestId(root, 'page-notes');
    expect(notes.textContent).toBe(note);
    expect(
      notes.compareDocumentPosition(byTestId(root, 'level')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    document.body.innerHTML = '';
    const plain = mount(<PopupView {...props(status)} />);
    expect(plain.querySelector('[data-testid="page-notes"]')).toBeNull();
  });
});

describe('a page too large or slow to analyse', () => {
  it('says so in plain words, after how long, and that highlights still work, with Rescan at hand', () => {
    const status = readyStatus('long-career-outside-health.txt');
    const page: PageReport = { ...status.page, analysis: null, stopped: { afterMs: 2_003 } };
    const root = mount(<PopupView {...props({ kind: 'ready', page, terms: [] })} />);
    const said = byTestId(root, 'analysis-stopped');
    expect(said.getAttribute('role')).toBe('alert');
    expect(said.textContent).toMatch(/too large or too slow to analyse: HMO Lens stopped after 2 s/);
    expect(said.textContent).toMatch(/Highlights on the page still work/);
    expect(root.textContent).not.toMatch(/not a profile/);
    expect(root.querySelector('[data-testid="level"]')).toBeNull();
    expect(byTestId(root, 'rescan')).toBeTruthy();
    expect(byTestId(root, 'toggle-highlighting')).toBeTruthy();
  });
});

describe('popup sections from a fixed analysis', () => {
  it('shows the level, both year figures and the evidence', () => {
    const root = mount(<PopupView {...props(readyStatus('long-career-outside-health.txt'))} />);
    expect(byTestId(root, 'level').textContent).toBe('Mid');
    expect(byTestId(root, 'years').textContent).toBe('4 health-plan years · 14 total');
    const evidence = byTestId(root, 'evidence').textContent ?? '';
    expect(evidence).toContain('Claims Examiner (Humana), 11/2022–present: counted, 4 yrs');
    expect(evidence).toContain('Security Officer (Allied Universal), 2010–2020: not health-plan work');
  });

  it('says plainly that a page without managed-care substance gets no level', () => {
    const root = mount(<PopupView {...props(readyStatus('pc-claims-adjuster.txt'))} />);
    expect(byTestId(root, 'level').textContent).toBe('Not enough information');
    expect(root.textContent).toContain('little or no managed-care experience, so no level is suggested');
  });

  it('lists red flags with what was looked for and the question to ask, or "none found"', () => {
    const flagged = mount(<PopupView {...props(readyStatus('pdf-text-dates-first.txt'))} />);
    const flags = Array.from(byTestId(flagged, 'red-flags').querySelectorAll('[data-flag]'));
    expect(flags.map((f) => f.getAttribute('data-flag'))).toEqual([
      'no-regulations',
      'no-compliance',
      'no-leadership',
    ]);
    expect(flags[0]?.textContent).toContain('Ask: Which state or federal rules');
    document.body.innerHTML = '';
    const clean = mount(<PopupView {...props(readyStatus('senior-hmo-director.txt'))} />);
    expect(byTestId(clean, 'no-red-flags').textContent).toBe('None found.');
  });

  it('shows the level with its reason, the specialty, the red-flag count and Copy first', () => {
    const root = mount(<PopupView {...props(readyStatus('pdf-text-dates-first.txt'))} />);
    const glance = root.querySelector('.glance') as HTMLElement;
    expect(glance).toBe(root.querySelector('.popup__body > section'));
    expect(byTestId(glance, 'level').textContent).toBe('Senior');
    expect(byTestId(glance, 'level-reason').textContent).toMatch(/of health-plan experience: senior/);
    expect(byTestId(glance, 'specialty').textContent).toBe('Provider network');
    expect(byTestId(glance, 'flag-count').textContent).toBe('3 red flags to probe');
    const copy = byTestId(glance, 'copy-search');
    expect(copy.textContent).toBe('Copy search string');
  });

  it('says on the first screen when there is nothing managed-care to judge', () => {
    const root = mount(<PopupView {...props(readyStatus('software-engineer.txt'))} />);
    const glance = root.querySelector('.glance') as HTMLElement;
    expect(byTestId(glance, 'level').textContent).toBe('Not enough information');
    expect(byTestId(glance, 'flag-count').textContent).toBe('No red flags: nothing managed-care to judge');
    expect(glance.textContent).toContain('little or no managed-care experience');
  });

  it('drops a title or a keyword with its chip, and the string and the copy follow', async () => {
    const status = readyStatus('junior-claims-processor.txt');
    const analysis = status.page.analysis;
    if (!analysis) throw new Error('no analysis');
    const onCopy = vi.fn(async () => true);
    const root = mount(<PopupView {...props(status, { onCopy })} />);
    const chips = Array.from(byTestId(root, 'search-titles').querySelectorAll('button'));
    expect(chips.map((c) => c.textContent)).toEqual(analysis.searchTitles);
    expect(byTestId(root, 'search-string').textContent).toBe(analysis.searchString);
    await click(chips[1] as HTMLButtonElement);
    expect(chips[1]?.getAttribute('aria-pressed')).toBe('false');
    const withoutExaminer = byTestId(root, 'search-string').textContent ?? '';
    expect(withoutExaminer).not.toContain('"Claims Examiner"');
    expect(withoutExaminer).toContain('"Claims Adjudicator"');
    const keyword = byTestId(root, 'search-keywords').querySelector('button') as HTMLButtonElement;
    expect(keyword.textContent).toBe('coordination of benefits / COB');
    await click(keyword);
    const adjusted = byTestId(root, 'search-string').textContent ?? '';
    expect(adjusted).not.toContain('COB');
    await click(byTestId(root, 'copy-search'));
    expect(onCopy).toHaveBeenLastCalledWith(adjusted);
    await click(chips[1] as HTMLButtonElement);
    await click(keyword);
    expect(byTestId(root, 'search-string').textContent).toBe(analysis.searchString);
  });

  it('copies the boolean string, and the X-ray form behind its switch', async () => {
    const status = readyStatus('mid-member-services.md');
    const onCopy = vi.fn(async () => true);
    const root = mount(<PopupView {...props(status, { onCopy })} />);
    await click(byTestId(root, 'copy-search'));
    expect(onCopy).toHaveBeenLastCalledWith(status.page.analysis?.searchString);
    expect(byTestId(root, 'copy-search').textContent).toBe('✓ Copied');
    const xraySwitch = root.querySelector<HTMLInputElement>('.query input[type="checkbox"]');
    await act(async () => {
      xraySwitch?.click();
    });
    expect(byTestId(root, 'search-string').textContent).toBe(status.page.analysis?.xraySearchString);
    expect(byTestId(root, 'copy-search').textContent).toBe('Copy Google X-ray search string');
    await click(byTestId(root, 'copy-search-below'));
    expect(onCopy).toHaveBeenLastCalledWith(status.page.analysis?.xraySearchString);
  });

  it('selects the text for manual copy when the clipboard is refused', async () => {
    const status = readyStatus('mid-member-services.md');
    const root = mount(<PopupView {...props(status, { onCopy: async () => false })} />);
    await click(byTestId(root, 'copy-search'));
    const box = root.querySelector<HTMLTextAreaElement>('.manual-copy textarea');
    expect(box?.value).toBe(status.page.analysis?.searchString);
    expect(document.activeElement).toBe(box);
  });

  it('lists terms with counts and definitions, and asks to reveal one on click', async () => {
    const onRevealTerm = vi.fn();
    const status = readyStatus('mid-member-services.md');
    const root = mount(<PopupView {...props(status, { onRevealTerm, termPositions: { pcp: '1 of 1' } })} />);
    const items = Array.from(byTestId(root, 'terms').querySelectorAll('li'));
    expect(items).toHaveLength(status.terms.length);
    const pcp = items.find((li) => li.textContent?.startsWith('PCP'));
    expect(pcp?.textContent).toContain('×1');
    expect(pcp?.textContent).toContain('1 of 1');
    expect(pcp?.textContent).toContain('Primary care physician');
    await click(pcp?.querySelector('button') as HTMLButtonElement);
    expect(onRevealTerm).toHaveBeenCalledWith('pcp');
  });

  it('opens a long definition in full with one click', async () => {
    const status = readyStatus('senior-hmo-director.txt');
    const root = mount(<PopupView {...props(status)} />);
    const readAll = Array.from(byTestId(root, 'terms').querySelectorAll<HTMLButtonElement>('.link-button'));
    expect(readAll.length).toBeGreaterThan(0);
    const button = readAll[0] as HTMLButtonElement;
    const definition = root.querySelector(`#${button.getAttribute('aria-controls')}`) as HTMLElement;
    expect(definition.className).toContain('term__definition--cut');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await click(button);
    expect(definition.className).not.toContain('term__definition--cut');
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });

  it('folds the expected answers of the level’s interview questions', () => {
    const root = mount(<PopupView {...props(readyStatus('senior-hmo-director.txt'))} />);
    const questions = byTestId(root, 'questions');
    // Two HMO questions of the level, then three for each of the director's two specialties.
    expect(questions.querySelectorAll('li')).toHaveLength(8);
    expect(questions.textContent).toContain('a specialist the network cannot offer');
    expect(Array.from(questions.querySelectorAll('details')).every((d) => !d.open)).toBe(true);
  });
});

describe('popup states', () => {
  it('offers "Scan this page" where the content script is not running', async () => {
    const onScan = vi.fn();
    const root = mount(<PopupView {...props({ kind: 'not-scanned' }, { onScan })} />);
    await click(byTestId(root, 'scan'));
    expect(onScan).toHaveBeenCalled();
  });

  it('explains pages where extensions cannot run', () => {
    const reason = 'Browser pages and the extension store cannot be scanned.';
    const root = mount(<PopupView {...props({ kind: 'unsupported', reason })} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(reason);
    expect(root.querySelector('[data-testid="scan"]')).toBeNull();
  });

  it('says a LinkedIn page other than a profile is not read, with nothing to scan', () => {
    const root = mount(<PopupView {...props({ kind: 'not-a-profile' })} />);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/not a profile/);
    expect(root.querySelector('[data-testid="scan"]')).toBeNull();
  });

  it('shows progress while loading or scanning', () => {
    for (const kind of ['loading', 'scanning'] as const) {
      const root = mount(<PopupView {...props({ kind })} />);
      expect(root.querySelector('[role="status"][aria-busy="true"]')).not.toBeNull();
      document.body.innerHTML = '';
    }
  });

  it('shows an error with a retry', async () => {
    const onRetry = vi.fn();
    const root = mount(<PopupView {...props({ kind: 'error', message: 'It broke.' }, { onRetry })} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('It broke.');
    await click(root.querySelector('[role="alert"] button') as HTMLButtonElement);
    expect(onRetry).toHaveBeenCalled();
  });

  it('switches highlighting from the header', async () => {
    const onToggleHighlighting = vi.fn();
    const root = mount(<PopupView {...props({ kind: 'not-scanned' }, { onToggleHighlighting })} />);
    await click(byTestId(root, 'toggle-highlighting'));
    expect(onToggleHighlighting).toHaveBeenCalledWith(false);
  });

  it('names every control', () => {
    const root = mount(<PopupView {...props(readyStatus('mid-member-services.md'))} />);
    for (const control of Array.from(root.querySelectorAll('button, input, a'))) {
      const name =
        control.getAttribute('aria-label') ??
        control.closest('label')?.textContent ??
        control.textContent ??
        '';
      expect(name.trim().length, control.outerHTML).toBeGreaterThan(0);
    }
  });
});

describe('hover card', () => {
  it('renders page text as text, never as HTML', () => {
    const root = mount(
      <HoverCard
        term="HMO"
        category="plan-type"
        definition="A plan."
        aliases={['Health Maintenance Organization']}
        matchedText={'<img src=x onerror="window.pwned=1">'}
        position={{ left: 10, top: 20 }}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(root.textContent).toContain('Plan type');
    const card = root.querySelector<HTMLElement>('.hmo-card');
    expect(card?.style.left).toBe('10px');
    expect(card?.style.top).toBe('20px');
  });
});
