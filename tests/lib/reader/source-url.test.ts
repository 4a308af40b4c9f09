import { describe, expect, it } from 'vitest';
import { fileNameOf, sameOrigin, sourceTab, sourceUrl } from '../../../lib/reader/source-url';

describe('the document the popup sends the reader to', () => {
  it('takes a ?src= document from the web or a local file only', () => {
    expect(sourceUrl('?src=https%3A%2F%2Fats.example%2Fr%2Fjane%20doe.pdf')?.href).toBe(
      'https://ats.example/r/jane%20doe.pdf',
    );
    expect(sourceUrl('?src=file%3A%2F%2F%2Fhome%2Fr.pdf')?.protocol).toBe('file:');
    for (const bad of [
      'javascript:alert(1)',
      'chrome-extension://x/reader.html',
      'data:application/pdf,x',
      'nope',
    ])
      expect(sourceUrl(`?src=${encodeURIComponent(bad)}`)).toBeNull();
    expect(sourceUrl('')).toBeNull();
  });

  it('names a fetched document after its file, decoded', () => {
    expect(fileNameOf(new URL('https://ats.example/r/jane%20doe.pdf'))).toBe('jane doe.pdf');
    expect(fileNameOf(new URL('https://ats.example/'))).toBe('ats.example');
  });

  it('reads the source tab only when the popup gave a whole number', () => {
    expect(sourceTab('?tab=12')).toBe(12);
    expect(sourceTab('?tab=-1')).toBeNull();
    expect(sourceTab('?tab=1.5')).toBeNull();
    expect(sourceTab('')).toBeNull();
  });

  it('reads a file through its tab only when the tab is of the same origin, never for local files', () => {
    const file = new URL('https://ats.example/a/4821/resume.pdf');
    expect(sameOrigin('https://ats.example/candidates/4821', file)).toBe(true);
    expect(sameOrigin('https://other.example/candidates/4821', file)).toBe(false);
    expect(sameOrigin('http://ats.example/candidates/4821', file)).toBe(false);
    expect(sameOrigin('not a url', file)).toBe(false);
    expect(sameOrigin('file:///home/r/index.html', new URL('file:///home/r/resume.pdf'))).toBe(false);
  });
});
