/**
 * A made-up managed-care resume as HTML to print (PDF) and as paragraphs (Word), plus the bad files the
 * reader must explain: written here, made into files in test setup, so no binary sits in the repo.
 */
import { MAX_UNZIPPED_BYTES } from '../../lib/extract/zip-guard';
import { protectedPdf } from './hand-made-pdf';
import { docxEntries, makeDocx, zip } from './make-docx';
import { type PdfPrinter, scannedPageHtml } from './print-pdf';

export const RESUME_PARAGRAPHS = [
  'Jordan Rivera — Utilization Management Manager',
  'Summary',
  'Nine years on the payer side: utilization management, prior authorization and HEDIS reporting for HMO, PPO and Medicare Advantage members.',
  'Experience',
  'Utilization Management Manager, Example Health Plan, Jan 2019 – Present',
  'Leads a team of nurse reviewers doing prior authorization and concurrent review under NCQA standards.',
  'Worked with network management on capitation contracts and value-based care arrangements.',
  'Utilization Review Nurse, Sample Medicaid MCO, Mar 2015 – Dec 2018',
  'Reviewed inpatient stays against InterQual criteria; handled appeals and grievances with CMS timeframes.',
  'Education',
  'BSN, State University, 2014',
];

/** The resume as a printable page; `pages` repeats its experience to make longer files. */
export function resumeHtml(pages = 2): string {
  const section = (n: number) =>
    `<section style="break-after: page">${RESUME_PARAGRAPHS.map((p, i) =>
      i === 0 && n === 0
        ? `<h1>${p}</h1>`
        : /^(Summary|Experience|Education)$/.test(p)
          ? `<h2>${p}</h2>`
          : `<p>${p}</p>`,
    ).join('')}</section>`;
  return `<!doctype html><html><body style="font-family: sans-serif; font-size: 11pt">${Array.from(
    { length: pages },
    (_, n) => section(n),
  ).join('')}</body></html>`;
}

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

/** Files the reader must refuse, or read with a notice, each with the start of the line it should show. */
export async function badFiles(printer: PdfPrinter): Promise<Array<NamedFile & { message: string }>> {
  const pdf = await printer.print(resumeHtml(1));
  const bomb = [
    ...docxEntries(RESUME_PARAGRAPHS),
    { name: 'word/media/x.bin', data: 'x', declaredSize: MAX_UNZIPPED_BYTES },
  ];
  return [
    {
      name: 'scanned.pdf',
      bytes: await printer.print(scannedPageHtml(RESUME_PARAGRAPHS.slice(0, 4))),
      message: 'This PDF is a scanned image',
    },
    {
      name: 'protected.pdf',
      bytes: protectedPdf(RESUME_PARAGRAPHS.slice(0, 3), 'secret'),
      message: 'This PDF is protected by a password',
    },
    { name: 'truncated.pdf', bytes: pdf.slice(0, 600), message: 'This PDF is damaged or incomplete' },
    { name: 'empty.pdf', bytes: new Uint8Array(), message: 'The file is empty.' },
    {
      name: 'bomb.docx',
      bytes: zip(bomb),
      message: 'This Word file unpacks to far more data than any resume',
    },
    {
      name: 'photo.pdf',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      message: 'This file is a PNG image',
    },
  ];
}

export function resumeDocx(): Uint8Array {
  return makeDocx([
    { heading: RESUME_PARAGRAPHS[0] ?? '' },
    ...RESUME_PARAGRAPHS.slice(1),
    { text: 'Portfolio', href: 'https://example.org/portfolio' },
  ]);
}
