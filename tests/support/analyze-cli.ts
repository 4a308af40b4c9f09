import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The CLI bundled once per test file, as tsx would compile it, and started with plain Node: tsx compiling
 * the whole of lib/ again for each start took a third of a minute each on a busy 2-core machine. Inside
 * node_modules so that its packages resolve; one file per process, since test files run side by side.
 */
const CLI = join(ROOT, 'node_modules', '.cache', 'hmo-lens-tests', `analyze-${process.pid}.mjs`);

/** Call from `beforeAll`. */
export async function buildAnalyzeCli(): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'scripts', 'analyze.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: CLI,
    logLevel: 'silent',
  });
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run analyze -- ARGS`, run from the project's folder; a failing run resolves with its exit code. */
export async function analyzeCli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
