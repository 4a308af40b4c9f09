import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { LayoutSchema, type LineLayout } from '../../lib/analysis/resume-layout';
import { visibleText } from '../../lib/dom/visible-text';
import { evaluate, tally } from '../fixtures/corpus/evaluate';
import { CORPUS, CORPUS_TODAY } from '../fixtures/corpus/index';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const pdfText = (id: string) => readFileSync(join(DIR, 'text', `${id}.txt`), 'utf8');
const pdfLayout = (id: string) =>
  LayoutSchema.parse(JSON.parse(readFileSync(join(DIR, 'lines', `${id}.json`), 'utf8')));

function htmlText(id: string): string {
  const window = new Window();
  window.document.write(readFileSync(join(DIR, 'html', `${id}.html`), 'utf8'));
  const text = visibleText(window.document as unknown as Node);
  void window.happyDOM.close();
  return text;
}

// The tuning part only: the held-back resumes are run by `npx tsx tests/fixtures/corpus/report.ts
// --held-back` for the final figures, so the reader is never adjusted to them.
const TUNING = CORPUS.filter((r) => !r.heldBack);

describe('resume corpus, as text and line layout extracted from Chromium-printed PDFs', () => {
  const results = TUNING.map((resume) => evaluate(resume, pdfText(resume.id), pdfLayout(resume.id)));
  const t = tally(results);

  it('has at least 40 resumes, at least ten of them held back', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.length - TUNING.length).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 95% of the roles with the right dates, and no made-up ones', () => {
    expect(t.rolesRight / t.rolesExpected).toBeGreaterThanOrEqual(0.95);
    expect(t.extraRoles).toBe(0);
  });

  it('gets total years within one year on at least 90% and the level on at least 90%', () => {
    expect(t.yearsRight / t.resumes).toBeGreaterThanOrEqual(0.9);
    expect(t.levelRight / t.resumes).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no level to any resume outside managed care', () => {
    expect(results.filter((r) => r.confidentOutsideManagedCare).map((r) => r.id)).toEqual([]);
  });

  it('reads the same roles from the PDF (text and layout) as from the page the PDF was printed from', () => {
    const roles = (text: string, layout?: readonly LineLayout[]) =>
      analyze(text, { today: CORPUS_TODAY, layout }).roles.map((r) => `${r.title} | ${r.start}–${r.end}`);
    const differing = TUNING.map((r) => ({
      id: r.id,
      pdf: roles(pdfText(r.id), pdfLayout(r.id)),
      html: roles(htmlText(r.id)),
    })).filter((r) => JSON.stringify(r.pdf) !== JSON.stringify(r.html));
    expect(differing).toEqual([]);
  });
});
