/**
 * Text and HTML of a Word (.docx) resume through mammoth, after checking the archive cannot flood memory.
 * Mammoth reads only the document itself: no external files, no macros, nothing from the network.
 */
import mammoth from 'mammoth';
import { ExtractError, MESSAGES } from './extract-error';
import { checkZipSize } from './zip-guard';

type MammothInput = Parameters<typeof mammoth.extractRawText>[0];

/** Mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both. */
function input(bytes: Uint8Array): MammothInput {
  const arrayBuffer = bytes.slice().buffer;
  return { buffer: bytes, arrayBuffer } as unknown as MammothInput;
}

async function guarded<T>(bytes: Uint8Array, read: () => Promise<T>): Promise<T> {
  if (bytes.length === 0) throw new ExtractError('empty', MESSAGES.empty);
  await checkZipSize(bytes);
  try {
    return await read();
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError('corrupt', MESSAGES.corruptDocx);
  }
}

function requireText(text: string): string {
  if (text.trim().length === 0) throw new ExtractError('no-text', MESSAGES.noText);
  return text;
}

/** The document's paragraphs, separated by blank lines. */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  const result = await guarded(bytes, () => mammoth.extractRawText(input(bytes)));
  return requireText(result.value.replace(/\n{3,}/g, '\n\n').trim());
}

/**
 * The document as simple HTML (headings, lists, tables, links, images as data: URLs). The HTML comes from
 * the file: whoever shows it must sanitise it first.
 */
export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  const result = await guarded(bytes, () =>
    mammoth.convertToHtml(input(bytes), { externalFileAccess: false, ignoreEmptyParagraphs: true }),
  );
  requireText(result.value.replace(/<[^>]*>/g, ''));
  return result.value;
}
