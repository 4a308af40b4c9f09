import { describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../entrypoints/reader/open-source';
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
});
