import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../../lib/analysis/schema';
import { analyzeCli, buildAnalyzeCli } from '../support/analyze-cli';
import { RESUMES_DIR } from '../support/resume-text';

beforeAll(buildAnalyzeCli, 60_000);

const fixture = (name: string) => join(RESUMES_DIR, name);

// Each test starts Node a few times: slow on a busy 2-core machine, so a generous limit.
describe('npm run analyze', { timeout: 180_000 }, () => {
  it('prints one JSON object per file with the documented fields', async () => {
    const { code, stdout } = await analyzeCli(
      '--json',
      '--today',
      '2026-11-25',
      fixture('senior-hmo-director.txt'),
      fixture('linkedin-profile-mid.html'),
    );
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [senior, linkedin] = lines.map((l) => JSON.parse(l));
    for (const result of [senior, linkedin]) {
      for (const field of [
        'file',
        'level',
        'yearsOfExperience',
        'relevantYears',
        'relevance',
        'evidence',
        'roles',
      ]) {
        expect(result).toHaveProperty(field);
      }
      AnalysisSchema.parse(result);
      expect(result.terms[0]).toEqual({
        id: expect.any(String),
        term: expect.any(String),
        category: expect.any(String),
        count: expect.any(Number),
      });
      expect(result.redFlags.every((f: { id: string; message: string }) => f.id && f.message)).toBe(true);
    }
    expect(senior).toMatchObject({
      level: 'senior',
      yearsOfExperience: 14.3,
      file: fixture('senior-hmo-director.txt'),
    });
    // HTML: only visible text counts (the hidden "IPA capitation" and the script's terms do not).
    expect(linkedin.level).toBe('mid');
    expect(linkedin.terms.map((t: { id: string }) => t.id)).not.toContain('capitation');
  });

  it('prints a readable summary', async () => {
    const { code, stdout } = await analyzeCli(
      '--today',
      '2026-11-25',
      fixture('junior-claims-processor.txt'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Level: Junior — 1.4 health-plan years of 4.6 total; relevance: strong');
    expect(stdout).toContain(
      'Senior Claims Processing Associate (Blue Shield of California), 06/2025–present: counted',
    );
    expect(stdout).toContain('Specialty: Claims \u00b7 Commercial HMO/PPO');
    expect(stdout).toContain('Boolean search: ("Claims Processing Associate" OR "Claims Examiner"');
  });

  it('reports bad files one line each, analyses the rest, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hmo-lens-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '  \n\n ');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x48, 0x4d, 0x4f]));
    writeFileSync(join(dir, 'resume.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'notes.rtfd'), 'Claims examiner, HMO');
    writeFileSync(join(dir, 'NOTES'), 'Claims examiner, HMO');
    const files = [
      'missing.txt',
      'empty.txt',
      'blank.md',
      'binary.txt',
      'latin1.txt',
      'resume.pdf',
      'notes.rtfd',
      'NOTES',
    ].map((f) => join(dir, f));
    const { code, stdout, stderr } = await analyzeCli('--json', ...files, fixture('mid-member-services.md'));
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).level).toBe('mid');
    const errors = stderr
      .split('\n')
      .filter((l) => l.startsWith('analyze:'))
      .map((l) => l.replace(dir, 'DIR'));
    expect(errors).toEqual([
      // Full sentences, as the reader page says them (the same ones for the same files).
      'analyze: DIR/missing.txt: There is no such file.',
      'analyze: DIR/empty.txt: The file is empty.',
      'analyze: DIR/blank.md: The file has no readable text.',
      // Judged by its bytes: a zip signature, whatever the name says.
      'analyze: DIR/binary.txt: This is a zip archive, not a Word (.docx) document.',
      'analyze: DIR/latin1.txt: This file is not UTF-8 text (binary, or another encoding).',
      'analyze: DIR/resume.pdf: This PDF is damaged or incomplete and cannot be read.',
      'analyze: DIR/notes.rtfd: This file type is not supported (".rtfd"): use .txt, .md, .html, .pdf or .docx.',
      'analyze: DIR/NOTES: This file type is not supported (no extension): use .txt, .md, .html, .pdf or .docx.',
    ]);
  });

  it('reads a web page saved under a .txt name as the web page it is, as the reader page does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hmo-lens-cli-'));
    const page = [
      '<!doctype html><html><head><title>HEDIS</title><script>const terms = "capitation";</script></head>',
      '<body><h1>Casey Example</h1><p>Claims Examiner, Example Health Plan, 2018 - 2024</p>',
      '<p>Adjudicated HMO and PPO claims.</p><p style="display:none">capitation</p></body></html>',
    ].join('\n');
    writeFileSync(join(dir, 'profile.txt'), page);
    const { code, stdout } = await analyzeCli('--json', '--today', '2026-11-25', join(dir, 'profile.txt'));
    expect(code).toBe(0);
    const terms = JSON.parse(stdout).terms.map((t: { id: string }) => t.id);
    expect(terms).toContain('hmo');
    // Only what the page shows counts: not its title, its script or its hidden paragraph.
    expect(terms).not.toContain('capitation');
    expect(terms).not.toContain('hedis');
  });

  it('rejects a bad --today and no files with usage', async () => {
    const bad = await analyzeCli('--today', '2026-13-45', fixture('icu-nurse.txt'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--today: not a real date/);
    const none = await analyzeCli();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^usage: npm run analyze/m);
    const unknown = await analyzeCli('--nope', fixture('icu-nurse.txt'));
    expect(unknown.code).toBe(2);
  });
});
