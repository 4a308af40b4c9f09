/**
 * One resume file's text, whatever its format: the single path the reader page and the CLI both take, so
 * a file reads the same (and fails with the same sentence) in both. The environment supplies what differs:
 * its pdf.js build, and how it turns HTML into visible text.
 */
import { ExtractError, MESSAGES } from './extract-error';
import { decodeText, type FileKind, sniffFileType } from './file-type';
import { type PdfJs, type PdfText, readPdfText } from './pdf-text';

export interface ExtractDeps {
  pdfjs: () => Promise<PdfJs>;
  htmlText: (html: string) => string;
}

export interface ExtractedResume {
  kind: FileKind;
  text: string;
  /**
   * For HTML and Word files, the HTML whose visible text `text` is, for the reader to show: it comes from
   * the file, so it must be sanitised first.
   */
  html?: string;
  /** Lines with their layout, for PDFs. */
  pdf?: PdfText;
  /** Something the recruiter should know about how the file was read (pages left out). */
  notice?: string;
}

/** What to tell the recruiter when a PDF was longer than any resume. */
export function pagesNotice(pdf: Pick<PdfText, 'pageCount' | 'pagesRead'>): string | undefined {
  if (pdf.pagesRead >= pdf.pageCount) return undefined;
  return `Only the first ${pdf.pagesRead} of ${pdf.pageCount} pages were read: no resume is that long.`;
}

async function docxHtml(bytes: Uint8Array): Promise<string> {
  // Loaded on demand: mammoth is large and only Word files need it.
  const { readDocxHtml } = await import('./docx-text');
  return readDocxHtml(bytes);
}

/**
 * A Word file's lines are whole paragraphs, not lines a PDF wrapped: a blank line between them keeps a term's
 * context and a stated figure's sentence inside their own paragraph, as they were when read as raw text.
 */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n\n');
}

function readable(text: string): string {
  if (text.trim().length === 0) throw new ExtractError('no-text', MESSAGES.noText);
  return text;
}

export async function extractResume(
  bytes: Uint8Array,
  name: string,
  deps: ExtractDeps,
  options: { password?: string } = {},
): Promise<ExtractedResume> {
  const kind = sniffFileType(bytes, name);
  if (kind === 'pdf') {
    const pdf = await readPdfText(bytes, await deps.pdfjs(), options);
    return { kind, text: pdf.text, pdf, notice: pagesNotice(pdf) };
  }
  if (kind === 'docx') {
    const html = await docxHtml(bytes);
    return { kind, text: readable(paragraphs(deps.htmlText(html))), html };
  }
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (kind === 'html') return { kind, text: readable(deps.htmlText(text)), html: text };
  return { kind, text: readable(text) };
}
