import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/dom/visible-text';
import { extractResume, pagesNotice } from '../../../lib/extract/extract-resume';
import type { PdfJs } from '../../../lib/extract/pdf-text';
import { makeDocx } from '../../support/make-docx';

const bytes = (s: string) => new TextEncoder().encode(s);
const noPdf = async (): Promise<PdfJs> => {
  throw new Error('pdf.js must not load for this file');
};
// Stands in for the environment's HTML-to-visible-text step, so what the HTML path passes it is visible.
const deps = { pdfjs: noPdf, htmlText: (html: string) => `visible:${html.length}` };
// The real step, as the CLI takes it (the reader page takes the same with the browser's DOMParser).
const domText = (html: string) => {
  const window = new Window();
  window.document.write(html);
  const text = visibleText(window.document as unknown as Node);
  void window.happyDOM.close();
  return text;
};

describe('extractResume', () => {
  it('reads text and Markdown as they are, without a byte-order mark', async () => {
    expect(await extractResume(bytes('\uFEFFHMO claims analyst'), 'cv.txt', deps)).toEqual({
      kind: 'text',
      text: 'HMO claims analyst',
    });
    expect((await extractResume(bytes('# Casey\n- HEDIS'), 'cv.md', deps)).kind).toBe('markdown');
  });

  it('hands HTML to the environment for its visible text', async () => {
    const html = '<!doctype html><p>PPO</p>';
    expect(await extractResume(bytes(html), 'cv.txt', deps)).toEqual({
      kind: 'html',
      text: `visible:${html.length}`,
      html,
    });
  });

  it('reads a Word file by its bytes even when named .pdf, its paragraphs from the HTML it is shown as', async () => {
    const resume = await extractResume(makeDocx(['Capitation', 'Risk adjustment']), 'cv.pdf', deps);
    // One conversion: the reader shows `html`, and the text analysed is that HTML's visible text, with a
    // blank line between paragraphs so no sentence or term context runs into the next one.
    expect(resume).toEqual({
      kind: 'docx',
      html: '<p>Capitation</p><p>Risk adjustment</p>',
      text: 'visible:39',
    });
    const real = await extractResume(
      makeDocx([
        { heading: 'Experience' },
        'Claims examiner, 2018 – 2023',
        { text: 'Portfolio', href: 'https://example.org/p' },
      ]),
      'cv.docx',
      { ...deps, htmlText: domText },
    );
    expect(real.text).toBe('Experience\n\nClaims examiner, 2018 – 2023\n\nPortfolio');
  });

  it('says when a file has no readable text', async () => {
    await expect(extractResume(bytes(' \n\t'), 'cv.txt', deps)).rejects.toMatchObject({ code: 'no-text' });
    await expect(
      extractResume(bytes('<html><p></p>'), 'cv.html', { ...deps, htmlText: () => '' }),
    ).rejects.toMatchObject({ code: 'no-text' });
    await expect(
      extractResume(makeDocx(['  ']), 'cv.docx', { ...deps, htmlText: domText }),
    ).rejects.toMatchObject({
      code: 'no-text',
    });
  });
});

describe('pagesNotice', () => {
  it('speaks only when pages were left out', () => {
    expect(pagesNotice({ pageCount: 2, pagesRead: 2 })).toBeUndefined();
    expect(pagesNotice({ pageCount: 200, pagesRead: 20 })).toBe(
      'Only the first 20 of 200 pages were read: no resume is that long.',
    );
  });
});
