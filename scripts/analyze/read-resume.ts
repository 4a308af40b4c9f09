/**
 * The CLI's side of reading a resume file: what only a command line meets (a path that is missing, a
 * directory or unreadable; a name that is no resume's), and the Node versions of pdf.js and of HTML's
 * visible text. The file's content is read by lib/extract, as the reader page reads it.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { visibleText } from '../../lib/dom/visible-text';
import { type ExtractDeps, extractResume } from '../../lib/extract/extract-resume';
import { hasDocumentSignature } from '../../lib/extract/file-type';
import type { PdfLine } from '../../lib/extract/pdf-lines';
import { nodePdfJs } from '../../lib/extract/pdfjs-node';

/** A path the CLI cannot read as a file: a full sentence after the file's name, like the reader's reasons. */
export class FileError extends Error {}

const NO_SUCH_FILE = 'There is no such file.';
const DIRECTORY = 'This is a directory, not a file.';

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];
/** Enough of the head of a file to find a PDF header or a zip signature. */
const SNIFF_BYTES = 1024;

function htmlText(html: string): string {
  const window = new Window();
  try {
    window.document.write(html);
    return visibleText(window.document as unknown as Node);
  } finally {
    void window.happyDOM.close();
  }
}

const NODE: ExtractDeps = { pdfjs: nodePdfJs, htmlText };

/**
 * Whether the file starts like a document or binary format (a PDF, a zip, an image, an old .doc), which is
 * read whatever its extension says. Reads only the head, so a large file of another kind is refused
 * without loading it. False for files that cannot be opened: reading them says why.
 */
async function startsLikeDocument(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(new Uint8Array(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      return hasDocumentSignature(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(NO_SUCH_FILE);
    if (code === 'EISDIR') throw new FileError(DIRECTORY);
    if (code === 'EACCES') throw new FileError('You do not have permission to read this file.');
    throw new FileError(`This file cannot be read (${code ?? String(error)}).`);
  }
}

/**
 * Text of a resume file, with the layout of its lines for a PDF (the role reader uses it) and what the
 * recruiter should know about how it was read. Throws FileError or ExtractError with a one-line reason.
 */
export async function readResume(
  file: string,
  password: string | undefined,
): Promise<{ text: string; layout?: PdfLine[]; notice?: string }> {
  // What the path is comes before what its name says: a missing x.pdf is missing, not unsupported.
  try {
    if ((await stat(file)).isDirectory()) throw new FileError(DIRECTORY);
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError(NO_SUCH_FILE);
  }
  const ext = extname(file).toLowerCase();
  if (!EXTENSIONS.includes(ext) && !(await startsLikeDocument(file)))
    throw new FileError(
      `This file type is not supported (${ext ? `"${ext}"` : 'no extension'}): use .txt, .md, .html, .pdf or .docx.`,
    );
  const resume = await extractResume(
    await readBytes(file),
    file,
    NODE,
    password === undefined ? {} : { password },
  );
  return {
    text: resume.text,
    ...(resume.pdf ? { layout: resume.pdf.lines } : {}),
    ...(resume.notice ? { notice: resume.notice } : {}),
  };
}
