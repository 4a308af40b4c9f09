import { describe, expect, it } from 'vitest';
import { readDocxHtml } from '../../../lib/extract/docx-text';
import { checkZipSize, MAX_UNZIPPED_BYTES } from '../../../lib/extract/zip-guard';
import { docxEntries, makeDocx, zip } from '../../support/make-docx';

const PARAGRAPHS = [
  { heading: 'Experience' },
  'Utilization Management Nurse, Example Health Plan, 2018 – 2023',
  'Reviewed prior authorization requests for HMO and Medicare Advantage members.',
  { text: 'Portfolio', href: 'https://example.org/portfolio' },
];

describe('readDocxHtml', () => {
  it('refuses a zip bomb by what it declares, and by what it really unpacks to when its sizes lie', async () => {
    const declared = zip([
      ...docxEntries(PARAGRAPHS),
      { name: 'word/media/a.bin', data: 'x', declaredSize: MAX_UNZIPPED_BYTES },
    ]);
    await expect(readDocxHtml(declared)).rejects.toMatchObject({ code: 'zip-bomb' });
    // A smaller budget keeps the test quick; the inflating is the same as at the real one.
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const lying = zip([
      ...docxEntries(PARAGRAPHS),
      { name: 'word/media/a.bin', data: zeros, declaredSize: 10 },
    ]);
    expect(lying.length).toBeLessThan(20_000);
    await expect(checkZipSize(lying, 1024 * 1024)).rejects.toMatchObject({ code: 'zip-bomb' });
    await expect(checkZipSize(lying, 8 * 1024 * 1024)).resolves.toBeUndefined();
  });

  it('calls a truncated or broken Word file damaged, and an empty one empty', async () => {
    const docx = makeDocx(PARAGRAPHS);
    await expect(readDocxHtml(docx.slice(0, docx.length - 40))).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocxHtml(docx.slice(0, 200))).rejects.toMatchObject({ code: 'corrupt' });
    const noDocument = zip(docxEntries(PARAGRAPHS).filter((e) => e.name !== 'word/document.xml'));
    await expect(readDocxHtml(noDocument)).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readDocxHtml(new Uint8Array())).rejects.toMatchObject({ code: 'empty' });
  });

  it('converts headings, paragraphs and links to simple HTML', async () => {
    const html = await readDocxHtml(makeDocx(PARAGRAPHS));
    expect(html).toContain('<h1>Experience</h1>');
    expect(html).toContain('<p>Reviewed prior authorization requests');
    expect(html).toContain('<a href="https://example.org/portfolio">Portfolio</a>');
  });
});
