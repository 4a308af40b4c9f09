/**
 * What a resume file really is, judged from its bytes: a file renamed to the wrong extension is read as
 * what it is, and formats we cannot read are named in the message. The name only separates the text
 * formats (Markdown from plain text), which have no signature.
 */
import { ExtractError } from './extract-error';

export type FileKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

const PDF_SIGNATURE = '%PDF-';
/** pdf.js accepts a header anywhere in the first kilobyte, as Acrobat does. */
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function asciiPrefix(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < Math.min(length, bytes.length); i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/** Whether a name appears among the zip's entry names (the central directory stores them uncompressed). */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const needle = new TextEncoder().encode(name);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const UNREADABLE: ReadonlyArray<{ signature: readonly number[]; what: string }> = [
  { signature: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word .doc file: save it as .docx or PDF' },
  { signature: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file: save it as .docx or PDF' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a document with text' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a document with text' },
  { signature: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a document with text' },
  { signature: [0x1f, 0x8b], what: 'a gzip archive, not a resume' },
];

function looksLikeHtml(head: string, name: string): boolean {
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  // A comment alone also opens many Markdown files (a linter's directive): there the name decides.
  return /^\s*<!--/.test(head) && !/\.(md|markdown|txt)$/i.test(name);
}

/** Whether the bytes start like a document or binary format (PDF, zip, .doc, RTF, image), not like text. */
export function hasDocumentSignature(bytes: Uint8Array): boolean {
  return (
    asciiPrefix(bytes, PDF_HEADER_WINDOW).includes(PDF_SIGNATURE) ||
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    UNREADABLE.some(({ signature }) => startsWith(bytes, signature))
  );
}

/** Sniffs the kind of a resume file; throws an ExtractError naming what it is when it cannot be read. */
export function sniffFileType(bytes: Uint8Array, name = ''): FileKind {
  if (bytes.length === 0) throw new ExtractError('empty', 'The file is empty.');
  if (asciiPrefix(bytes, PDF_HEADER_WINDOW).includes(PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (zipHasEntry(bytes, 'word/document.xml')) return 'docx';
    throw new ExtractError('unsupported', 'This is a zip archive, not a Word (.docx) document.');
  }
  for (const { signature, what } of UNREADABLE)
    if (startsWith(bytes, signature)) throw new ExtractError('unsupported', `This file is ${what}.`);
  const head = decodeText(bytes.subarray(0, 4096), true).replace(/^\uFEFF/, '');
  if (looksLikeHtml(head, name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.html?$/i.test(name)) return 'html';
  return 'text';
}

/**
 * Decodes UTF-8 text, refusing binary data. `partial` tolerates a character cut at the end of a prefix.
 */
export function decodeText(bytes: Uint8Array, partial = false): string {
  if (bytes.includes(0))
    throw new ExtractError('unsupported', 'This file is binary (it contains NUL bytes), not a text resume.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    throw new ExtractError('unsupported', 'This file is not UTF-8 text (binary, or another encoding).');
  }
}
