// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findResumeFiles, resumeFileOf } from '../../../lib/dom/resume-files';
import { MAX_RESUME_FILES } from '../../../lib/protocol/messages';

const PAGE = 'https://acme.ats.example/candidates/412?tab=resume';

describe('resumeFileOf', () => {
  it.each([
    [
      { href: '/files/412/Jordan%20Rivera.pdf', how: 'embedded' },
      'https://acme.ats.example/files/412/Jordan%20Rivera.pdf',
      'Jordan Rivera.pdf',
    ],
    [
      { href: 'resume.DOCX#page=2', how: 'linked', label: 'resume' },
      'https://acme.ats.example/candidates/resume.DOCX',
      'resume.DOCX',
    ],
    // A hosted viewer: the document it shows, not the viewer.
    [
      { href: '/pdfjs/web/viewer.html?file=%2Ffiles%2F9%2Fcv.pdf', how: 'embedded' },
      'https://acme.ats.example/files/9/cv.pdf',
      'cv.pdf',
    ],
    [
      {
        href: 'https://docs.google.com/viewer?url=https://cdn.example/r/abc.pdf&embedded=true',
        how: 'embedded',
      },
      'https://cdn.example/r/abc.pdf',
      'abc.pdf',
    ],
    // No file name, but a type, a suggested download name, or words saying what it is.
    [
      { href: '/attachments/77', how: 'embedded', type: 'application/pdf' },
      'https://acme.ats.example/attachments/77',
      '77',
    ],
    [
      { href: '/attachments/78', how: 'linked', label: 'Attachment', download: 'J Rivera CV.pdf' },
      'https://acme.ats.example/attachments/78',
      'J Rivera CV.pdf',
    ],
    [
      { href: '/attachments/79', how: 'linked', label: 'Download resume' },
      'https://acme.ats.example/attachments/79',
      'Download resume',
    ],
    [
      { href: '/candidates/412/resume', how: 'embedded', label: 'Résumé' },
      'https://acme.ats.example/candidates/412/resume',
      'Résumé',
    ],
  ] as const)('%o → %s', (candidate, url, name) => {
    expect(resumeFileOf(candidate, PAGE)).toEqual({ url, name, how: candidate.how });
  });

  it.each([
    // Pages about resumes, not resume files.
    { href: '/candidates/412/resume', how: 'linked', label: 'Resume' },
    { href: '/help/resume-tips', how: 'linked', label: 'Writing a good resume' },
    // CVS Health is an employer, not a CV.
    { href: '/employers/cvs', how: 'linked', label: 'Download CVS Health report' },
    { href: '/calendar', how: 'embedded', label: 'Interview calendar' },
    { href: 'https://ads.example/frame.html', how: 'embedded' },
    // Schemes the reader cannot read.
    { href: 'javascript:open("x.pdf")', how: 'linked', label: 'resume.pdf' },
    { href: 'data:application/pdf;base64,JVBERi0=', how: 'embedded', type: 'application/pdf' },
    { href: 'blob:https://acme.ats.example/5f1c', how: 'embedded', type: 'application/pdf' },
    { href: 'http://[bad', how: 'linked', label: 'resume.pdf' },
  ] as const)('%o → nothing', (candidate) => {
    expect(resumeFileOf(candidate, PAGE)).toBeNull();
  });
});

describe('findResumeFiles', () => {
  function page(body: string): Document {
    document.body.innerHTML = body;
    return document;
  }

  it('lists frames, embeds, objects and links, embedded first, each file once, in page order', () => {
    const doc = page(`
      <nav><a href="/candidates/412/resume">Resume</a><a href="/jobs">Jobs</a></nav>
      <p>Attachments: <a href="/files/412/cover-letter.pdf">Cover letter</a>
        <a href="/files/412/resume.pdf" download>Download</a></p>
      <iframe title="Resume" src="/files/412/resume.pdf#toolbar=0"></iframe>
      <object data="/files/412/portfolio.pdf" type="application/pdf"></object>
      <embed src="/files/412/references.docx">
      <iframe src="https://ads.example/frame.html"></iframe>`);
    expect(findResumeFiles(doc, PAGE)).toEqual([
      { url: 'https://acme.ats.example/files/412/resume.pdf', name: 'resume.pdf', how: 'embedded' },
      { url: 'https://acme.ats.example/files/412/portfolio.pdf', name: 'portfolio.pdf', how: 'embedded' },
      { url: 'https://acme.ats.example/files/412/references.docx', name: 'references.docx', how: 'embedded' },
      { url: 'https://acme.ats.example/files/412/cover-letter.pdf', name: 'cover-letter.pdf', how: 'linked' },
    ]);
  });

  it('stops at a handful of files on a page that lists many', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<a href="/files/${i}.pdf">file ${i}</a>`).join('');
    expect(findResumeFiles(page(links), PAGE)).toHaveLength(MAX_RESUME_FILES);
  });

  it('finds nothing on a page with no files', () => {
    expect(findResumeFiles(page('<h1>Jordan Rivera</h1><a href="/next">Next</a>'), PAGE)).toEqual([]);
  });
});
