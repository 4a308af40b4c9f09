import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCli, buildAnalyzeCli } from '../support/analyze-cli';
import { RESUMES_DIR } from '../support/resume-text';

const ROOT = join(import.meta.dirname, '..', '..');
// The EPIPE test pipes the CLI into head itself; the others start it through the bundled copy.
const run = promisify(execFile);
beforeAll(buildAnalyzeCli, 60_000);

const fixture = (name: string) => join(RESUMES_DIR, name);

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hmo-lens-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// Issue 13's command-line findings. Each test starts Node with tsx: slow on a busy 2-core machine.
describe('npm run analyze, as a new user tries it', { timeout: 180_000 }, () => {
  it('exits quietly when the reader of its output goes away', async () => {
    // Forty summaries are well over a pipe's 64 KB buffer, so writes continue after `head` has exited.
    const files = Array.from({ length: 40 }, () => fixture('senior-hmo-director.txt')).join(' ');
    const { stdout, stderr } = await run(
      'bash',
      [
        '-c',
        `node --import tsx scripts/analyze.ts --today 2026-11-25 ${files} | head -3; echo "exit=\${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: ROOT },
    );
    expect(stdout.trim().split('\n')).toHaveLength(3);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(stderr).toMatch(/exit=0/);
  });

  it('rejects impossible dates for --today', async () => {
    for (const day of ['2026-02-30', '2025-02-29']) {
      const bad = await analyzeCli('--today', day, fixture('icu-nurse.txt'));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--today: not a real date/);
    }
    expect((await analyzeCli('--json', '--today', '2024-02-29', fixture('icu-nurse.txt'))).code).toBe(0);
  });

  it('reports a file whose analysis outlasts --time-limit in plain words, and refuses a limit that is no number', async () => {
    // A limit of 0 is spent at the first check whatever the machine's speed: the outcome is certain.
    const stopped = await analyzeCli('--time-limit', '0', fixture('icu-nurse.txt'));
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr.trim()).toMatch(
      /^analyze: \S+icu-nurse\.txt: This file is too large or too slow to analyse: HMO Lens stopped after [\d.]+ s, so there is no level or summary for it\.$/,
    );
    for (const limit of ['abc', '1.5', '']) {
      const bad = await analyzeCli('--time-limit', limit, fixture('icu-nurse.txt'));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--time-limit: expected a whole number of milliseconds/);
    }
  });

  it('says a path is a directory or missing before looking at the file type', async () => {
    const dir = scratch({});
    mkdirSync(join(dir, 'resumes.pdf'));
    const { code, stderr } = await analyzeCli(join(dir, 'resumes.pdf'), join(dir, 'x.pdf'), dir);
    expect(code).toBe(1);
    expect(stderr.replaceAll(dir, 'DIR').trim().split('\n')).toEqual([
      'analyze: DIR/resumes.pdf: This is a directory, not a file.',
      'analyze: DIR/x.pdf: There is no such file.',
      'analyze: DIR: This is a directory, not a file.',
    ]);
  });

  it('prints what is missing instead of question marks, and the interview questions', async () => {
    const dir = scratch({
      'undated.txt': 'Claims examiner at a health plan: HMO, PPO, prior authorization, EOB and capitation.\n',
    });
    const { stdout } = await analyzeCli('--today', '2026-11-25', join(dir, 'undated.txt'));
    expect(stdout).not.toMatch(/\?.*total|health-plan years of \?/);
    expect(stdout).toContain(
      'Level: Not enough information — no dated roles and no stated years of experience',
    );
    expect(stdout).toMatch(/Interview questions:\n {4}- \((?:junior|mid|senior)\) .+\n {6}Listen for: /);
  });

  it('gives one count of managed-care terms, in the red flag and on the term line', async () => {
    const dir = scratch({
      'few.txt': [
        'Experience',
        'Member Services Representative, Lakeside Health Plan 2019 - 2024',
        '• Answered member calls about benefits and claims',
      ].join('\n'),
    });
    const { stdout } = await analyzeCli('--today', '2026-11-25', join(dir, 'few.txt'));
    const flagged = /found only (\d+) managed-care terms?/i.exec(stdout)?.[1];
    const listed = /Terms \((\d+)\):/.exec(stdout)?.[1];
    expect(flagged).toBeDefined();
    expect(flagged).toBe(listed);
  });

  it('keeps the closing bracket of an employer written with one', async () => {
    const dir = scratch({
      'paren.txt': [
        'Experience',
        'Case Manager, El Centro Health (Medicaid and CHIP managed care organization) 2016 - 2022',
        '• Coordinated care for Medicaid members under utilization management rules',
      ].join('\n'),
    });
    const { stdout } = await analyzeCli('--json', '--today', '2026-11-25', join(dir, 'paren.txt'));
    expect(JSON.parse(stdout).roles[0].employer).toBe(
      'El Centro Health (Medicaid and CHIP managed care organization)',
    );
  });
});
