import { describe, expect, it } from 'vitest';
import { fileNameOf, readChosenFile, sourceTab, sourceUrl } from '../../../entrypoints/reader/open-source';
import { ExtractError, MAX_FILE_BYTES } from '../../../lib/extract/extract-error';

describe('files the reader opens', () => {
  it('refuses a chosen file larger than any resume without reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const error = await readChosenFile(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('too-large');
    expect(read).toBe(false);
  });

  it('reads a chosen file of resume size whole', async () => {
    const bytes = await readChosenFile(new Blob(['%PDF-1.7 resume']));
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 resume');
  });

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
});
