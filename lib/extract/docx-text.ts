/**
 * A Word (.docx) resume as HTML through mammoth, after checking the archive cannot flood memory. One
 * conversion gives both what the reader shows and, through its visible text, what is analysed.
 * Mammoth reads only the document itself: no external files, no macros, nothing from the network.
 */
import mammoth from 'mammoth';
import { ExtractError, MESSAGES } from './extract-error';
import { checkZipSize } from './zip-guard';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** Mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both. */
function input(bytes: Uint8Array): MammothInput {
  const arrayBuffer = bytes.slice().buffer;
  return { buffer: bytes, arrayBuffer } as unknown as MammothInput;
}

/**
 * The document as simple HTML (headings, lists, tables, links, images as data: URLs). The HTML comes from
 * the file: whoever shows it must sanitise it first.
 */
export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new ExtractError('empty', MESSAGES.empty);
  await checkZipSize(bytes);
  try {
    const result = await mammoth.convertToHtml(input(bytes), {
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
    });
    return result.value;
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('corrupt', MESSAGES.corruptDocx);
  }
}
