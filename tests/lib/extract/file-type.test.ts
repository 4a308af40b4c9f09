import { describe, expect, it } from 'vitest';
import { decodeText, hasDocumentSignature, sniffFileType } from '../../../lib/extract/file-type';
import { makeDocx, zip } from '../../support/make-docx';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffFileType', () => {
  it('knows a PDF and a Word file by their bytes, whatever the name says', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n...'), 'resume.docx')).toBe('pdf');
    expect(sniffFileType(bytes('\n\n%PDF-1.4\n'), 'resume.txt')).toBe('pdf');
    expect(sniffFileType(makeDocx(['Claims analyst']), 'resume.pdf')).toBe('docx');
  });

  it('tells HTML by its opening, Markdown by its name, and falls back to text', () => {
    expect(sniffFileType(bytes('\uFEFF<!DOCTYPE html><html>…'), 'resume.txt')).toBe('html');
    expect(sniffFileType(bytes('<p>Plain fragment</p>'), 'resume.htm')).toBe('html');
    expect(sniffFileType(bytes('# Morgan'), 'resume.md')).toBe('markdown');
    // A comment opens HTML fragments, and Markdown files too (a linter's directive): the name decides.
    expect(sniffFileType(bytes('<!-- saved -->\n<p>Morgan</p>'), 'resume')).toBe('html');
    expect(sniffFileType(bytes('<!-- markdownlint-disable -->\n# Morgan'), 'resume.md')).toBe('markdown');
    expect(sniffFileType(bytes('<!-- notes -->\nMorgan Sample'), 'resume.txt')).toBe('text');
    expect(sniffFileType(bytes('Morgan Sample, RN'), 'resume')).toBe('text');
  });

  it('names what it cannot read', () => {
    const cases: Array<[number[], RegExp]> = [
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], /old Word \.doc/],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /PNG image/],
      [[0xff, 0xd8, 0xff, 0xe0], /JPEG image/],
      [[...bytes('{\\rtf1\\ansi')], /RTF/],
    ];
    for (const [signature, message] of cases)
      expect(() => sniffFileType(new Uint8Array(signature), 'resume.pdf')).toThrow(message);
    expect(() => sniffFileType(zip([{ name: 'photo.jpg', data: 'x' }]), 'resume.docx')).toThrow(
      /zip archive/,
    );
    expect(() => sniffFileType(new Uint8Array(), 'resume.pdf')).toThrow('The file is empty.');
    expect(() => sniffFileType(new Uint8Array([0x41, 0, 0x42]), 'resume.txt')).toThrow(/binary/);
    expect(() => sniffFileType(new Uint8Array([0x41, 0xff, 0x42]), 'resume.txt')).toThrow(/not UTF-8/);
  });
});

describe('decodeText', () => {
  it('tolerates a character cut at the end of a prefix only when asked', () => {
    const cut = bytes('Café').slice(0, 4);
    expect(decodeText(cut, true)).toBe('Caf');
    expect(() => decodeText(cut)).toThrow(/not UTF-8/);
  });
});

describe('hasDocumentSignature', () => {
  it('tells document and binary formats from text, even text that is not UTF-8', () => {
    expect(hasDocumentSignature(bytes('%PDF-1.7'))).toBe(true);
    expect(hasDocumentSignature(makeDocx(['x']).subarray(0, 64))).toBe(true);
    expect(hasDocumentSignature(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe(true);
    expect(hasDocumentSignature(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe(false);
    expect(hasDocumentSignature(bytes('Claims analyst'))).toBe(false);
  });
});
