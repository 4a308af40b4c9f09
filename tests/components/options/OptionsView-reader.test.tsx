// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from '../../../components/options/OptionsView';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { mount } from '../../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the options page and the reader', () => {
  it('links to the resume reader, opening in a new tab', () => {
    const root = mount(
      <OptionsView
        readerUrl="chrome-extension://id/reader.html"
        settings={DEFAULT_SETTINGS}
        terms={[]}
        builtInIds={new Set()}
        storageProblems={[]}
        failure={null}
        importState={{ kind: 'idle' }}
        replaces={() => undefined}
        onSettingsChange={() => {}}
        onSaveTerm={async () => []}
        onDeleteTerm={() => {}}
        onExport={() => {}}
        onImportFile={() => {}}
        onApplyImport={() => {}}
        onCancelImport={() => {}}
      />,
    );
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Open a resume file…');
    expect(link?.getAttribute('href')).toBe('chrome-extension://id/reader.html');
    expect(link?.target).toBe('_blank');
  });
});
