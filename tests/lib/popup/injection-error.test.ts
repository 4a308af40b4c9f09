import { describe, expect, it } from 'vitest';
import { explainInjectionError } from '../../../lib/popup/injection-error';

describe('why a page cannot be scanned', () => {
  it('says extensions may not run on browser pages or in the extension store', () => {
    for (const message of [
      'Cannot access a chrome:// URL',
      'Cannot access contents of url "about:blank".',
      'The extensions gallery cannot be scripted.',
    ])
      expect(explainInjectionError(new Error(message))).toBe(
        'Browser pages and the extension store cannot be scanned: extensions are not allowed to run there.',
      );
  });

  it('says the extension store cannot be scanned, by its address', () => {
    expect(
      explainInjectionError(
        new Error('Cannot access contents of url "https://chromewebstore.google.com/detail/x".'),
      ),
    ).toBe(
      'Browser pages and the extension store cannot be scanned: extensions are not allowed to run there.',
    );
  });

  it('says a viewer such as the PDF viewer cannot be scanned', () => {
    expect(
      explainInjectionError(new Error('Cannot access contents of url "blob:https://ats.example/1".')),
    ).toBe(
      'This viewer (for example the built-in PDF viewer) cannot be scanned. Open the resume as a web page or text file.',
    );
  });

  it('says how to allow local files', () => {
    expect(explainInjectionError(new Error('Cannot access contents of url "file:///home/r.txt".'))).toBe(
      'Local files can be scanned only after allowing "Allow access to file URLs" for HMO Lens on the extensions page.',
    );
  });

  it('says how to give access to a page the click did not grant', () => {
    for (const message of [
      'Missing host permission for the tab',
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      // An address that merely contains "pdf" or "chrome" is still an ordinary page.
      'Cannot access contents of url "https://x.example/hmo-pdf-guide". Extension manifest must request permission to access this host.',
      'Cannot access contents of url "https://x.example/chrome:tips". Extension manifest must request permission to access this host.',
    ])
      expect(explainInjectionError(new Error(message))).toBe(
        'HMO Lens was not given access to this page. Click the toolbar button on the page, then "Scan this page".',
      );
  });

  it('quotes any other reason, from an error or anything thrown', () => {
    expect(explainInjectionError(new Error('Frame with ID 0 was removed.'))).toBe(
      'This page cannot be scanned (Frame with ID 0 was removed.).',
    );
    expect(explainInjectionError('No tab with id: 7.')).toBe(
      'This page cannot be scanned (No tab with id: 7.).',
    );
  });
});
