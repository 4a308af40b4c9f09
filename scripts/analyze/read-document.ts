/**
 * The CLI's reader for PDF and Word resumes, through the same lib/extract functions as the reader page.
 * A file counts as a document by its bytes, so a PDF named resume.txt is still read as a PDF.
 */
import { open, readFile } from 'node:fs/promises';
import { ExtractError } from '../../lib/extract/extract-error';
import { extractDocument } from '../../lib/extract/extract-resume';
import { hasDocumentSignature, sniffFileType } from '../../lib/extract/file-type';
import type { PdfLine } from '../../lib/extract/pdf-lines';
import { nodePdfJs } from '../../lib/extract/pdfjs-node';

/** Enough of the head of a file to find a PDF header or a zip signature. */
const SNIFF_BYTES = 1024;

/**
 * Whether the file needs the document reader: a PDF, a zip, or another binary format the sniffer names (an
 * image, an old .doc). False for text, for empty files and for files that cannot be opened: the text path
 * reports those.
 */
export async function isDocumentFile(file: string): Promise<boolean> {
  let head: Uint8Array;
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(new Uint8Array(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
  return hasDocumentSignature(head);
}

/**
 * Text of a PDF or Word resume, and for a PDF the layout of its lines (the role reader uses it). Throws
 * ExtractError with a one-line reason; reports a notice (such as pages left out of a very long PDF)
 * through `notice`.
 */
export async function readDocument(
  file: string,
  notice: (message: string) => void,
  options: { password?: string | undefined } = {},
): Promise<{ text: string; layout?: PdfLine[] }> {
  const bytes = new Uint8Array(await readFile(file));
  const kind = sniffFileType(bytes, file);
  if (kind !== 'pdf' && kind !== 'docx')
    throw new ExtractError('unsupported', 'This is not a PDF or Word file.');
  const resume = await extractDocument(
    bytes,
    kind,
    nodePdfJs,
    options.password === undefined ? {} : { password: options.password },
  );
  if (resume.notice) notice(resume.notice);
  return resume.pdf ? { text: resume.text, layout: resume.pdf.lines } : { text: resume.text };
}
