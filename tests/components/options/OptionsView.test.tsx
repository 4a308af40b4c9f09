// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../../components/options/BackupPanel';
import { TermEditor } from '../../../components/options/TermEditor';
import { GLOSSARY } from '../../../lib/glossary';
import { createBackup, type ImportPlan, planImport } from '../../../lib/storage/backup';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { manyTerms } from '../../support/many-terms';
import { byTestId, click, mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

const hmo = { term: 'HMO', definition: 'The built-in wording.', category: 'plan-type' as const };
const replaces = (name: string) => (name.trim().toUpperCase() === 'HMO' ? hmo : undefined);

async function type(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the term editor', () => {
  it('says which built-in definition a name replaces, and takes that term’s category', async () => {
    const onSave = vi.fn(async () => []);
    const root = mount(<TermEditor editing={null} replaces={replaces} onSave={onSave} onCancel={() => {}} />);
    await type(byTestId(root, 'term-name'), 'HMO');
    expect(byTestId(root, 'term-replaces').textContent).toContain(
      'built-in definition of “HMO”: The built-in wording.',
    );
    expect((byTestId(root, 'term-category') as HTMLSelectElement).value).toBe('plan-type');
    await type(byTestId(root, 'term-aliases'), 'health plan HMO, ; managed HMO');
    await type(byTestId(root, 'term-definition'), 'Ours.');
    await click(byTestId(root, 'term-save'));
    expect(onSave).toHaveBeenCalledWith({
      term: 'HMO',
      aliases: ['health plan HMO', '', 'managed HMO'],
      definition: 'Ours.',
      category: 'plan-type',
    });
    // Saved: the form is empty again for the next term.
    expect((byTestId(root, 'term-name') as HTMLInputElement).value).toBe('');
  });

  it('lists the problems that stopped a save, as text, and keeps what was typed', async () => {
    const root = mount(
      <TermEditor
        editing={null}
        replaces={replaces}
        onSave={async () => ['definition: must not be empty', 'term: <img src=x onerror=alert(1)>']}
        onCancel={() => {}}
      />,
    );
    await type(byTestId(root, 'term-name'), 'Dental plan');
    await click(byTestId(root, 'term-save'));
    expect(byTestId(root, 'term-problems').textContent).toContain('definition: must not be empty');
    expect(root.querySelector('img')).toBeNull();
    expect((byTestId(root, 'term-name') as HTMLInputElement).value).toBe('Dental plan');
  });
});

describe('the backup panel', () => {
  const term = {
    id: 'custom-dhmo',
    term: 'DHMO',
    aliases: [],
    definition: 'A dental HMO.',
    category: 'plan-type' as const,
  };
  const plan = (overrides: Partial<ImportPlan> = {}): ImportPlan => ({
    added: [term],
    replaced: [],
    unchanged: 0,
    settingsChanges: [],
    conflicts: [],
    result: { terms: [term], settings: DEFAULT_SETTINGS },
    ...overrides,
  });
  const panel = (state: Parameters<typeof BackupPanel>[0]['state'], onApply = () => {}) =>
    mount(
      <BackupPanel
        state={state}
        onExport={() => {}}
        onChooseFile={() => {}}
        onApply={onApply}
        onCancel={() => {}}
      />,
    );

  it('shows what an import will do and applies it only on request', async () => {
    const onApply = vi.fn();
    const root = panel({ kind: 'plan', fileName: 'mine.json', plan: plan() }, onApply);
    expect(byTestId(root, 'import-plan').textContent).toContain('add DHMO');
    expect(onApply).not.toHaveBeenCalled();
    await click(byTestId(root, 'import-apply'));
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('cannot apply an import with conflicts, or one that changes nothing', () => {
    const clash = panel({
      kind: 'plan',
      fileName: 'a.json',
      plan: plan({ conflicts: ['your terms[1].term: clash'] }),
    });
    expect((byTestId(clash, 'import-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(clash, 'import-conflicts').textContent).toContain('clash');
    document.body.innerHTML = '';
    const same = panel({ kind: 'plan', fileName: 'b.json', plan: plan({ added: [], unchanged: 1 }) });
    expect((byTestId(same, 'import-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(byTestId(same, 'import-plan').textContent).toContain('change nothing');
  });

  it('lists every problem of a bad file and says nothing changed', () => {
    const root = panel({
      kind: 'problems',
      fileName: 'bad.json',
      problems: ['terms[3].definition: required'],
    });
    const text = byTestId(root, 'import-problems').textContent ?? '';
    expect(text).toContain('bad.json cannot be imported; nothing was changed.');
    expect(text).toContain('terms[3].definition: required');
  });

  it('reports the limit on terms like any other conflict, in plain words, with Apply disabled', () => {
    const over = planImport(
      createBackup(DEFAULT_SETTINGS, manyTerms('imported', 300)),
      { terms: manyTerms('mine', 250), settings: DEFAULT_SETTINGS },
      GLOSSARY,
    );
    const root = panel({ kind: 'plan', fileName: 'big.json', plan: over });
    expect((byTestId(root, 'import-apply') as HTMLButtonElement).disabled).toBe(true);
    const conflicts = byTestId(root, 'import-conflicts').textContent ?? '';
    expect(conflicts).toContain('HMO Lens keeps at most 500');
    expect(conflicts).not.toMatch(/[{}[\]]|too_big|"code"/);
    expect(byTestId(root, 'import-plan').textContent).toContain('nothing has changed');
  });
});
